/**
 * Figures over the review state: what is due, what was done, streaks, forecast, retention.
 * Pure and light (no scheduler), so the dashboard can show them on the first page.
 */
import { addDays, dayKey, STATE_NEW, STATE_REVIEW, startOfDay, type ReviewLogEntry, type StoredCard } from './review';

/** Cards (of those given) with a schedule that are due before the end of today: learning, relearning, reviews. */
export function dueToday(cardIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, now: number): number {
  const end = addDays(now, 1);
  let count = 0;
  for (const id of cardIds) {
    const card = cards[id];
    if (card !== undefined && card.state !== STATE_NEW && card.due < end) count += 1;
  }
  return count;
}

/** Grades given since the start of today (scheduled and cram). */
export function reviewedToday(log: readonly ReviewLogEntry[], now: number): number {
  const start = startOfDay(now);
  const end = addDays(now, 1);
  let count = 0;
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i];
    if (!entry || entry[0] < start) break;
    if (entry[0] < end) count += 1;
  }
  return count;
}

/** Grades per local day, keyed `YYYY-MM-DD`. */
export function reviewsByDay(log: readonly ReviewLogEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [at] of log) {
    const key = dayKey(at);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Consecutive days with at least one grade, ending today; a streak that ended yesterday still
 * counts (today is not over yet).
 */
export function streak(log: readonly ReviewLogEntry[], now: number): number {
  const days = reviewsByDay(log);
  let day = days.has(dayKey(now)) ? startOfDay(now) : addDays(now, -1);
  let count = 0;
  while (days.has(dayKey(day))) {
    count += 1;
    day = addDays(day, -1);
  }
  return count;
}

export interface HeatmapDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly count: number;
  /** After today: shown as an empty cell. */
  readonly future: boolean;
}

/**
 * Reviews per day as whole weeks (Monday first) ending with the current week: `weeks` rows of
 * seven days, oldest week first.
 */
export function heatmap(log: readonly ReviewLogEntry[], now: number, weeks: number): HeatmapDay[][] {
  const days = reviewsByDay(log);
  const today = startOfDay(now);
  const weekday = (new Date(today).getDay() + 6) % 7;
  const firstMonday = addDays(today, -weekday - (weeks - 1) * 7);
  const rows: HeatmapDay[][] = [];
  for (let w = 0; w < weeks; w += 1) {
    const row: HeatmapDay[] = [];
    for (let d = 0; d < 7; d += 1) {
      const day = addDays(firstMonday, w * 7 + d);
      const date = dayKey(day);
      row.push({ date, count: days.get(date) ?? 0, future: day > today });
    }
    rows.push(row);
  }
  return rows;
}

/** Cards due on each of the next `days` days; day 0 (today) includes everything overdue. New cards are not counted. */
export function dueForecast(cardIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, now: number, days: number): number[] {
  const out = new Array<number>(days).fill(0);
  const ends = Array.from({ length: days }, (_, i) => addDays(now, i + 1));
  for (const id of cardIds) {
    const card = cards[id];
    if (card === undefined || card.state === STATE_NEW) continue;
    const index = ends.findIndex((end) => card.due < end);
    if (index !== -1) out[index] = (out[index] ?? 0) + 1;
  }
  return out;
}

export interface Retention {
  /** Grades other than Again. */
  readonly passed: number;
  readonly total: number;
  /** passed / total, or null with no reviews. */
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

/** Stored card states whose card is no longer in the content: kept (history is never deleted), hidden from decks. */
export function hiddenCards(cards: Readonly<Record<string, StoredCard>>, known: ReadonlySet<string>): number {
  let count = 0;
  for (const id of Object.keys(cards)) if (!known.has(id)) count += 1;
  return count;
}
