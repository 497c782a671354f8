/**
 * A small typed wrapper over ts-fsrs. Pure: `now` and the study clock are parameters, and cards go
 * in and out as stored (plain JSON, real times as epoch ms). Only the review views load this module.
 *
 * ts-fsrs counts elapsed days by UTC date. Every time handed to it is shifted by the study clock so
 * that its UTC date is the local study day, and every time it returns is shifted back: its elapsed
 * days are then study days in every timezone (a review at 23:00 and one at 00:30 are the same day).
 */
import { createEmptyCard, fsrs, GenSeedStrategyWithCardId, StrategyMode, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { effectiveDue, type InterviewPlan } from './interview';
import { GRADES, type CardStateCode, type Grade, type ReviewLogEntry, type StoredCard } from './review';
import type { StudyClock } from './study-day';

export interface SchedulerOptions {
  /** Desired retention, 0.7 to 0.99. */
  readonly desiredRetention: number;
  /**
   * Spread day intervals a little so cards learnt together do not stay together (on by default).
   * The spread is seeded by the card id and its repetition count, so the interval a button shows
   * is exactly the one grading gives.
   */
  readonly fuzz?: boolean;
}

export interface Scheduler {
  readonly options: Required<SchedulerOptions>;
  readonly fsrs: FSRS;
}

type SeededCard = Card & { cid: string };

export function createScheduler(options: SchedulerOptions): Scheduler {
  const full = { desiredRetention: options.desiredRetention, fuzz: options.fuzz ?? true };
  const instance = fsrs({ request_retention: full.desiredRetention, enable_fuzz: full.fuzz, enable_short_term: true });
  instance.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('cid'));
  return { options: full, fsrs: instance };
}

function toFsrs(cardId: string, stored: StoredCard | undefined, now: number, clock: StudyClock): SeededCard {
  if (stored === undefined) return { ...createEmptyCard(new Date(clock.toScheduler(now))), cid: cardId };
  return {
    cid: cardId,
    due: new Date(clock.toScheduler(stored.due)),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview === null ? {} : { last_review: new Date(clock.toScheduler(stored.lastReview)) }),
  };
}

function fromFsrs(card: Card, now: number, clock: StudyClock): StoredCard {
  return {
    due: clock.fromScheduler(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardStateCode,
    // ts-fsrs sets the last review to the time it was given: the real time is `now`.
    lastReview: card.last_review ? now : null,
  };
}

export interface GradeOutcome {
  /** The card's state after this grade. */
  readonly card: StoredCard;
  /** Milliseconds from now to when the card comes due (in interview mode, possibly earlier than FSRS's date). */
  readonly interval: number;
}

/**
 * What each grade would do to the card now: the intervals the grade buttons show. With an
 * interview plan, the interval is the one interview mode gives (see interview.ts).
 */
export function previewGrades(
  scheduler: Scheduler,
  cardId: string,
  stored: StoredCard | undefined,
  now: number,
  clock: StudyClock,
  plan: InterviewPlan | null = null,
): Record<Grade, GradeOutcome> {
  const shiftedNow = new Date(clock.toScheduler(now));
  const preview = scheduler.fsrs.repeat(toFsrs(cardId, stored, now, clock), shiftedNow);
  const out = {} as Record<Grade, GradeOutcome>;
  for (const grade of GRADES) {
    const card = fromFsrs(preview[grade as FsrsGrade].card, now, clock);
    out[grade] = { card, interval: effectiveDue(card, plan, clock) - now };
  }
  return out;
}

export interface GradeResult {
  /** The card's new state; for a cram grade, exactly the state it had (the schedule is not touched). */
  readonly next: StoredCard | undefined;
  readonly entry: ReviewLogEntry;
}

/**
 * Grades a card at `now`. A scheduled grade moves the card on with FSRS; a cram grade is only
 * logged, so reviewing a whole deck before the interview does not distort the long-term schedule.
 */
export function gradeCard(
  scheduler: Scheduler,
  cardId: string,
  stored: StoredCard | undefined,
  grade: Grade,
  now: number,
  clock: StudyClock,
  cram = false,
): GradeResult {
  const stateBefore: CardStateCode = stored?.state ?? 0;
  const entry: ReviewLogEntry = [now, cardId, grade, stateBefore, cram ? 1 : 0];
  if (cram) return { next: stored, entry };
  const result = scheduler.fsrs.next(toFsrs(cardId, stored, now, clock), new Date(clock.toScheduler(now)), grade as FsrsGrade);
  return { next: fromFsrs(result.card, now, clock), entry };
}

/** The study days ts-fsrs counts between a card's last review and `now` (what it feeds the model). */
export function elapsedStudyDays(stored: StoredCard | undefined, now: number, clock: StudyClock): number {
  if (stored === undefined || stored.lastReview === null) return 0;
  return clock.day(now) - clock.day(stored.lastReview);
}

export type IntervalUnit = 'minutes' | 'hours' | 'days' | 'months' | 'years';

/** An interval as a person reads it: 10 minutes, 3 hours, 4 days, 1.5 months, 2.1 years. */
export function intervalParts(ms: number): { unit: IntervalUnit; value: number } {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { unit: 'minutes', value: minutes };
  const hours = Math.round(ms / 3_600_000);
  if (hours < 24) return { unit: 'hours', value: hours };
  const days = Math.round(ms / 86_400_000);
  if (days < 30) return { unit: 'days', value: days };
  if (days < 365) return { unit: 'months', value: Math.round((days / 30) * 10) / 10 };
  return { unit: 'years', value: Math.round((days / 365) * 10) / 10 };
}
