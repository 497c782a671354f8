/**
 * Readiness on the interview day, and interview mode. Pure and light (no scheduler), so the
 * dashboard can show readiness without loading ts-fsrs.
 *
 * Predicted recall is FSRS retrievability: R(t, S) = (1 + F·t/S)^(−decay), with t the time since
 * the card's last review in days (fractional, as Anki shows a card's retrievability) and F chosen so
 * that R(S, S) = 0.9. The interview morning is 09:00 local on the interview day.
 *
 * Interview mode changes when a card comes due, never its memory state: a review card whose
 * predicted recall on the interview morning would fall below the desired retention, and which
 * FSRS would not show again before the interview, is due on the last study day before it (the
 * latest day a review still helps on the morning). Cards that will be fine anyway keep their date.
 */
import { DAY, HOUR, STATE_NEW, STATE_REVIEW, type StoredCard } from './review';
import type { StudyClock } from './study-day';

/**
 * The decay of the FSRS-6 default parameters (w[20]) that ts-fsrs 5.4.2 ships (`default_w`);
 * written here so the forgetting curve does not load the scheduler. A unit test checks both agree.
 */
export const FSRS_DECAY = 0.1542;
const FACTOR = Math.pow(0.9, -1 / FSRS_DECAY) - 1;

/** Probability of recall after `elapsedDays` days for a memory of stability `stability` (days). */
export function retrievability(elapsedDays: number, stability: number): number {
  if (!(stability > 0)) return 0;
  return Math.pow(1 + (FACTOR * Math.max(0, elapsedDays)) / stability, -FSRS_DECAY);
}

/** Predicted recall of a card at an instant; 0 for a card never graded. */
export function recallAt(card: StoredCard | undefined, at: number): number {
  if (card === undefined || card.state === STATE_NEW || card.lastReview === null) return 0;
  return retrievability((at - card.lastReview) / DAY, card.stability);
}

/** The local hour the interview morning is taken at. */
export const INTERVIEW_MORNING_HOUR = 9;

/** 09:00 local on a study day (or the day's start, if the day starts later than that). */
export function morningOf(day: number, clock: StudyClock): number {
  return clock.dayStart(day) + Math.max(0, INTERVIEW_MORNING_HOUR - clock.rule.dayStartHour) * HOUR;
}

export interface InterviewPlan {
  /** The study day of the interview. */
  readonly day: number;
  /** The study day it is now. */
  readonly today: number;
  /** The interview morning (see morningOf): when predicted recall is taken. */
  readonly morning: number;
  /** Recall to reach on the interview morning: the desired retention. */
  readonly retention: number;
  /** Interview mode on: cards that would fall below it come due the day before. */
  readonly mode: boolean;
}

/** The plan up to the interview day (included); null without a date or once the day has passed. */
export function interviewPlan(interviewDate: string | null, retention: number, mode: boolean, clock: StudyClock, now: number): InterviewPlan | null {
  if (interviewDate === null) return null;
  const day = clock.dayOfKey(interviewDate);
  const today = clock.day(now);
  if (!Number.isFinite(day) || day < today) return null;
  return { day, today, morning: morningOf(day, clock), retention, mode };
}

/** Study days left before the interview day (today included), or 0 on the day itself. */
export const studyDaysLeft = (plan: InterviewPlan): number => plan.day - plan.today;

/**
 * When a card comes due: its FSRS due time, or, in interview mode, the start of the last study day
 * before the interview if the card would otherwise reach the morning below the desired retention.
 */
export function effectiveDue(card: StoredCard, plan: InterviewPlan | null, clock: StudyClock): number {
  if (plan === null || !plan.mode || plan.today >= plan.day || card.state !== STATE_REVIEW || card.lastReview === null) return card.due;
  const lastUseful = plan.day - 1;
  // Already due in time, or last reviewed on that day: nothing earlier would help.
  if (clock.day(card.due) <= lastUseful || clock.day(card.lastReview) >= lastUseful) return card.due;
  if (recallAt(card, plan.morning) >= plan.retention) return card.due;
  return Math.min(card.due, clock.dayStart(lastUseful));
}

export interface Readiness {
  /** Cards in the deck. */
  readonly cards: number;
  /** Cards graded at least once. */
  readonly seen: number;
  /** Mean predicted recall on the interview morning over the cards seen; null if none. */
  readonly meanRecall: number | null;
  /** Cards (of all) whose predicted recall on the morning reaches the desired retention. */
  readonly ready: number;
}

/** Predicted recall on the interview morning if nothing more were reviewed. */
export function readiness(cardIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, plan: InterviewPlan): Readiness {
  let seen = 0;
  let sum = 0;
  let ready = 0;
  for (const id of cardIds) {
    const card = cards[id];
    if (card === undefined || card.state === STATE_NEW) continue;
    const recall = recallAt(card, plan.morning);
    seen += 1;
    sum += recall;
    if (recall >= plan.retention) ready += 1;
  }
  return { cards: cardIds.length, seen, meanRecall: seen === 0 ? null : sum / seen, ready };
}
