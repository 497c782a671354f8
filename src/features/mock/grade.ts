import type { TFunction } from 'i18next';
import type { Grade } from '@/domain/review';
import { createScheduler, gradeCard, intervalParts, previewGrades, type GradeOutcome } from '@/domain/scheduling';
import { clockOf } from '@/lib/review-time';
import { useAppStore } from '@/stores/app-store';
import { recordReview } from '@/stores/review-actions';

/**
 * A mock answer's grade goes into the behavioural card's schedule exactly as a review grade does:
 * the same scheduler, the same store action, the same log (so it shows in /stats). Practice only
 * is a cram grade: logged, the schedule untouched.
 */
export function gradeMockAnswer(cardId: string, grade: Grade, practice: boolean, now: number): void {
  const { review } = useAppStore.getState();
  const scheduler = createScheduler({ desiredRetention: review.settings.desiredRetention });
  const { next, entry } = gradeCard(scheduler, cardId, review.cards[cardId], grade, now, clockOf(review), practice);
  recordReview(cardId, next, entry);
}

/** What each grade would do to the card now (the intervals the grade buttons show). */
export function mockGradePreview(cardId: string, now: number): Record<Grade, GradeOutcome> {
  const { review } = useAppStore.getState();
  return previewGrades(createScheduler({ desiredRetention: review.settings.desiredRetention }), cardId, review.cards[cardId], now, clockOf(review));
}

/** An interval as the grade buttons show it: 10m, 3h, 4d. */
export function intervalText(ms: number, t: TFunction<'mock'>): string {
  const { unit, value } = intervalParts(ms);
  return t(`interval.${unit}`, { value });
}
