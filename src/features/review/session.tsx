import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { GRADE_NAMES, GRADES, STATE_NEW, type Grade } from '@/domain/review';
import { buildQueue, nextCardId, queueSize, type Queue } from '@/domain/review-queue';
import { createScheduler, gradeCard, intervalParts, previewGrades, type GradeOutcome } from '@/domain/scheduling';
import { shortcutsEnabled, useShortcutsEnabled } from '@/lib/shortcuts';
import { useAppStore } from '@/stores/app-store';
import { useCardFace } from '@/lib/card-faces';
import { CardBack, CardFront, CardKind } from './card-view';
import { EditCardPanel } from './edit-card';
import { deckHref, deckName, type Deck } from './decks';

export type SessionMode = 'review' | 'cram';

type Tally = Readonly<Record<Grade, number>>;
const NO_GRADES: Tally = { 1: 0, 2: 0, 3: 0, 4: 0 };

/** What undo brings back in the session: the card shown, the counts, the cram queue. */
interface Snapshot {
  readonly current: string | null;
  readonly reviewed: number;
  readonly tally: Tally;
  /** Cram only: the cards after the current one. */
  readonly cramQueue: readonly string[];
}

interface SessionState extends Snapshot {
  readonly revealed: boolean;
  /** The time of the last action: the queue is computed as of then. */
  readonly at: number;
  readonly preview: Readonly<Record<Grade, GradeOutcome>> | null;
  readonly history: readonly Snapshot[];
  /** Where focus goes after the last action (nothing on first render). */
  readonly focus: 'front' | 'answer' | 'end' | null;
}

function currentQueue(deck: Deck, now: number): Queue {
  const { review, settings } = useAppStore.getState();
  return buildQueue({
    cardIds: deck.cardIds,
    cards: review.cards,
    log: review.log,
    now,
    newCardsPerDay: review.settings.newCardsPerDay,
    interviewDate: settings.interviewDate,
  });
}

function initialState(deck: Deck, mode: SessionMode): SessionState {
  const at = Date.now();
  const base = { reviewed: 0, tally: NO_GRADES, revealed: false, at, preview: null, history: [], focus: null };
  if (mode === 'cram') {
    const [current = null, ...cramQueue] = deck.cardIds;
    return { ...base, current, cramQueue };
  }
  return { ...base, current: nextCardId(currentQueue(deck, at)), cramQueue: [] };
}

/** Keys act on the session unless the person is typing or pressing a control's own keys. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, summary, [role="button"]') !== null;
}

function useIntervalText(): (ms: number) => string {
  const { t } = useTranslation('review');
  return (ms) => {
    const { unit, value } = intervalParts(ms);
    return t(`interval.${unit}`, { value });
  };
}

function Pacing({ queue }: { queue: Queue }) {
  const { t } = useTranslation('review');
  const today = t('session.newLeft', { count: queue.fresh.length });
  if (queue.pacing === null) return <p className="meta">{today}</p>;
  const { daysLeft, perDay, total } = queue.pacing;
  return (
    <p className="meta">
      {total === 0 ? t('session.pacingDone') : t('session.pacing', { count: daysLeft, days: daysLeft, perDay, total })} {today}
    </p>
  );
}

function NextDue({ deck, at }: { deck: Deck; at: number }) {
  const { t } = useTranslation('review');
  const intervalText = useIntervalText();
  const cards = useAppStore((s) => s.review.cards);
  let next = Number.POSITIVE_INFINITY;
  for (const id of deck.cardIds) {
    const card = cards[id];
    if (card !== undefined && card.state !== STATE_NEW && card.due > at) next = Math.min(next, card.due);
  }
  return <p>{next === Number.POSITIVE_INFINITY ? t('session.noneScheduled') : t('session.nextDue', { when: intervalText(next - at) })}</p>;
}

function Summary({
  state,
  deck,
  mode,
  headingRef,
}: {
  state: SessionState;
  deck: Deck;
  mode: SessionMode;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  return (
    <section aria-labelledby={id} className="session-summary card">
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {state.reviewed > 0 ? t('session.doneTitle') : t('session.nothingDue')}
      </h2>
      {state.reviewed > 0 && (
        <>
          <p>{t('session.reviewed', { count: state.reviewed })}</p>
          <table className="summary-table">
            <caption className="visually-hidden">{t('session.summaryCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('session.grade')}</th>
                <th scope="col" className="num">
                  {t('session.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {GRADES.map((g) => (
                <tr key={g}>
                  <th scope="row">{t(`session.grades.${GRADE_NAMES[g]}`)}</th>
                  <td className="num">{state.tally[g]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {mode === 'review' && <NextDue deck={deck} at={state.at} />}
      <p className="row">
        <Link to="/review">{t('session.allDecks')}</Link>
        <Link to="/stats">{t('stats')}</Link>
      </p>
    </section>
  );
}

/** One review (or cram) session over a deck: front, answer, grade, undo, progress, summary. */
export function Session({ deck, mode }: { deck: Deck; mode: SessionMode }) {
  // The edit panel's words (shared with the topic pages) load with the session, so `Edit card` opens at once.
  const { t } = useTranslation(['review', 'cards']);
  const lang = useLang();
  const shortcuts = useShortcutsEnabled();
  const navigate = useNavigate();
  const intervalText = useIntervalText();
  const ids = useId();
  const cards = useAppStore((s) => s.review.cards);
  const log = useAppStore((s) => s.review.log);
  const desiredRetention = useAppStore((s) => s.review.settings.desiredRetention);
  const newCardsPerDay = useAppStore((s) => s.review.settings.newCardsPerDay);
  const interviewDate = useAppStore((s) => s.settings.interviewDate);
  const recordReview = useAppStore((s) => s.recordReview);
  const undoReview = useAppStore((s) => s.undoReview);
  const scheduler = useMemo(() => createScheduler({ desiredRetention }), [desiredRetention]);
  const [state, setState] = useState(() => initialState(deck, mode));
  const face = useCardFace(state.current);
  // `Edit card` (key e): the card shown, edited in place; the session state is left as it is.
  const [editing, setEditing] = useState(false);
  const openEditor = (): void => {
    if (state.current !== null && face !== undefined) setEditing(true);
  };
  const closeEditor = (): void => {
    setEditing(false);
    requestAnimationFrame(() => (state.revealed ? answerRef : frontRef).current?.focus());
  };
  const frontRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLHeadingElement>(null);

  const queue = useMemo(
    () => (mode === 'review' ? buildQueue({ cardIds: deck.cardIds, cards, log, now: state.at, newCardsPerDay, interviewDate }) : null),
    [mode, deck, cards, log, state.at, newCardsPerDay, interviewDate],
  );

  // After each action, focus follows the card so keys and screen readers stay with it.
  const { focus, current: shownCard, revealed } = state;
  useEffect(() => {
    const target = focus === 'front' ? frontRef : focus === 'answer' ? answerRef : focus === 'end' ? endRef : null;
    target?.current?.focus();
  }, [focus, shownCard, revealed]);

  const reveal = (): void => {
    if (state.current === null || state.revealed) return;
    const at = Date.now();
    const stored = useAppStore.getState().review.cards[state.current];
    const preview = mode === 'review' ? previewGrades(scheduler, state.current, stored, at) : null;
    setState({ ...state, revealed: true, at, preview, focus: 'answer' });
  };

  const grade = (g: Grade): void => {
    const id = state.current;
    if (id === null || !state.revealed) return;
    const at = Date.now();
    const { next, entry } = gradeCard(scheduler, id, useAppStore.getState().review.cards[id], g, at, mode === 'cram');
    recordReview(id, next, entry);
    const snapshot: Snapshot = { current: id, reviewed: state.reviewed, tally: state.tally, cramQueue: state.cramQueue };
    let current: string | null;
    let cramQueue = state.cramQueue;
    if (mode === 'cram') {
      // Cram: a card graded Again comes back at the end of the deck, without touching its schedule.
      const rest = g === 1 ? [...cramQueue, id] : cramQueue;
      current = rest[0] ?? null;
      cramQueue = rest.slice(1);
    } else {
      current = nextCardId(currentQueue(deck, at));
    }
    setState({
      current,
      cramQueue,
      reviewed: state.reviewed + 1,
      tally: { ...state.tally, [g]: state.tally[g] + 1 },
      revealed: false,
      at,
      preview: null,
      history: [...state.history, snapshot],
      focus: current === null ? 'end' : 'front',
    });
  };

  const undo = (): void => {
    const snapshot = state.history.at(-1);
    if (snapshot === undefined) return;
    if (undoReview() === null) return;
    setState({ ...snapshot, revealed: false, at: Date.now(), preview: null, history: state.history.slice(0, -1), focus: 'front' });
  };

  const actions = useRef({ reveal, grade, undo, openEditor, editing });
  useEffect(() => {
    actions.current = { reveal, grade, undo, openEditor, editing };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!shortcutsEnabled() || event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // While the card is being edited, the session's keys rest.
      if (actions.current.editing) return;
      const key = event.key;
      if (key === ' ' || key === 'Enter') {
        // On a button or link, Space and Enter press that control.
        if (isControl(event.target)) return;
        event.preventDefault();
        actions.current.reveal();
      } else if (key === '1' || key === '2' || key === '3' || key === '4') {
        event.preventDefault();
        actions.current.grade(Number(key) as Grade);
      } else if (key === 'z' || key === 'Z') {
        event.preventDefault();
        actions.current.undo();
      } else if (key === 'e' || key === 'E') {
        event.preventDefault();
        actions.current.openEditor();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const name = deckName(deck.id, lang, t);
  let total: number;
  if (mode === 'cram') total = state.reviewed + (state.current === null ? 0 : 1) + state.cramQueue.length;
  else {
    const inQueue =
      queue !== null &&
      state.current !== null &&
      [queue.learning, queue.review, queue.fresh, queue.learnAhead].some((list) => list.includes(state.current ?? ''));
    total = state.reviewed + (queue === null ? 0 : queueSize(queue)) + (state.current !== null && !inQueue ? 1 : 0);
  }
  const position = Math.min(state.reviewed + 1, total);

  return (
    <Page
      title={t(mode === 'cram' ? 'session.cramTitle' : 'session.reviewTitle', { deck: name })}
      lead={mode === 'cram' ? <p>{t('session.cramLead')}</p> : queue !== null ? <Pacing queue={queue} /> : undefined}
      actions={
        <>
          {mode === 'review' ? (
            <button type="button" className="button ghost" onClick={() => void navigate(deckHref(deck.id, true))}>
              {t('decks.cram')}
            </button>
          ) : (
            <Link className="button ghost" to={deckHref(deck.id)}>
              {t('session.scheduled')}
            </Link>
          )}
          <button type="button" className="button ghost" aria-keyshortcuts={shortcuts ? 'z' : undefined} disabled={state.history.length === 0} onClick={undo}>
            {t('session.undo')} <kbd aria-hidden="true">z</kbd>
          </button>
          <button
            type="button"
            className="button ghost"
            aria-keyshortcuts={shortcuts ? 'e' : undefined}
            aria-expanded={editing}
            disabled={state.current === null || face === undefined}
            onClick={() => (editing ? closeEditor() : openEditor())}
          >
            {t('session.editCard')} <kbd aria-hidden="true">e</kbd>
          </button>
        </>
      }
    >
      {state.current === null ? (
        <Summary state={state} deck={deck} mode={mode} headingRef={endRef} />
      ) : (
        <>
          <div className="session-progress">
            <p id={`${ids}-progress`}>{t('session.progress', { current: position, total })}</p>
            <progress aria-labelledby={`${ids}-progress`} max={total} value={state.reviewed} />
          </div>
          <section className="review-card card" aria-labelledby={`${ids}-front`}>
            <div ref={frontRef} tabIndex={-1} className="review-side">
              <h2 id={`${ids}-front`} className="side-label">
                {t('session.question')}
              </h2>
              {face ? (
                <>
                  <CardKind face={face} />
                  <CardFront face={face} />
                </>
              ) : (
                <p className="prompt">{t('card.missing')}</p>
              )}
            </div>
          </section>
          {state.revealed && (
            <section className="review-card card answer" aria-labelledby={`${ids}-answer`}>
              <div ref={answerRef} tabIndex={-1} className="review-side">
                <h2 id={`${ids}-answer`} className="side-label">
                  {t('session.answer')}
                </h2>
                {face && <CardBack face={face} />}
              </div>
            </section>
          )}
          {editing && face && <EditCardPanel key={face.id} face={face} onClose={closeEditor} />}
          <div className="session-controls" hidden={editing}>
            {!state.revealed ? (
              <button type="button" className="button show-answer" aria-keyshortcuts={shortcuts ? 'Space Enter' : undefined} onClick={reveal}>
                {t('session.showAnswer')} <kbd aria-hidden="true">Space</kbd>
              </button>
            ) : (
              <div role="group" aria-label={t('session.gradesLabel')} className="grade-buttons">
                {GRADES.map((g) => {
                  const gradeName = GRADE_NAMES[g];
                  const outcome = state.preview?.[g];
                  const hint = outcome ? intervalText(outcome.interval) : t(g === 1 ? 'session.cramAgain' : 'session.cramKeep');
                  return (
                    <button
                      key={g}
                      type="button"
                      className={`button grade grade-${gradeName}`}
                      aria-keyshortcuts={shortcuts ? String(g) : undefined}
                      aria-labelledby={`${ids}-g${g}`}
                      aria-describedby={`${ids}-i${g}`}
                      onClick={() => grade(g)}
                    >
                      <span id={`${ids}-g${g}`} className="grade-name">
                        {t(`session.grades.${gradeName}`)}
                      </span>
                      <span id={`${ids}-i${g}`} className="grade-interval">
                        {hint}
                      </span>
                      <kbd aria-hidden="true">{g}</kbd>
                    </button>
                  );
                })}
              </div>
            )}
          </div>
          {shortcuts && <p className="meta keys-help">{t('session.keys')}</p>}
        </>
      )}
    </Page>
  );
}
