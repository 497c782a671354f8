import { DAY, STATE_REVIEW, type CardStateCode, type StoredCard } from '@/domain/review';
import type { ReviewTime } from '@/domain/review-queue';
import { localStudyClock } from '@/domain/study-day';

/**
 * These tests run three times in `npm test`: in the machine's timezone, under TZ=Asia/Seoul and
 * under TZ=America/Los_Angeles. Times are built from local wall-clock parts, so each run checks
 * the same local story in a different zone.
 */
export const local = (day: number, hour: number, minute = 0): number => new Date(2026, 10, day, hour, minute).getTime();

/** Tuesday 24 Nov 2026, 09:00 local. */
export const NOW = local(24, 9);

/** The browser's clock: its own timezone, a day starting at 04:00. */
export const clock = localStudyClock(4);

export function timeAt(now: number): ReviewTime {
  return { now, clock, plan: null };
}

export function card(state: CardStateCode, due: number, extra: Partial<StoredCard> = {}): StoredCard {
  return { due, stability: 5, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 3, lapses: 0, state, lastReview: due - 3 * DAY, ...extra };
}

export const reviewCard = (due: number, extra: Partial<StoredCard> = {}): StoredCard => card(STATE_REVIEW, due, extra);

export const ids = (n: number, prefix = 'n'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
