/**
 * What is due, and how many new cards today allows. Pure: the time, the study clock and the
 * interview plan are parameters; no scheduler needed, so light views can count cards.
 *
 * Order: learning and relearning cards due now, then reviews due today, then new cards within
 * today's shared allowance, then learning cards due within the learn-ahead window.
 */
import { effectiveDue, studyDaysLeft, type InterviewPlan } from './interview';
import {
  MINUTE,
  STATE_LEARNING,
  STATE_NEW,
  STATE_RELEARNING,
  STATE_REVIEW,
  type CardFlags,
  type ExtraNew,
  type ReviewLogEntry,
  type StoredCard,
} from './review';
import type { StudyClock } from './study-day';

/** When nothing else is left, learning cards due this soon are shown rather than waited for. */
export const LEARN_AHEAD = 20 * MINUTE;

/** "Now" as review sees it: the instant, the study clock, and the interview plan if any. */
export interface ReviewTime {
  readonly now: number;
  readonly clock: StudyClock;
  readonly plan: InterviewPlan | null;
}

type Cards = Readonly<Record<string, StoredCard>>;
type Flags = Readonly<Record<string, CardFlags>>;

const isLearning = (card: StoredCard): boolean => card.state === STATE_LEARNING || card.state === STATE_RELEARNING;
const isUnseen = (card: StoredCard | undefined): boolean => card === undefined || card.state === STATE_NEW;

/** Whether a card is set aside now: suspended, or buried for the current study day. */
export function isSetAside(flags: CardFlags | undefined, todayKey: string): boolean {
  return flags !== undefined && (flags.suspended || flags.buriedDay === todayKey);
}

/** The cards first graded on the study day that began at `dayStart` (cram grades excluded), newest first. */
export function newIntroducedSince(log: readonly ReviewLogEntry[], dayStart: number): string[] {
  const ids: string[] = [];
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i];
    if (!entry || entry[0] < dayStart) break;
    if (entry[3] === STATE_NEW && entry[4] === 0) ids.push(entry[1]);
  }
  return ids;
}

/** With an interview date: how many new cards a day bring every card in before that day. */
export interface Pacing {
  /** Study days left, today included, the interview day not. */
  readonly daysLeft: number;
  readonly perDay: number;
  /** Cards never seen (of every deck), plus those first seen today. */
  readonly total: number;
}

/** Today's new cards, one allowance shared by every deck. */
export interface NewCardBudget {
  /** The user's daily limit. */
  readonly perDay: number;
  /** Today's limit: the daily limit, or the pacing figure if higher, plus `More new cards today`. */
  readonly limit: number;
  /** Added today with `More new cards today`. */
  readonly extra: number;
  /** New cards first graded today, in any deck. */
  readonly introduced: number;
  /** New cards still allowed today, across all decks. */
  readonly left: number;
  readonly pacing: Pacing | null;
}

export interface BudgetInput {
  /** Every card there is (pacing counts them all, so every deck shows the same figure). */
  readonly allCardIds: readonly string[];
  readonly cards: Cards;
  readonly flags: Flags;
  readonly log: readonly ReviewLogEntry[];
  readonly newCardsPerDay: number;
  readonly extraNew: ExtraNew | null;
  readonly time: ReviewTime;
}

export function newCardBudget(input: BudgetInput): NewCardBudget {
  const { clock, now, plan } = input.time;
  const today = clock.day(now);
  const todayKey = clock.key(today);
  const introducedIds = newIntroducedSince(input.log, clock.dayStart(today));
  const introduced = introducedIds.length;
  const extra = input.extraNew !== null && input.extraNew.day === todayKey ? input.extraNew.count : 0;
  let pacing: Pacing | null = null;
  let base = input.newCardsPerDay;
  const daysLeft = plan === null ? 0 : studyDaysLeft(plan);
  if (daysLeft >= 1) {
    let unseen = 0;
    for (const id of input.allCardIds) {
      if (isUnseen(input.cards[id]) && !input.flags[id]?.suspended) unseen += 1;
    }
    const total = unseen + introduced;
    const perDay = Math.ceil(total / daysLeft);
    pacing = { daysLeft, perDay, total };
    base = Math.max(base, perDay);
  }
  const limit = base + extra;
  return { perDay: input.newCardsPerDay, limit, extra, introduced, left: Math.max(0, limit - introduced), pacing };
}

export interface QueueInput {
  /** The deck's cards, in deck order. */
  readonly cardIds: readonly string[];
  readonly cards: Cards;
  readonly flags: Flags;
  /** New cards still allowed today, shared by all decks (NewCardBudget.left). */
  readonly newLeft: number;
  readonly time: ReviewTime;
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
  /** Learning cards due later today (after the learn-ahead window). */
  readonly learningLater: number;
  /** Cards of the deck never graded (suspended ones not counted). */
  readonly unseen: number;
  /** Unseen cards the shared daily limit holds back today. */
  readonly heldBack: number;
  /** Cards of the deck suspended, and buried for today. */
  readonly suspended: number;
  readonly buried: number;
}

/** When a card comes due, interview mode included. */
export function dueAt(card: StoredCard, time: ReviewTime): number {
  return effectiveDue(card, time.plan, time.clock);
}

export function buildQueue(input: QueueInput): Queue {
  const { cardIds, cards, flags, time } = input;
  const { now, clock } = time;
  const today = clock.day(now);
  const todayKey = clock.key(today);
  const endOfToday = clock.dayStart(today + 1);
  const learning: string[] = [];
  const learnAhead: string[] = [];
  const review: string[] = [];
  const unseenIds: string[] = [];
  const due = new Map<string, number>();
  let learningLater = 0;
  let suspended = 0;
  let buried = 0;
  for (const id of cardIds) {
    const flag = flags[id];
    if (flag !== undefined) {
      if (flag.suspended) {
        suspended += 1;
        continue;
      }
      if (flag.buriedDay === todayKey) {
        buried += 1;
        continue;
      }
    }
    const card = cards[id];
    if (isUnseen(card)) {
      unseenIds.push(id);
      continue;
    }
    if (card === undefined) continue;
    if (isLearning(card)) {
      due.set(id, card.due);
      if (card.due <= now) learning.push(id);
      else if (card.due <= now + LEARN_AHEAD) learnAhead.push(id);
      else if (card.due < endOfToday) learningLater += 1;
    } else if (card.state === STATE_REVIEW) {
      const at = dueAt(card, time);
      if (at < endOfToday) {
        due.set(id, at);
        review.push(id);
      }
    }
  }
  const byDue = (a: string, b: string): number => (due.get(a) ?? 0) - (due.get(b) ?? 0);
  learning.sort(byDue);
  learnAhead.sort(byDue);
  review.sort(byDue);
  const fresh = unseenIds.slice(0, Math.max(0, input.newLeft));
  return {
    learning,
    review,
    fresh,
    learnAhead,
    learningLater,
    unseen: unseenIds.length,
    heldBack: unseenIds.length - fresh.length,
    suspended,
    buried,
  };
}

/** The card to show next, or null when nothing is left now. */
export function nextCardId(queue: Queue): string | null {
  return queue.learning[0] ?? queue.review[0] ?? queue.fresh[0] ?? queue.learnAhead[0] ?? null;
}

/** Cards the queue would show now (each counted once). */
export function queueSize(queue: Queue): number {
  return queue.learning.length + queue.review.length + queue.fresh.length + queue.learnAhead.length;
}

/** What comes next for a deck once nothing is left now. */
export type NextCard =
  /** A card with a schedule comes due at `at`. */
  | { readonly kind: 'scheduled'; readonly at: number }
  /** New cards held back by today's limit come in when the next study day begins at `at`. */
  | { readonly kind: 'new'; readonly at: number }
  | { readonly kind: 'none' };

/**
 * When the deck next has a card: the earliest due time of its scheduled cards, or the start of
 * tomorrow if the shared limit holds new cards back, whichever comes first.
 */
export function nextCard(cardIds: readonly string[], cards: Cards, flags: Flags, time: ReviewTime, newLeft: number): NextCard {
  const { now, clock } = time;
  const today = clock.day(now);
  const todayKey = clock.key(today);
  let scheduled = Number.POSITIVE_INFINITY;
  let unseen = 0;
  for (const id of cardIds) {
    if (isSetAside(flags[id], todayKey)) {
      // A buried card is back tomorrow.
      if (!flags[id]?.suspended) scheduled = Math.min(scheduled, clock.dayStart(today + 1));
      continue;
    }
    const card = cards[id];
    if (isUnseen(card)) unseen += 1;
    else if (card !== undefined) {
      const at = dueAt(card, time);
      if (at > now) scheduled = Math.min(scheduled, at);
    }
  }
  const tomorrow = clock.dayStart(today + 1);
  if (unseen > 0 && newLeft <= 0 && tomorrow <= scheduled) return { kind: 'new', at: tomorrow };
  if (scheduled !== Number.POSITIVE_INFINITY) return { kind: 'scheduled', at: scheduled };
  return { kind: 'none' };
}

/** Cards with a schedule due before the end of today (learning, relearning, reviews), set-aside cards excluded. */
export function dueToday(cardIds: readonly string[], cards: Cards, flags: Flags, time: ReviewTime): number {
  const { now, clock } = time;
  const today = clock.day(now);
  const todayKey = clock.key(today);
  const end = clock.dayStart(today + 1);
  let count = 0;
  for (const id of cardIds) {
    const card = cards[id];
    if (card === undefined || card.state === STATE_NEW || isSetAside(flags[id], todayKey)) continue;
    if (dueAt(card, time) < end) count += 1;
  }
  return count;
}
