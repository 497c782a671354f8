import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, STATE_LEARNING, STATE_REVIEW, type StoredCard } from '@/domain/review';
import { createScheduler, gradeCard, intervalParts, previewGrades } from '@/domain/scheduling';

// A fixed "now": 24 Nov 2026, 09:00 local time.
const NOW = new Date(2026, 10, 24, 9, 0).getTime();
const plain = createScheduler({ desiredRetention: 0.9, fuzz: false });

const reviewCard: StoredCard = {
  due: NOW - DAY,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 4,
  lapses: 0,
  state: STATE_REVIEW,
  lastReview: NOW - 11 * DAY,
};

describe('interval labels', () => {
  it('shows what each grade gives a new card: learning steps, then days for Easy', () => {
    const preview = previewGrades(plain, 'c1', undefined, NOW);
    expect(preview[1].interval).toBe(1 * MINUTE);
    expect(preview[2].interval).toBe(6 * MINUTE);
    expect(preview[3].interval).toBe(10 * MINUTE);
    expect(preview[4].interval).toBe(8 * DAY);
    expect([1, 2, 3, 4].map((g) => intervalParts(preview[g as 1 | 2 | 3 | 4].interval))).toEqual([
      { unit: 'minutes', value: 1 },
      { unit: 'minutes', value: 6 },
      { unit: 'minutes', value: 10 },
      { unit: 'days', value: 8 },
    ]);
  });

  it('graduates a learning card to days', () => {
    const learning = gradeCard(plain, 'c1', undefined, 3, NOW).next;
    expect(learning?.state).toBe(STATE_LEARNING);
    const preview = previewGrades(plain, 'c1', learning, NOW + 10 * MINUTE);
    expect(intervalParts(preview[3].interval)).toEqual({ unit: 'days', value: 2 });
    expect(intervalParts(preview[4].interval)).toEqual({ unit: 'days', value: 4 });
  });

  it('grows review intervals with the grade, and a higher desired retention shortens them', () => {
    const preview = previewGrades(plain, 'c1', reviewCard, NOW);
    expect(preview[1].card.state).toBe(3);
    expect(preview[2].interval).toBeLessThan(preview[3].interval);
    expect(preview[3].interval).toBeLessThan(preview[4].interval);
    const strict = previewGrades(createScheduler({ desiredRetention: 0.97, fuzz: false }), 'c1', reviewCard, NOW);
    expect(strict[3].interval).toBeLessThan(preview[3].interval);
  });

  it('reads intervals as a person does', () => {
    expect(intervalParts(20_000)).toEqual({ unit: 'minutes', value: 1 });
    expect(intervalParts(59 * MINUTE)).toEqual({ unit: 'minutes', value: 59 });
    expect(intervalParts(3 * HOUR)).toEqual({ unit: 'hours', value: 3 });
    expect(intervalParts(DAY)).toEqual({ unit: 'days', value: 1 });
    expect(intervalParts(45 * DAY)).toEqual({ unit: 'months', value: 1.5 });
    expect(intervalParts(800 * DAY)).toEqual({ unit: 'years', value: 2.2 });
  });
});

describe('grading', () => {
  it('stores plain JSON with times as numbers, and round-trips exactly', () => {
    const { next } = gradeCard(plain, 'c1', reviewCard, 3, NOW);
    expect(next).toBeDefined();
    expect(typeof next?.due).toBe('number');
    expect(next?.lastReview).toBe(NOW);
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
  });

  it('logs the grade with the state the card had', () => {
    expect(gradeCard(plain, 'c1', undefined, 3, NOW).entry).toEqual([NOW, 'c1', 3, 0, 0]);
    expect(gradeCard(plain, 'c1', reviewCard, 1, NOW).entry).toEqual([NOW, 'c1', 1, 2, 0]);
  });

  it('with fuzz on, the interval a button shows is the one grading gives, even seconds later', () => {
    const fuzzy = createScheduler({ desiredRetention: 0.9 });
    const shown = previewGrades(fuzzy, 'topic:docker:abc', reviewCard, NOW);
    for (const g of [1, 2, 3, 4] as const) {
      const later = NOW + 7_000;
      const { next } = gradeCard(fuzzy, 'topic:docker:abc', reviewCard, g, later);
      expect(next && next.due - later).toBe(shown[g].interval);
    }
  });

  it('a cram grade is logged but leaves the schedule exactly as it was', () => {
    const { next, entry } = gradeCard(plain, 'c1', reviewCard, 1, NOW, true);
    expect(next).toBe(reviewCard);
    expect(entry).toEqual([NOW, 'c1', 1, 2, 1]);
    expect(gradeCard(plain, 'c2', undefined, 4, NOW, true).next).toBeUndefined();
  });
});
