import { useMemo } from 'react';
import { interviewPlan } from '@/domain/interview';
import { newCardBudget, type NewCardBudget, type ReviewTime } from '@/domain/review-queue';
import { localStudyClock, type StudyClock } from '@/domain/study-day';
import type { ReviewData } from '@/domain/review';
import { useAppStore } from '@/stores/app-store';
import type { LiveCardModel } from './live-model';
import { currentLiveCardModel, useLiveCardModel } from './use-live-cards';

/**
 * "Now" as review sees it, shared by every view that counts cards (dashboard, decks, session,
 * stats): one study clock (the browser's timezone and the `Start of day` hour), one interview
 * plan, one shared new-card budget, so every view gives the same figures.
 */

/** The study clock of the user's `Start of day`, in the browser's timezone. */
export function clockOf(review: ReviewData): StudyClock {
  return localStudyClock(review.settings.dayStartHour);
}

export function reviewTimeOf(review: ReviewData, interviewDate: string | null, now: number): ReviewTime {
  const clock = clockOf(review);
  return { now, clock, plan: interviewPlan(interviewDate, review.settings.desiredRetention, review.settings.interviewMode, clock, now) };
}

const allIds = new WeakMap<LiveCardModel, readonly string[]>();

/** Every card id of the live model (own cards and own questions included), in deck order; one array per model. */
export function allCardIds(model: LiveCardModel = currentLiveCardModel()): readonly string[] {
  let ids = allIds.get(model);
  if (ids === undefined) {
    ids = model.cards.map((card) => card.id);
    allIds.set(model, ids);
  }
  return ids;
}

/** Today's shared new-card budget. */
export function budgetOf(review: ReviewData, time: ReviewTime, cardIds: readonly string[] = allCardIds()): NewCardBudget {
  return newCardBudget({
    allCardIds: cardIds,
    cards: review.cards,
    flags: review.flags,
    log: review.log,
    newCardsPerDay: review.settings.newCardsPerDay,
    extraNew: review.extraNew,
    time,
  });
}

/** The review state, the time as review sees it at `now`, and today's budget, memoised. */
export function useReviewTime(now: number): { review: ReviewData; time: ReviewTime; budget: NewCardBudget } {
  const review = useAppStore((s) => s.review);
  const interviewDate = useAppStore((s) => s.settings.interviewDate);
  const model = useLiveCardModel();
  return useMemo(() => {
    const time = reviewTimeOf(review, interviewDate, now);
    return { review, time, budget: budgetOf(review, time, allCardIds(model)) };
  }, [review, interviewDate, now, model]);
}
