/**
 * Figures over the review state: what was done, streaks, heatmap, forecast, retention, accuracy,
 * the hardest cards. Pure and light (no scheduler); days are study days (see study-day.ts).
 */
import { LEECH_LAPSES, STATE_NEW, STATE_REVIEW, type CardFlags, type ReviewLogEntry, type StoredCard } from './review';
import { dueAt, isSetAside, type ReviewTime } from './review-queue';
import type { StudyClock } from './study-day';

/** Grades given on the current study day (scheduled and cram). */
export function reviewedToday(log: readonly ReviewLogEntry[], now: number, clock: StudyClock): number {
  const today = clock.day(now);
  const start = clock.dayStart(today);
  const end = clock.dayStart(today + 1);
  let count = 0;
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i];
    if (!entry || entry[0] < start) break;
    if (entry[0] < end) count += 1;
  }
  return count;
}

/** Grades per study day, keyed by day number. */
export function reviewsByDay(log: readonly ReviewLogEntry[], clock: StudyClock): Map<number, number> {
  const out = new Map<number, number>();
  for (const [at] of log) {
    const day = clock.day(at);
    out.set(day, (out.get(day) ?? 0) + 1);
  }
  return out;
}

/**
 * Consecutive study days with at least one grade, ending today; a streak that ended yesterday
 * still counts (today is not over yet).
 */
export function streak(log: readonly ReviewLogEntry[], now: number, clock: StudyClock): number {
  const days = reviewsByDay(log, clock);
  const today = clock.day(now);
  let day = days.has(today) ? today : today - 1;
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day -= 1;
  }
  return count;
}

export interface HeatmapDay {
  /** `YYYY-MM-DD` of the study day. */
  readonly date: string;
  readonly count: number;
  /** After today: shown as an empty cell. */
  readonly future: boolean;
}

/** Monday = 0 … Sunday = 6 of a day number (day 0, 1970-01-01, was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/**
 * Grades per study day as whole weeks (Monday first) ending with the current week: `weeks` rows
 * of seven days, oldest week first.
 */
export function heatmap(log: readonly ReviewLogEntry[], now: number, clock: StudyClock, weeks: number): HeatmapDay[][] {
  const days = reviewsByDay(log, clock);
  const today = clock.day(now);
  const firstMonday = today - weekdayOf(today) - (weeks - 1) * 7;
  const rows: HeatmapDay[][] = [];
  for (let w = 0; w < weeks; w += 1) {
    const row: HeatmapDay[] = [];
    for (let d = 0; d < 7; d += 1) {
      const day = firstMonday + w * 7 + d;
      row.push({ date: clock.key(day), count: days.get(day) ?? 0, future: day > today });
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Cards due on each of the next `days` study days; day 0 (today) includes everything overdue.
 * New and set-aside cards are not counted; interview mode's dates are.
 */
export function dueForecast(
  cardIds: readonly string[],
  cards: Readonly<Record<string, StoredCard>>,
  flags: Readonly<Record<string, CardFlags>>,
  time: ReviewTime,
  days: number,
): number[] {
  const out = new Array<number>(days).fill(0);
  const today = time.clock.day(time.now);
  const todayKey = time.clock.key(today);
  for (const id of cardIds) {
    const card = cards[id];
    if (card === undefined || card.state === STATE_NEW || isSetAside(flags[id], todayKey)) continue;
    const index = Math.max(0, time.clock.day(dueAt(card, time)) - today);
    if (index < days) out[index] = (out[index] ?? 0) + 1;
  }
  return out;
}

export interface Retention {
  /** Grades other than Again. */
  readonly passed: number;
  readonly total: number;
  /** passed / total, or null with no reviews of cards in the review stage. */
  readonly rate: number | null;
}

/** Share of non-Again grades on cards in review state (learning steps and cram grades excluded), since `since`. */
export function retention(log: readonly ReviewLogEntry[], since = Number.NEGATIVE_INFINITY): Retention {
  let passed = 0;
  let total = 0;
  for (const [at, , grade, state, cram] of log) {
    if (at < since || cram === 1 || state !== STATE_REVIEW) continue;
    total += 1;
    if (grade !== 1) passed += 1;
  }
  return { passed, total, rate: total === 0 ? null : passed / total };
}

/**
 * Why retention has no figure yet: nothing graded at all, or only cards still in learning steps
 * (a card reaches the review stage from the day after it is learnt: `firstReviewAt` is when the
 * first one comes due, or null if none is scheduled).
 */
export type NoRetention = { readonly kind: 'nothing' } | { readonly kind: 'learning'; readonly firstReviewAt: number | null };

export function whyNoRetention(log: readonly ReviewLogEntry[], cards: Readonly<Record<string, StoredCard>>): NoRetention {
  if (!log.some((entry) => entry[4] === 0)) return { kind: 'nothing' };
  let first = Number.POSITIVE_INFINITY;
  for (const card of Object.values(cards)) if (card.state === STATE_REVIEW) first = Math.min(first, card.due);
  return { kind: 'learning', firstReviewAt: first === Number.POSITIVE_INFINITY ? null : first };
}

export interface Accuracy {
  /** Grades given (cram excluded). */
  readonly grades: number;
  /** Of them, not Again. */
  readonly passed: number;
  /** passed / grades, or null with none. */
  readonly rate: number | null;
}

/** Share of grades other than Again on the given cards, every stage (cram excluded). */
export function accuracy(log: readonly ReviewLogEntry[], cardIds: ReadonlySet<string>): Accuracy {
  let grades = 0;
  let passed = 0;
  for (const [, id, grade, , cram] of log) {
    if (cram === 1 || !cardIds.has(id)) continue;
    grades += 1;
    if (grade !== 1) passed += 1;
  }
  return { grades, passed, rate: grades === 0 ? null : passed / grades };
}

export interface HardCard {
  readonly id: string;
  /** Again grades given to it (cram excluded). */
  readonly again: number;
  readonly grades: number;
  readonly lapses: number;
  /** FSRS difficulty, 1 (easy) to 10 (hard). */
  readonly difficulty: number;
}

/**
 * The cards forgotten most: by Again grades, then lapses, then FSRS difficulty. Only cards with at
 * least one Again are listed (a card always recalled is not hard).
 */
export function hardestCards(log: readonly ReviewLogEntry[], cards: Readonly<Record<string, StoredCard>>, known: ReadonlySet<string>, limit = 10): HardCard[] {
  const again = new Map<string, number>();
  const grades = new Map<string, number>();
  for (const [, id, grade, , cram] of log) {
    if (cram === 1 || !known.has(id)) continue;
    grades.set(id, (grades.get(id) ?? 0) + 1);
    if (grade === 1) again.set(id, (again.get(id) ?? 0) + 1);
  }
  const out: HardCard[] = [];
  for (const [id, count] of again) {
    const card = cards[id];
    out.push({ id, again: count, grades: grades.get(id) ?? count, lapses: card?.lapses ?? 0, difficulty: card?.difficulty ?? 0 });
  }
  out.sort((a, b) => b.again - a.again || b.lapses - a.lapses || b.difficulty - a.difficulty || a.id.localeCompare(b.id));
  return out.slice(0, limit);
}

/** Cards forgotten LEECH_LAPSES times or more, most lapses first. */
export function leeches(cards: Readonly<Record<string, StoredCard>>, known: ReadonlySet<string>): { id: string; lapses: number }[] {
  const out: { id: string; lapses: number }[] = [];
  for (const [id, card] of Object.entries(cards)) if (known.has(id) && card.lapses >= LEECH_LAPSES) out.push({ id, lapses: card.lapses });
  return out.sort((a, b) => b.lapses - a.lapses || a.id.localeCompare(b.id));
}

/** Stored card states whose card is no longer in the content: kept (history is never deleted), hidden from decks. */
export function hiddenCards(cards: Readonly<Record<string, StoredCard>>, known: ReadonlySet<string>): number {
  let count = 0;
  for (const id of Object.keys(cards)) if (!known.has(id)) count += 1;
  return count;
}
