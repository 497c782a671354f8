import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import type { DeckId } from '@/domain/cards';
import { pickText } from '@/domain/content';
import { buildQueue, dueToday, type NewCardBudget, type ReviewTime } from '@/domain/review-queue';
import { SESSION_LENGTHS, type SessionLength } from '@/domain/review-session';
import type { ReviewData } from '@/domain/review';
import { content } from '@/lib/content';
import { useReviewTime } from '@/lib/review-time';
import { AddCard, CardItem } from '@/components/card-editor';
import { LazyMarkdown } from '@/components/lazy-markdown';
import { UndoNotice } from '@/components/undo-notice';
import { cardsToTopicMarkdown, deckFileId } from '@/domain/content-export';
import { downloadText } from '@/lib/download';
import { useLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';
import { ExportCards, ImportCards } from './card-transfer';
import { allDecks, deckHref, deckName, type Deck } from './decks';
import { NewCardsLine } from './new-cards-line';

interface Row {
  readonly deck: Deck;
  readonly name: string;
  readonly due: number;
  readonly unseen: number;
}

function rowsOf(decks: readonly Deck[], review: ReviewData, time: ReviewTime, budget: NewCardBudget, name: (id: DeckId) => string): Row[] {
  return decks.map((deck) => {
    const queue = buildQueue({ cardIds: deck.cardIds, cards: review.cards, flags: review.flags, newLeft: budget.left, time });
    return { deck, name: name(deck.id), due: dueToday(deck.cardIds, review.cards, review.flags, time), unseen: queue.unseen };
  });
}

/** One table of decks: one link per row (the deck's name), then its figures. */
function DeckTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const { t } = useTranslation('review');
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
              {t('decks.unseen')}
            </th>
            <th scope="col" className="num">
              {t('decks.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ deck, name, due, unseen }) => (
            <tr key={deck.id}>
              <th scope="row">
                <Link to={deckHref(deck.id)}>{name}</Link>
              </th>
              <td className="num">{due}</td>
              <td className="num">{unseen}</td>
              <td className="num">{deck.cardIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SessionLengthField() {
  const { t } = useTranslation('review');
  const id = useId();
  const length = useAppStore((s) => s.review.settings.sessionLength);
  const setReviewSettings = useAppStore((s) => s.setReviewSettings);
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('decks.sessionLength')}</label>
      <select
        id={id}
        value={length === null ? 'all' : String(length)}
        onChange={(e) => setReviewSettings({ sessionLength: e.target.value === 'all' ? null : (Number(e.target.value) as Exclude<SessionLength, null>) })}
      >
        {SESSION_LENGTHS.map((value) => (
          <option key={String(value)} value={value === null ? 'all' : String(value)}>
            {value === null ? t('decks.lengthAll') : t('decks.lengthCards', { count: value })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Several topics reviewed as one deck. */
function ChooseTopics() {
  const { t } = useTranslation('review');
  const lang = useLang();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [error, setError] = useState(false);
  const errorId = useId();
  const model = useLiveCardModel();
  const topics = content.topics.filter((topic) => (model.decks.get(`topic:${topic.id}`)?.length ?? 0) > 0);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(true);
      return;
    }
    void navigate(deckHref(chosen.map((id): DeckId => `topic:${id}`)));
  };
  return (
    <form onSubmit={submit} className="choose-topics">
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>{t('decks.chooseLegend')}</legend>
        <ul className="checkbox-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(topic.id)}
                  onChange={(e) => {
                    setError(false);
                    setChosen(e.target.checked ? [...chosen, topic.id] : chosen.filter((id) => id !== topic.id));
                  }}
                />{' '}
                {pickText(topic.title, lang)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error && (
        <p id={errorId} className="error" role="alert">
          {t('decks.chooseNone')}
        </p>
      )}
      <button type="submit" className="button">
        {chosen.length === 0 ? t('decks.chooseSubmitNone') : t('decks.chooseSubmit', { count: chosen.length })}
      </button>
    </form>
  );
}

/** The cards of the user's own decks, deck by deck: edit, delete (with undo), export; and the deleted ones. */
function OwnCards() {
  const { t } = useTranslation('cards');
  const model = useLiveCardModel();
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

/** `/review` without a deck: the shared new-card allowance, then every deck, one link per row. */
export function DeckPicker() {
  // The card editor's words (shared with the topic pages) load with the deck list.
  const { t } = useTranslation(['review', 'cards']);
  const lang = useLang();
  const filterId = useId();
  const [now] = useState(() => Date.now());
  const { review, time, budget } = useReviewTime(now);
  const [query, setQuery] = useState('');
  const model = useLiveCardModel();
  const decks = useMemo(() => allDecks(model), [model]);
  const groups = useMemo(() => {
    const name = (id: DeckId): string => deckName(id, lang, t);
    return {
      main: rowsOf(decks.main, review, time, budget, name),
      topics: rowsOf(decks.topics, review, time, budget, name),
      tags: rowsOf(decks.tags, review, time, budget, name),
      own: rowsOf(decks.own, review, time, budget, name),
      principles: rowsOf(decks.principles, review, time, budget, name),
    };
  }, [decks, review, time, budget, lang, t]);
  const needle = query.trim().toLocaleLowerCase(lang);
  const match = (rows: Row[]): Row[] =>
    needle === '' ? rows : rows.filter((row) => row.name.toLocaleLowerCase(lang).includes(needle) || row.deck.id.toLocaleLowerCase(lang).includes(needle));
  const sections = [
    { key: 'main', title: t('decks.title'), rows: match(groups.main) },
    { key: 'topics', title: t('decks.byTopic'), rows: match(groups.topics) },
    { key: 'tags', title: t('decks.byTag'), rows: match(groups.tags) },
    { key: 'own', title: t('decks.byOwn'), rows: match(groups.own) },
    { key: 'principles', title: t('decks.byPrinciple'), rows: match(groups.principles) },
  ];
  const shown = sections.reduce((sum, s) => sum + s.rows.length, 0);
  const exportable = useMemo(() => [...decks.main, ...decks.topics, ...decks.tags, ...decks.own, ...decks.principles], [decks]);
  const exportCards = async (deck: Deck) => {
    const { exportDeck } = await import('./card-export');
    const { stories, questionDrafts, cards, ownQuestions, principleNotes } = useAppStore.getState();
    return exportDeck(deck, model, { stories, questionDrafts, cards, ownQuestions, principleNotes }, lang, t);
  };

  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <NewCardsLine budget={budget} />
      {/* First in the page: a few letters and one Tab reach any deck's link. */}
      <div className="field inline deck-filter">
        <label htmlFor={filterId}>{t('decks.filter')}</label>
        <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {groups.main.length === 0 && <p className="prompt">{t('decks.none')}</p>}
      {needle !== '' && shown === 0 && <p role="status">{t('decks.noMatch', { query: query.trim() })}</p>}
      {sections.map((section) =>
        section.rows.length === 0 ? null : (
          <Section key={section.key} title={section.title}>
            <DeckTable rows={section.rows} caption={section.title} />
          </Section>
        ),
      )}
      {needle === '' && groups.topics.length > 1 && (
        <Section title={t('decks.chooseTitle')}>
          <ChooseTopics />
        </Section>
      )}
      <Section title={t('decks.sessionTitle')}>
        <SessionLengthField />
      </Section>
      <OwnCards />
      <Section title={t('decks.addTitle')}>
        <AddCard
          deck={model.ownDecks[0] === undefined ? '' : `own:${model.ownDecks[0]}`}
          decks={{ topics: content.topics.map((topic) => ({ id: topic.id, title: pickText(topic.title, lang) })), ownDecks: model.ownDecks }}
        />
      </Section>
      <Section title={t('transfer.importTitle')}>
        <ImportCards ownDecks={model.ownDecks} />
      </Section>
      <Section title={t('transfer.exportTitle')}>
        <ExportCards decks={exportable} cardsOf={exportCards} />
      </Section>
      <p className="row">
        <Link to="/stats">{t('stats')}</Link>
      </p>
    </Page>
  );
}
