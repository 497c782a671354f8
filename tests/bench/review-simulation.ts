/**
 * A simulated learner preparing for an interview with the app's own queue, session and scheduler:
 * it studies once a day in the evening, grading every card the session shows. Its recall follows
 * FSRS with the default parameters (the probability of recalling a card is the card's
 * retrievability), and its grades follow the rating shares of the FSRS optimizer's simulator.
 * Used by `npm run bench` (the full figures) and by a unit test (a smaller run).
 */
import { interviewPlan, morningOf, recallAt } from '../../src/domain/interview.ts';
import { type Grade, type ReviewLogEntry, type StoredCard } from '../../src/domain/review.ts';
import { buildQueue, newCardBudget, type ReviewTime } from '../../src/domain/review-queue.ts';
import { afterGrade, pickNext, startSession } from '../../src/domain/review-session.ts';
import { createScheduler, gradeCard } from '../../src/domain/scheduling.ts';
import { studyClock } from '../../src/domain/study-day.ts';
import { seededRandom } from '../unit/seeded-random.ts';

export interface SimulationOptions {
  readonly cards: number;
  /** Study days before the interview day. */
  readonly days: number;
  readonly newCardsPerDay: number;
  readonly desiredRetention: number;
  readonly interviewMode: boolean;
  readonly seed: number;
}

export interface SimulationResult {
  /** Mean predicted recall of every card on the interview morning. */
  readonly meanRecall: number;
  /** Share of cards whose predicted recall on the morning is at or above 0.9. */
  readonly atLeast90: number;
  /** Grades given over the whole preparation. */
  readonly reviews: number;
  /** The most grades given on one day. */
  readonly busiestDay: number;
}

export const random = seededRandom;

/** First grade of a new card, and grade of a recalled card: the FSRS optimizer simulator's default shares. */
const FIRST_RATING: readonly number[] = [0.24, 0.094, 0.495, 0.171];
const RECALL_RATING: readonly number[] = [0.224, 0.632, 0.144];

function pick(shares: readonly number[], r: number): number {
  let sum = 0;
  for (let i = 0; i < shares.length; i += 1) {
    sum += shares[i] ?? 0;
    if (r < sum) return i;
  }
  return shares.length - 1;
}

const clock = studyClock({ dayStartHour: 4, timeZone: 'Asia/Seoul' });
/** The first study day: 2026-11-30; the learner studies at 20:00 Seoul time. */
const FIRST_DAY = clock.dayOfKey('2026-11-30');
const EVENING = 16 * 3_600_000;
const SECONDS_PER_CARD = 15_000;

export function simulate(options: SimulationOptions): SimulationResult {
  const rand = random(options.seed);
  const scheduler = createScheduler({ desiredRetention: options.desiredRetention });
  const ids = Array.from({ length: options.cards }, (_, i) => `topic:sim:${options.seed.toString(36)}-${i.toString(36).padStart(4, '0')}`);
  const interviewDay = FIRST_DAY + options.days;
  const interviewDate = clock.key(interviewDay);
  let cards: Record<string, StoredCard> = {};
  const log: ReviewLogEntry[] = [];
  let busiestDay = 0;

  const gradeFor = (card: StoredCard | undefined, now: number): Grade => {
    if (card === undefined) return (pick(FIRST_RATING, rand()) + 1) as Grade;
    const recall = recallAt(card, now);
    if (rand() >= recall) return 1;
    return (pick(RECALL_RATING, rand()) + 2) as Grade;
  };

  for (let day = FIRST_DAY; day < interviewDay; day += 1) {
    let now = clock.dayStart(day) + EVENING;
    const time = (): ReviewTime => ({ now, clock, plan: interviewPlan(interviewDate, options.desiredRetention, options.interviewMode, clock, now) });
    const budget = newCardBudget({
      allCardIds: ids,
      cards,
      flags: {},
      log,
      newCardsPerDay: options.newCardsPerDay,
      extraNew: null,
      time: time(),
    });
    let session = startSession(buildQueue({ cardIds: ids, cards, flags: {}, newLeft: budget.left, time: time() }), null);
    let last: string | null = null;
    let today = 0;
    for (;;) {
      const id = pickNext(session, cards, now, last);
      if (id === null) break;
      const card = cards[id];
      const grade = gradeFor(card, now);
      const { next, entry } = gradeCard(scheduler, id, card, grade, now, clock);
      if (next !== undefined) cards = { ...cards, [id]: next };
      log.push(entry);
      session = afterGrade(session, id, grade, next, now);
      last = id;
      today += 1;
      now += SECONDS_PER_CARD;
    }
    busiestDay = Math.max(busiestDay, today);
  }

  let sum = 0;
  let ready = 0;
  for (const id of ids) {
    const recall = recallAt(cards[id], morningOf(interviewDay, clock));
    sum += recall;
    if (recall >= 0.9) ready += 1;
  }
  return { meanRecall: sum / ids.length, atLeast90: ready / ids.length, reviews: log.length, busiestDay };
}

/** The mean of several seeded runs. */
export function simulateMany(options: Omit<SimulationOptions, 'seed'>, runs: number): SimulationResult {
  let meanRecall = 0;
  let atLeast90 = 0;
  let reviews = 0;
  let busiestDay = 0;
  for (let seed = 1; seed <= runs; seed += 1) {
    const result = simulate({ ...options, seed });
    meanRecall += result.meanRecall / runs;
    atLeast90 += result.atLeast90 / runs;
    reviews += result.reviews / runs;
    busiestDay += result.busiestDay / runs;
  }
  return { meanRecall, atLeast90, reviews, busiestDay };
}
