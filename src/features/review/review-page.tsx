import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { useLiveCardModel } from '@/lib/use-live-cards';
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
  const model = useLiveCardModel();
  // The deck parameters as one string, so the deck is found again only when they or the model change.
  const key = params.getAll('deck').join('\u0000');
  const deck = useMemo(() => (key === '' ? null : findDeck(key.split('\u0000'), model)), [key, model]);
  if (key === '') return <DeckPicker />;
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
