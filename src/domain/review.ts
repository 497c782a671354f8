/**
 * The review state the user builds up, as stored: plain JSON, times as epoch milliseconds.
 * Pure types and calendar helpers; no scheduler here, so light views can count cards.
 */

/** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardStateCode = 0 | 1 | 2 | 3;
export const STATE_NEW = 0;
export const STATE_LEARNING = 1;
export const STATE_REVIEW = 2;
export const STATE_RELEARNING = 3;

/** ts-fsrs `Rating` without Manual: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];
export const GRADE_NAMES = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const satisfies Record<Grade, string>;
export type GradeName = (typeof GRADE_NAMES)[Grade];

/** One card's FSRS scheduling state. A card with no entry is new (never graded). */
export interface StoredCard {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardStateCode;
  readonly lastReview: number | null;
}

/**
 * One grade, compact because the log grows with every review:
 * [time (epoch ms), card id, grade, the card's state before the grade, 1 if a cram grade].
 * Cram grades are logged but never change a card's schedule.
 */
export type ReviewLogEntry = readonly [at: number, cardId: string, grade: Grade, stateBefore: CardStateCode, cram: 0 | 1];

export interface ReviewSettings {
  /** The recall probability FSRS schedules for, 0.7 to 0.99. */
  readonly desiredRetention: number;
  /** New cards introduced per day (an interview date may raise it for a deck). */
  readonly newCardsPerDay: number;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { desiredRetention: 0.9, newCardsPerDay: 20 };
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const NEW_PER_DAY_MAX = 9999;

/** The persisted review state: card states keyed by card id (kept when a card's source is gone). */
export interface ReviewData {
  readonly cards: Readonly<Record<string, StoredCard>>;
  /** In time order (oldest first). */
  readonly log: readonly ReviewLogEntry[];
  readonly settings: ReviewSettings;
}

export const EMPTY_REVIEW_DATA: ReviewData = { cards: {}, log: [], settings: DEFAULT_REVIEW_SETTINGS };

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Local midnight starting the day of `ms`. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight `days` calendar days after the day of `ms` (correct across daylight-saving changes). */
export function addDays(ms: number, days: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** `YYYY-MM-DD` of the local day of `ms`. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
