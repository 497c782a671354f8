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
import { useAppStore } from '@/stores/app-store';
import { ExportCards } from './card-transfer';
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
  const topics = content.topics.filter((topic) => topic.cardIds.length > 0);
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

/** `/review` without a deck: the shared new-card allowance, then every deck, one link per row. */
export function DeckPicker() {
  const { t } = useTranslation('review');
  const lang = useLang();
  const filterId = useId();
  const [now] = useState(() => Date.now());
  const { review, time, budget } = useReviewTime(now);
  const [query, setQuery] = useState('');
  const decks = useMemo(() => allDecks(), []);
  const groups = useMemo(() => {
    const name = (id: DeckId): string => deckName(id, lang, t);
    return {
      main: rowsOf(decks.main, review, time, budget, name),
      topics: rowsOf(decks.topics, review, time, budget, name),
      tags: rowsOf(decks.tags, review, time, budget, name),
      principles: rowsOf(decks.principles, review, time, budget, name),
    };
  }, [decks, review, time, budget, lang, t]);
  const needle = query.trim().toLocaleLowerCase(lang);
  const match = (rows: Row[]): Row[] =>
    needle === '' ? rows : rows.filter((row) => row.name.toLocaleLowerCase(lang).includes(needle) || row.deck.id.includes(needle));
  const sections = [
    { key: 'main', title: t('decks.title'), rows: match(groups.main) },
    { key: 'topics', title: t('decks.byTopic'), rows: match(groups.topics) },
    { key: 'tags', title: t('decks.byTag'), rows: match(groups.tags) },
    { key: 'principles', title: t('decks.byPrinciple'), rows: match(groups.principles) },
  ];
  const shown = sections.reduce((sum, s) => sum + s.rows.length, 0);
  const exportable = useMemo(() => [...decks.main, ...decks.topics, ...decks.tags, ...decks.principles], [decks]);

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
      <Section title={t('transfer.exportTitle')}>
        <ExportCards decks={exportable} cardsOf={async (deck) => (await import('./card-export')).exportDeck(deck, lang, t)} />
      </Section>
      <Section title={t('decks.sessionTitle')}>
        <SessionLengthField />
      </Section>
      <p className="row">
        <Link to="/stats">{t('stats')}</Link>
      </p>
    </Page>
  );
}
