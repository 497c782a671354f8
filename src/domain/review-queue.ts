/**
 * What a review session shows next. Pure: `now` is a parameter; no scheduler needed.
 * Order: learning and relearning cards due now, then reviews due today, then new cards within
 * today's allowance, then learning cards due within the learn-ahead window.
 */
import { daysUntil } from './settings';
import { addDays, STATE_LEARNING, STATE_NEW, STATE_RELEARNING, STATE_REVIEW, MINUTE, startOfDay, type ReviewLogEntry, type StoredCard } from './review';

/** When nothing else is left, learning cards due this soon are shown rather than waited for. */
export const LEARN_AHEAD = 20 * MINUTE;

export interface QueueInput {
  /** The deck's cards, in deck order. */
  readonly cardIds: readonly string[];
  readonly cards: Readonly<Record<string, StoredCard>>;
  readonly log: readonly ReviewLogEntry[];
  readonly now: number;
  readonly newCardsPerDay: number;
  /** `YYYY-MM-DD` or null. */
  readonly interviewDate: string | null;
}

/** With an interview date: how many new cards a day bring every card in before that day. */
export interface Pacing {
  /** Days left to study, today included, the interview day not. */
  readonly daysLeft: number;
  readonly perDay: number;
  /** New cards not yet seen in the deck, plus those introduced today. */
  readonly total: number;
}

export interface Queue {
  /** Learning and relearning cards due now, earliest first. */
  readonly learning: readonly string[];
  /** Review cards due today (or overdue), earliest first. */
  readonly review: readonly string[];
  /** New cards allowed today, in deck order. */
  readonly fresh: readonly string[];
  /** Learning cards due within LEARN_AHEAD, earliest first. */
  readonly learnAhead: readonly string[];
  /** New cards in the deck never graded. */
  readonly unseen: number;
  /** New cards still allowed today. */
  readonly newAllowance: number;
  readonly pacing: Pacing | null;
}

const isLearning = (card: StoredCard): boolean => card.state === STATE_LEARNING || card.state === STATE_RELEARNING;

/** The cards first graded since `dayStart` (cram grades excluded), newest first. */
export function newIntroducedSince(log: readonly ReviewLogEntry[], dayStart: number): string[] {
  const ids: string[] = [];
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i];
    if (!entry || entry[0] < dayStart) break;
    if (entry[3] === STATE_NEW && entry[4] === 0) ids.push(entry[1]);
  }
  return ids;
}

/** Days of study left before the interview day (today counts), or null when there is no such day. */
export function studyDaysLeft(interviewDate: string | null, now: number): number | null {
  if (interviewDate === null) return null;
  const days = daysUntil(interviewDate, new Date(now));
  return days >= 1 ? days : null;
}

function byDue(cards: Readonly<Record<string, StoredCard>>) {
  return (a: string, b: string): number => (cards[a]?.due ?? 0) - (cards[b]?.due ?? 0);
}

export function buildQueue(input: QueueInput): Queue {
  const { cardIds, cards, log, now } = input;
  const endOfToday = addDays(now, 1);
  const learning: string[] = [];
  const learnAhead: string[] = [];
  const review: string[] = [];
  const unseenIds: string[] = [];
  for (const id of cardIds) {
    const card = cards[id];
    if (card === undefined || card.state === STATE_NEW) unseenIds.push(id);
    else if (isLearning(card)) {
      if (card.due <= now) learning.push(id);
      else if (card.due <= now + LEARN_AHEAD) learnAhead.push(id);
    } else if (card.state === STATE_REVIEW && card.due < endOfToday) review.push(id);
  }
  const order = byDue(cards);
  learning.sort(order);
  learnAhead.sort(order);
  review.sort(order);

  const newToday = newIntroducedSince(log, startOfDay(now));
  let newAllowance = Math.max(0, input.newCardsPerDay - newToday.length);
  let pacing: Pacing | null = null;
  const daysLeft = studyDaysLeft(input.interviewDate, now);
  if (daysLeft !== null) {
    let deckNewToday = 0;
    if (newToday.length > 0) {
      const today = new Set(newToday);
      for (const id of cardIds) if (today.has(id)) deckNewToday += 1;
    }
    const total = unseenIds.length + deckNewToday;
    const perDay = Math.ceil(total / daysLeft);
    pacing = { daysLeft, perDay, total };
    newAllowance = Math.max(newAllowance, perDay - deckNewToday);
  }
  return {
    learning,
    review,
    fresh: unseenIds.slice(0, newAllowance),
    learnAhead,
    unseen: unseenIds.length,
    newAllowance,
    pacing,
  };
}

/** The card to show next, or null when the session is done. */
export function nextCardId(queue: Queue): string | null {
  return queue.learning[0] ?? queue.review[0] ?? queue.fresh[0] ?? queue.learnAhead[0] ?? null;
}

/** Cards left in the session now (each counted once). */
export function queueSize(queue: Queue): number {
  return queue.learning.length + queue.review.length + queue.fresh.length + queue.learnAhead.length;
}
