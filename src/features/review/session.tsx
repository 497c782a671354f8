import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/page';
import { useLang } from '@/components/use-lang';
import { EXTRA_NEW_STEP, GRADE_NAMES, GRADES, isLeech, NO_FLAGS, type Grade } from '@/domain/review';
import { buildQueue, nextCard, type NewCardBudget, type Queue, type ReviewTime } from '@/domain/review-queue';
import {
  afterGrade,
  afterSetAside,
  BUCKETS,
  cardsGraded,
  NO_GRADES,
  pickNext,
  sessionCounts,
  sessionProgress,
  startSession,
  type SessionState,
  type Tally,
} from '@/domain/review-session';
import { createScheduler, gradeCard, intervalParts, previewGrades, type GradeOutcome } from '@/domain/scheduling';
import { budgetOf, reviewTimeOf } from '@/lib/review-time';
import { shortcutsEnabled, useShortcutsEnabled } from '@/lib/shortcuts';
import { useCardFace } from '@/lib/card-faces';
import { useAppStore } from '@/stores/app-store';
import { recordReview, setCardFlags, undoReview } from '@/stores/review-actions';
import { CardBack, CardFront, CardKind } from './card-view';
import { EditCardPanel } from './edit-card';
import { deckHref, joinedName, type Deck } from './decks';
import { NewCardsLine } from './new-cards-line';

export type SessionMode = 'review' | 'cram';

/** What undo brings back in the session. */
interface Snapshot {
  readonly current: string | null;
  readonly session: SessionState;
  /** Cram only: the cards after the current one. */
  readonly cramQueue: readonly string[];
}

interface ViewState extends Snapshot {
  readonly revealed: boolean;
  /** The time of the last action: figures are computed as of then. */
  readonly at: number;
  readonly preview: Readonly<Record<Grade, GradeOutcome>> | null;
  readonly history: readonly Snapshot[];
  /** The store's data generation the history belongs to (an import or another tab's merge ends it). */
  readonly generation: number;
  /** Where focus goes after the last action (nothing on first render). */
  readonly focus: 'front' | 'answer' | 'end' | null;
  /** A message about the last action (undo refused, card set aside). */
  readonly notice: string | null;
}

interface Figures {
  readonly time: ReviewTime;
  readonly budget: NewCardBudget;
  readonly queue: Queue;
}

function figuresNow(deck: Deck, at: number): Figures {
  const { review, settings } = useAppStore.getState();
  const time = reviewTimeOf(review, settings.interviewDate, at);
  const budget = budgetOf(review, time);
  const queue = buildQueue({ cardIds: deck.cardIds, cards: review.cards, flags: review.flags, newLeft: budget.left, time });
  return { time, budget, queue };
}

function initialState(deck: Deck, mode: SessionMode): ViewState {
  const at = Date.now();
  const { review, reviewGeneration } = useAppStore.getState();
  const base = { revealed: false, at, preview: null, history: [], generation: reviewGeneration, focus: null, notice: null } as const;
  if (mode === 'cram') {
    const [current = null, ...cramQueue] = deck.cardIds;
    const session: SessionState = { order: [...deck.cardIds], bucket: {}, done: {}, graded: {}, grades: 0, tally: NO_GRADES };
    return { ...base, current, cramQueue, session };
  }
  const session = startSession(figuresNow(deck, at).queue, review.settings.sessionLength);
  return { ...base, current: pickNext(session, review.cards, at), cramQueue: [], session };
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

/** Cards left in the session, in the three counts Anki shows. */
function Counts({ session }: { session: SessionState }) {
  const { t } = useTranslation('review');
  const ids = useId();
  const counts = sessionCounts(session);
  return (
    <div role="group" aria-label={t('session.countsLabel')} className="session-counts">
      {BUCKETS.map((bucket) => (
        <span key={bucket} className={`count count-${bucket}`}>
          <label htmlFor={`${ids}-${bucket}`}>{t(`session.counts.${bucket}`)}</label>{' '}
          <output id={`${ids}-${bucket}`} aria-live="off">
            {counts[bucket]}
          </output>
        </span>
      ))}
    </div>
  );
}

function NextDue({ deck, at }: { deck: Deck; at: number }) {
  const { t } = useTranslation('review');
  const intervalText = useIntervalText();
  useAppStore((s) => s.review);
  const { time, budget } = figuresNow(deck, at);
  const { review } = useAppStore.getState();
  const next = nextCard(deck.cardIds, review.cards, review.flags, time, budget.left);
  if (next.kind === 'none') return <p>{t('session.noneScheduled')}</p>;
  const days = time.clock.day(next.at) - time.clock.day(at);
  const when = days === 1 ? t('session.tomorrow') : days > 1 ? t('session.inDays', { count: days }) : intervalText(next.at - at);
  return <p>{t(next.kind === 'new' ? 'session.nextNew' : 'session.nextDue', { when })}</p>;
}

function GradeTable({ tally }: { tally: Tally }) {
  const { t } = useTranslation('review');
  return (
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
            <td className="num">{tally[g]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Summary({
  state,
  deck,
  mode,
  headingRef,
  onMore,
}: {
  state: ViewState;
  deck: Deck;
  mode: SessionMode;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onMore: (extra: boolean) => void;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  useAppStore((s) => s.review);
  const graded = mode === 'cram' ? Object.keys(state.session.done).length : cardsGraded(state.session);
  const { queue, budget } = figuresNow(deck, state.at);
  const more = queue.learning.length + queue.review.length + queue.fresh.length;
  return (
    <section aria-labelledby={id} className="session-summary card">
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {state.session.grades > 0 ? t('session.doneTitle') : t('session.nothingDue')}
      </h2>
      {state.session.grades > 0 && (
        <>
          <p>
            {t('session.summaryCards', { count: graded })} {t('session.summaryGrades', { count: state.session.grades })}
          </p>
          <GradeTable tally={state.session.tally} />
        </>
      )}
      {mode === 'review' && more > 0 && (
        <p>
          {t('session.moreDue', { count: more })}{' '}
          <button type="button" className="button" onClick={() => onMore(false)}>
            {t('session.continue')}
          </button>
        </p>
      )}
      {mode === 'review' && more === 0 && queue.heldBack > 0 && budget.left === 0 && (
        <div className="notice">
          <p>{t('session.limitReached', { count: queue.heldBack, limit: budget.limit })}</p>
          <button type="button" className="button" onClick={() => onMore(true)}>
            {t('session.moreNew')}
          </button>{' '}
          <span className="meta">{t('session.moreNewHelp', { count: EXTRA_NEW_STEP })}</span>
        </div>
      )}
      {mode === 'review' && <NextDue deck={deck} at={state.at} />}
      <p className="row">
        <Link to="/review">{t('session.allDecks')}</Link>
        <Link to="/stats">{t('stats')}</Link>
      </p>
    </section>
  );
}

/** One review (or cram) session over a deck; `More new cards today` or `Continue` starts a new round. */
export function Session({ deck, mode }: { deck: Deck; mode: SessionMode }) {
  const [round, setRound] = useState(0);
  const addExtraNew = useAppStore((s) => s.addExtraNew);
  const onMore = (extra: boolean): void => {
    if (extra) {
      const { clock, now } = figuresNow(deck, Date.now()).time;
      addExtraNew(clock.key(clock.day(now)), EXTRA_NEW_STEP);
    }
    setRound((r) => r + 1);
  };
  return <SessionRound key={round} deck={deck} mode={mode} onMore={onMore} autoFocus={round > 0} />;
}

function SessionRound({ deck, mode, onMore, autoFocus }: { deck: Deck; mode: SessionMode; onMore: (extra: boolean) => void; autoFocus: boolean }) {
  // The edit panel's words (shared with the topic pages) load with the session, so `Edit card` opens at once.
  const { t } = useTranslation(['review', 'cards']);
  const lang = useLang();
  const shortcuts = useShortcutsEnabled();
  const navigate = useNavigate();
  const intervalText = useIntervalText();
  const ids = useId();
  const cards = useAppStore((s) => s.review.cards);
  const desiredRetention = useAppStore((s) => s.review.settings.desiredRetention);
  const generation = useAppStore((s) => s.reviewGeneration);
  const storeUndo = useAppStore((s) => s.reviewUndo.length);
  const scheduler = useMemo(() => createScheduler({ desiredRetention }), [desiredRetention]);
  const [state, setState] = useState(() => {
    const initial = initialState(deck, mode);
    return autoFocus ? { ...initial, focus: initial.current === null ? ('end' as const) : ('front' as const) } : initial;
  });
  // The live face: an edit (here or in another tab) shows at once.
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

  // After each action, focus follows the card so keys and screen readers stay with it.
  const { focus, current: shownCard, revealed } = state;
  useEffect(() => {
    const target = focus === 'front' ? frontRef : focus === 'answer' ? answerRef : focus === 'end' ? endRef : null;
    target?.current?.focus();
  }, [focus, shownCard, revealed]);

  const canUndo = state.history.length > 0 && storeUndo > 0 && state.generation === generation;

  const reveal = (): void => {
    if (state.current === null || state.revealed) return;
    const at = Date.now();
    const stored = useAppStore.getState().review.cards[state.current];
    const { clock, plan } = figuresNow(deck, at).time;
    const preview = mode === 'review' ? previewGrades(scheduler, state.current, stored, at, clock, plan) : null;
    setState({ ...state, revealed: true, at, preview, focus: 'answer', notice: null });
  };

  /** The step after the current card is done with (graded or set aside). */
  const advance = (session: SessionState, id: string, at: number, cramAgain: boolean, notice: string | null): void => {
    const snapshot: Snapshot = { current: id, session: state.session, cramQueue: state.cramQueue };
    const history = state.generation === useAppStore.getState().reviewGeneration ? [...state.history, snapshot] : [snapshot];
    let current: string | null;
    let cramQueue = state.cramQueue;
    if (mode === 'cram') {
      // Cram: a card graded Again comes back at the end of the deck, without touching its schedule.
      const rest = cramAgain ? [...cramQueue, id] : cramQueue;
      current = rest[0] ?? null;
      cramQueue = rest.slice(1);
    } else {
      current = pickNext(session, useAppStore.getState().review.cards, at, id);
    }
    setState({
      current,
      cramQueue,
      session,
      revealed: false,
      at,
      preview: null,
      history,
      generation: useAppStore.getState().reviewGeneration,
      focus: current === null ? 'end' : 'front',
      notice,
    });
  };

  const grade = (g: Grade): void => {
    const id = state.current;
    if (id === null || !state.revealed) return;
    const at = Date.now();
    const { clock } = figuresNow(deck, at).time;
    const { next, entry } = gradeCard(scheduler, id, useAppStore.getState().review.cards[id], g, at, clock, mode === 'cram');
    recordReview(id, next, entry);
    let session: SessionState;
    if (mode === 'cram') {
      const done = g === 1 ? state.session.done : { ...state.session.done, [id]: 'graded' as const };
      session = {
        ...state.session,
        done,
        graded: { ...state.session.graded, [id]: true },
        grades: state.session.grades + 1,
        tally: { ...state.session.tally, [g]: state.session.tally[g] + 1 },
      };
    } else session = afterGrade(state.session, id, g, next, at);
    advance(session, id, at, g === 1, null);
  };

  const setAside = (how: 'bury' | 'suspend'): void => {
    const id = state.current;
    if (id === null || mode === 'cram') return;
    const at = Date.now();
    const { clock } = figuresNow(deck, at).time;
    const flags = useAppStore.getState().review.flags[id] ?? NO_FLAGS;
    setCardFlags(id, how === 'bury' ? { ...flags, buriedDay: clock.key(clock.day(at)) } : { ...flags, suspended: true });
    advance(afterSetAside(state.session, id), id, at, false, t(how === 'bury' ? 'session.buried' : 'session.suspended'));
  };

  const undo = (): void => {
    const snapshot = state.history.at(-1);
    if (snapshot === undefined) return;
    const result = undoReview();
    if (!result.ok) {
      setState({ ...state, history: [], notice: result.reason === 'changed' ? t('session.undoChanged') : null });
      return;
    }
    setState({ ...state, ...snapshot, revealed: false, at: Date.now(), preview: null, history: state.history.slice(0, -1), focus: 'front', notice: null });
  };

  const actions = useRef({ reveal, grade, undo, setAside, openEditor, editing });
  useEffect(() => {
    actions.current = { reveal, grade, undo, setAside, openEditor, editing };
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
      } else if (key === 'b' || key === 'B') {
        event.preventDefault();
        actions.current.setAside('bury');
      } else if (key === 's' || key === 'S') {
        event.preventDefault();
        actions.current.setAside('suspend');
      } else if (key === 'e' || key === 'E') {
        event.preventDefault();
        actions.current.openEditor();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const name = joinedName(deck, lang, t);
  const progress = sessionProgress(state.session);
  const leech = state.current !== null && isLeech(cards[state.current]);
  // The lead needs the shared budget only (the deck's queue is built when the session starts and ends).
  const review = useAppStore((s) => s.review);
  const interviewDate = useAppStore((s) => s.settings.interviewDate);
  const budget = useMemo(() => budgetOf(review, reviewTimeOf(review, interviewDate, state.at)), [review, interviewDate, state.at]);

  return (
    <Page
      title={t(mode === 'cram' ? 'session.cramTitle' : 'session.reviewTitle', { deck: name })}
      lead={mode === 'cram' ? <p>{t('session.cramLead')}</p> : <NewCardsLine budget={budget} />}
      actions={
        <>
          {mode === 'review' ? (
            <button type="button" className="button ghost" onClick={() => void navigate(deckHref(deck.parts, true))}>
              {t('decks.cram')}
            </button>
          ) : (
            <Link className="button ghost" to={deckHref(deck.parts)}>
              {t('session.scheduled')}
            </Link>
          )}
          <button type="button" className="button ghost" aria-keyshortcuts={shortcuts ? 'z' : undefined} disabled={!canUndo} onClick={undo}>
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
      {state.notice !== null && (
        <p role="status" className="notice">
          {state.notice}
        </p>
      )}
      {state.current === null ? (
        <Summary state={state} deck={deck} mode={mode} headingRef={endRef} onMore={onMore} />
      ) : (
        <>
          <div className="session-progress">
            {mode === 'review' ? <Counts session={state.session} /> : <p>{t('session.cramLeft', { count: progress.total - progress.done })}</p>}
            <p id={`${ids}-progress`}>{t('session.progress', { done: progress.done, count: progress.total })}</p>
            <progress aria-labelledby={`${ids}-progress`} max={Math.max(1, progress.total)} value={progress.done} />
          </div>
          {leech && (
            <p className="notice leech" role="note">
              <strong>{t('session.leech')}</strong> {t('session.leechHelp', { count: cards[state.current]?.lapses ?? 0 })}
            </p>
          )}
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
          {mode === 'review' && (
            <div className="row set-aside" hidden={editing}>
              <button type="button" className="button ghost" aria-keyshortcuts={shortcuts ? 'b' : undefined} onClick={() => setAside('bury')}>
                {t('session.bury')} <kbd aria-hidden="true">b</kbd>
              </button>
              <button type="button" className="button ghost" aria-keyshortcuts={shortcuts ? 's' : undefined} onClick={() => setAside('suspend')}>
                {t('session.suspend')} <kbd aria-hidden="true">s</kbd>
              </button>
            </div>
          )}
          {shortcuts && <p className="meta keys-help">{t(mode === 'review' ? 'session.keys' : 'session.cramKeys')}</p>}
        </>
      )}
    </Page>
  );
}
