/**
 * One review session: a fixed set of cards chosen when it starts, shown until each is done for
 * now. Counts are cards, never grades: each card is counted once, in the count it started the
 * session in (`New`, `Learning`, `Review`), until it is done. A card graded Again stays where it
 * was counted, so no count ever grows and the progress only moves forward.
 *
 * Pure and immutable: every step returns a new state, so undo keeps the previous one.
 */
import { STATE_LEARNING, STATE_NEW, STATE_RELEARNING, type Grade, type StoredCard } from './review';
import { LEARN_AHEAD, type Queue } from './review-queue';

export type Bucket = 'new' | 'learning' | 'review';
export const BUCKETS: readonly Bucket[] = ['new', 'learning', 'review'];

/** Why a card left the session: graded to a later day, or set aside (buried or suspended). */
export type DoneReason = 'graded' | 'set-aside';

export type Tally = Readonly<Record<Grade, number>>;
export const NO_GRADES: Tally = { 1: 0, 2: 0, 3: 0, 4: 0 };

export interface SessionState {
  /** The session's cards, in the order the queue gave them. */
  readonly order: readonly string[];
  /** The count each card is in. */
  readonly bucket: Readonly<Record<string, Bucket>>;
  /** Cards done for this session. */
  readonly done: Readonly<Record<string, DoneReason>>;
  /** Cards graded at least once in this session. */
  readonly graded: Readonly<Record<string, true>>;
  /** Grades given (a card graded Again and then Good is two grades). */
  readonly grades: number;
  readonly tally: Tally;
}

/** Session lengths offered: 10 or 20 cards, or every card due (null). */
export const SESSION_LENGTHS = [10, 20, null] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];

/**
 * The session's cards: learning due now, reviews, new cards, learning due soon, in that order,
 * cut to the session length (learning and reviews first: due cards before new ones).
 */
export function startSession(queue: Queue, length: SessionLength): SessionState {
  const order: string[] = [];
  const bucket: Record<string, Bucket> = {};
  const add = (ids: readonly string[], b: Bucket): void => {
    for (const id of ids) {
      if (length !== null && order.length >= length) return;
      if (bucket[id] !== undefined) continue;
      order.push(id);
      bucket[id] = b;
    }
  };
  add(queue.learning, 'learning');
  add(queue.review, 'review');
  add(queue.fresh, 'new');
  add(queue.learnAhead, 'learning');
  return { order, bucket, done: {}, graded: {}, grades: 0, tally: NO_GRADES };
}

const isLearning = (card: StoredCard | undefined): card is StoredCard =>
  card !== undefined && (card.state === STATE_LEARNING || card.state === STATE_RELEARNING);

/** Cards left, per count. */
export function sessionCounts(state: SessionState): Record<Bucket, number> {
  const counts: Record<Bucket, number> = { new: 0, learning: 0, review: 0 };
  for (const id of state.order) {
    if (state.done[id] !== undefined) continue;
    const b = state.bucket[id];
    if (b !== undefined) counts[b] += 1;
  }
  return counts;
}

/** Cards done / cards in the session: what the progress bar shows. */
export function sessionProgress(state: SessionState): { done: number; total: number } {
  return { done: Object.keys(state.done).length, total: state.order.length };
}

/**
 * The next card to show at `now`: a learning card due now (earliest), then a review or new card
 * not yet graded (in order), then a learning card due within the learn-ahead window. Never the
 * card just shown if another one can come first. Null: nothing can be shown now.
 */
export function pickNext(state: SessionState, cards: Readonly<Record<string, StoredCard>>, now: number, last: string | null = null): string | null {
  let dueNow: string | null = null;
  let dueNowAt = Number.POSITIVE_INFINITY;
  let first: string | null = null;
  let soon: string | null = null;
  let soonAt = Number.POSITIVE_INFINITY;
  for (const id of state.order) {
    if (state.done[id] !== undefined) continue;
    const card = cards[id];
    if (isLearning(card)) {
      // The card just shown waits for the others due now; alone, it is shown again when due.
      if (card.due <= now && card.due < dueNowAt && id !== last) [dueNow, dueNowAt] = [id, card.due];
      else if (card.due <= now + LEARN_AHEAD && card.due < soonAt) [soon, soonAt] = [id, card.due];
    } else if (first === null && state.graded[id] === undefined) first = id;
  }
  return dueNow ?? first ?? soon;
}

/** The state after grading a card: it stays in the session while it has a learning step due soon. */
export function afterGrade(state: SessionState, id: string, grade: Grade, next: StoredCard | undefined, at: number): SessionState {
  const stays = isLearning(next) && next.due <= at + LEARN_AHEAD;
  return {
    ...state,
    done: stays ? state.done : { ...state.done, [id]: 'graded' },
    graded: state.graded[id] ? state.graded : { ...state.graded, [id]: true },
    grades: state.grades + 1,
    tally: { ...state.tally, [grade]: state.tally[grade] + 1 },
  };
}

/** The state after burying or suspending a card: it leaves the session without a grade. */
export function afterSetAside(state: SessionState, id: string): SessionState {
  return { ...state, done: { ...state.done, [id]: 'set-aside' } };
}

/** Cards graded in the session (each once). */
export const cardsGraded = (state: SessionState): number => Object.keys(state.graded).length;

/** Whether a card was never graded before (a new card), for the card's label. */
export const isNewCard = (card: StoredCard | undefined): boolean => card === undefined || card.state === STATE_NEW;
