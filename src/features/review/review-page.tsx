import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { DeckPicker } from './deck-picker';
import { findDeck } from './decks';

// The session brings the scheduler, the card faces and markdown: loaded only once a deck is chosen.
const Session = lazy(async () => ({ default: (await import('./session')).Session }));

/**
 * `/review`: the deck list, or a session over `?deck=...` (several `deck` parameters join decks;
 * `&mode=cram` for a cram session).
 */
export function ReviewPage() {
  const { t } = useTranslation('review');
  const [params] = useSearchParams();
  const values = params.getAll('deck');
  if (values.length === 0) return <DeckPicker />;
  const deck = findDeck(values);
  if (deck === null) {
    return (
      <Page title={t('title')}>
        <p>{t('session.unknownDeck')}</p>
        <p>
          <Link to="/review">{t('session.allDecks')}</Link>
        </p>
      </Page>
    );
  }
  const mode = params.get('mode') === 'cram' ? 'cram' : 'review';
  return <Session key={`${deck.parts.join('|')}|${mode}`} deck={deck} mode={mode} />;
}
