import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { useLiveModel } from '@/lib/use-live-model';
import { DeckPicker } from './deck-picker';
import { findDeck } from './decks';

// The session brings the scheduler, the card faces and markdown: loaded only once a deck is chosen.
const Session = lazy(async () => ({ default: (await import('./session')).Session }));

/** `/review`: the deck picker, or a session over `?deck=...` (`&mode=cram` for a cram session). */
export function ReviewPage() {
  const { t } = useTranslation('review');
  const [params] = useSearchParams();
  const model = useLiveModel();
  const value = params.get('deck');
  const deck = useMemo(() => findDeck(value, model), [value, model]);
  if (value === null) return <DeckPicker />;
  if (deck === null) {
    return (
      <Page title={t('title')}>
        <p>{t('session.unknownDeck', { deck: value })}</p>
        <p>
          <Link to="/review">{t('session.allDecks')}</Link>
        </p>
      </Page>
    );
  }
  const mode = params.get('mode') === 'cram' ? 'cram' : 'review';
  return <Session key={`${deck.id}|${mode}`} deck={deck} mode={mode} />;
}
