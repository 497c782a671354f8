import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_REVIEW_DATA, STATE_LEARNING, STATE_NEW } from '@/domain/review';
import { createScheduler, gradeCard } from '@/domain/scheduling';
import { gradeMockAnswer } from '@/features/mock/grade';
import { clockOf } from '@/lib/review-time';
import { useAppStore } from '@/stores/app-store';

const CARD = 'prompt:lp:ownership';
const now = Date.UTC(2026, 10, 29, 3);

beforeEach(() => {
  useAppStore.setState({ review: EMPTY_REVIEW_DATA, reviewUndo: [] });
});

describe("a mock answer's grade", () => {
  it('goes into the behavioural card’s FSRS schedule exactly as a review grade does, through the same store action and log', () => {
    gradeMockAnswer(CARD, 3, false, now);
    const { review, reviewUndo } = useAppStore.getState();
    // What a review session would have stored for the same grade at the same time.
    const expected = gradeCard(createScheduler({ desiredRetention: review.settings.desiredRetention }), CARD, undefined, 3, now, clockOf(review));
    expect(review.cards[CARD]).toEqual(expected.next);
    expect(review.cards[CARD]?.state).toBe(STATE_LEARNING);
    expect(review.cards[CARD]?.due).toBeGreaterThan(now);
    expect(review.log).toEqual([[now, CARD, 3, STATE_NEW, 0]]);
    // Undo in a review session can take it back, like any grade.
    expect(reviewUndo.at(-1)?.cardId).toBe(CARD);
  });

  it('in practice only, is logged as a practice grade and leaves the schedule untouched', () => {
    gradeMockAnswer(CARD, 4, false, now);
    const scheduled = useAppStore.getState().review.cards[CARD];
    gradeMockAnswer(CARD, 1, true, now + 60_000);
    const { review } = useAppStore.getState();
    expect(review.cards[CARD]).toBe(scheduled);
    expect(review.log.at(-1)).toEqual([now + 60_000, CARD, 1, scheduled?.state, 1]);
  });

  it('in practice only on a card never graded, leaves it new', () => {
    gradeMockAnswer(CARD, 3, true, now);
    expect(useAppStore.getState().review.cards[CARD]).toBeUndefined();
  });
});
