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
  /** New cards introduced per day, shared by every deck (an interview date may raise it). */
  readonly newCardsPerDay: number;
  /** The local hour a study day begins (`Start of day`), 0 to 23. */
  readonly dayStartHour: number;
  /**
   * With an interview date: a card whose predicted recall on the interview morning would fall
   * below the desired retention comes due the day before (see interview.ts).
   */
  readonly interviewMode: boolean;
  /** Cards in a session: 10, 20, or every card due (null). */
  readonly sessionLength: 10 | 20 | null;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { desiredRetention: 0.9, newCardsPerDay: 20, dayStartHour: 4, interviewMode: true, sessionLength: null };
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const NEW_PER_DAY_MAX = 9999;
/** How many new cards `More new cards today` adds. */
export const EXTRA_NEW_STEP = 10;
/** A card forgotten this many times is a leech (Anki's default threshold). */
export const LEECH_LAPSES = 8;

/** What the user set aside: a suspended card never comes up; a buried one not on that study day. */
export interface CardFlags {
  readonly suspended: boolean;
  /** `YYYY-MM-DD` of the study day the card is buried for, or null. */
  readonly buriedDay: string | null;
}

export const NO_FLAGS: CardFlags = { suspended: false, buriedDay: null };

/** New cards allowed on one study day beyond the limit (`More new cards today`). */
export interface ExtraNew {
  /** `YYYY-MM-DD` of the study day it applies to; on any other day it is ignored. */
  readonly day: string;
  readonly count: number;
}

/** The persisted review state: card states keyed by card id (kept when a card's source is gone). */
export interface ReviewData {
  readonly cards: Readonly<Record<string, StoredCard>>;
  /** In time order (oldest first). */
  readonly log: readonly ReviewLogEntry[];
  readonly settings: ReviewSettings;
  /** Suspended and buried cards, keyed by card id (cards without flags have no entry). */
  readonly flags: Readonly<Record<string, CardFlags>>;
  readonly extraNew: ExtraNew | null;
}

export const EMPTY_REVIEW_DATA: ReviewData = { cards: {}, log: [], settings: DEFAULT_REVIEW_SETTINGS, flags: {}, extraNew: null };

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const isLeech = (card: StoredCard | undefined): boolean => card !== undefined && card.lapses >= LEECH_LAPSES;

/** Whether two cards' flags say the same (no entry reads as neither suspended nor buried). */
export const sameFlags = (a: CardFlags | undefined, b: CardFlags | undefined): boolean =>
  (a?.suspended ?? false) === (b?.suspended ?? false) && (a?.buriedDay ?? null) === (b?.buriedDay ?? null);

/** Flags as stored: no entry for a card with none. */
export const storedFlags = (flags: CardFlags): CardFlags | undefined => (flags.suspended || flags.buriedDay !== null ? flags : undefined);
