import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { buildQueue } from '@/domain/review-queue';
import { dueToday } from '@/domain/review-stats';
import { content } from '@/lib/content';
import { useLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';
import { AddCard, CardItem } from '@/components/card-editor';
import { LazyMarkdown } from '@/components/lazy-markdown';
import { UndoNotice } from '@/components/undo-notice';
import { pickText } from '@/domain/content';
import { cardsToTopicMarkdown, deckFileId } from '@/domain/content-export';
import { downloadText } from '@/lib/download';
import { allDecks, deckHref, deckName, type Deck } from './decks';

function DeckTable({ decks, caption }: { decks: readonly Deck[]; caption: string }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const cards = useAppStore((s) => s.review.cards);
  const log = useAppStore((s) => s.review.log);
  const newCardsPerDay = useAppStore((s) => s.review.settings.newCardsPerDay);
  const interviewDate = useAppStore((s) => s.settings.interviewDate);
  const [now] = useState(() => Date.now());
  const rows = useMemo(
    () =>
      decks.map((deck) => {
        const queue = buildQueue({ cardIds: deck.cardIds, cards, log, now, newCardsPerDay, interviewDate });
        return { deck, due: dueToday(deck.cardIds, cards, now), fresh: queue.fresh.length };
      }),
    [decks, cards, log, now, newCardsPerDay, interviewDate],
  );
  return (
    <div className="table-scroll">
      <table className="deck-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decks.deck')}</th>
            <th scope="col" className="num">
              {t('decks.due')}
            </th>
            <th scope="col" className="num">
              {t('decks.new')}
            </th>
            <th scope="col" className="num">
              {t('decks.total')}
            </th>
            <th scope="col">{t('decks.cram')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ deck, due, fresh }) => {
            const name = deckName(deck.id, lang, t);
            return (
              <tr key={deck.id}>
                <th scope="row">
                  <Link to={deckHref(deck.id)}>{name}</Link>
                </th>
                <td className="num">{due}</td>
                <td className="num">{fresh}</td>
                <td className="num">{deck.cardIds.length}</td>
                <td>
                  <Link to={deckHref(deck.id, true)}>
                    {t('decks.cram')}
                    <span className="visually-hidden">: {name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The cards of the user's own decks, deck by deck: edit, delete (with undo), export; and the deleted ones. */
function OwnCards() {
  const { t } = useTranslation('cards');
  const model = useLiveModel();
  const overlays = useAppStore((s) => s.cards);
  const restoreCard = useAppStore((s) => s.restoreCard);
  const [deleted, setDeleted] = useState<{ id: string; question: string } | null>(null);
  if (model.ownDecks.length === 0 && model.deletedCards.length === 0) return null;
  return (
    <Section title={t('ownCardsTitle')}>
      {model.ownDecks.map((name) => {
        const ids = model.decks.get(`own:${name}`) ?? [];
        const cards = ids.flatMap((id) => overlays[id] ?? []);
        return (
          <div key={name} className="own-deck">
            <h3>{name}</h3>
            <ol className="flashcard-list">
              {ids.map((id) => {
                const overlay = overlays[id];
                return overlay ? (
                  <CardItem
                    key={id}
                    id={id}
                    question={overlay.question}
                    answer={<LazyMarkdown>{overlay.answer}</LazyMarkdown>}
                    original={null}
                    overlay={overlay}
                    onDeleted={(cardId, question) => setDeleted({ id: cardId, question })}
                  />
                ) : null;
              })}
            </ol>
            <button
              type="button"
              className="button ghost"
              onClick={() => downloadText(`${deckFileId(name)}.md`, cardsToTopicMarkdown({ title: name, tags: [], cards }), 'text/markdown')}
            >
              {t('exportDeck')} <span className="visually-hidden">{name}</span>
            </button>
          </div>
        );
      })}
      {deleted && overlays[deleted.id]?.deleted && (
        <UndoNotice
          message={t('deleted', { question: deleted.question })}
          undoLabel={t('undo')}
          onUndo={() => {
            restoreCard(deleted.id);
            setDeleted(null);
          }}
        />
      )}
      {model.deletedCards.length > 0 && (
        <details className="deleted-stories">
          <summary>{t('deletedCards', { count: model.deletedCards.length })}</summary>
          <ul className="link-list">
            {model.deletedCards.map((card) => (
              <li key={card.id} className="row">
                <span>{card.question}</span>
                <button type="button" className="button ghost" onClick={() => restoreCard(card.id)}>
                  {t('restoreCard')} <span className="visually-hidden">{card.question}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}

/** `/review` without a deck: every deck with its due and new counts. */
export function DeckPicker() {
  // The card editor's words (shared with the topic pages) load with the deck list.
  const { t } = useTranslation(['review', 'cards']);
  const lang = useLang();
  const model = useLiveModel();
  const decks = useMemo(
    () =>
      allDecks(
        model,
        content.topics.map((topic) => topic.id),
        content.principles.map((p) => p.id),
      ),
    [model],
  );
  return (
    <Page
      title={t('title')}
      lead={<p>{t('lead')}</p>}
      actions={
        <Link className="button ghost" to="/stats">
          {t('stats')}
        </Link>
      }
    >
      <Section title={t('decks.title')}>
        {decks.main.length === 0 ? <p className="prompt">{t('decks.none')}</p> : <DeckTable decks={decks.main} caption={t('decks.caption')} />}
      </Section>
      {decks.topics.length > 0 && (
        <Section title={t('decks.byTopic')}>
          <DeckTable decks={decks.topics} caption={t('decks.byTopic')} />
        </Section>
      )}
      {decks.own.length > 0 && (
        <Section title={t('decks.byOwn')}>
          <DeckTable decks={decks.own} caption={t('decks.byOwn')} />
        </Section>
      )}
      <OwnCards />
      <Section title={t('decks.addTitle')}>
        <AddCard
          deck={model.ownDecks[0] === undefined ? '' : `own:${model.ownDecks[0]}`}
          decks={{ topics: content.topics.map((topic) => ({ id: topic.id, title: pickText(topic.title, lang) })), ownDecks: model.ownDecks }}
        />
      </Section>
      {decks.principles.length > 0 && (
        <Section title={t('decks.byPrinciple')}>
          <DeckTable decks={decks.principles} caption={t('decks.byPrinciple')} />
        </Section>
      )}
    </Page>
  );
}
