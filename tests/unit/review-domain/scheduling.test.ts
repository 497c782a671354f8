// @vitest-environment node
import { fsrs, createEmptyCard, Rating, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, STATE_LEARNING, STATE_REVIEW, type StoredCard } from '@/domain/review';
import { createScheduler, elapsedStudyDays, gradeCard, intervalParts, previewGrades } from '@/domain/scheduling';
import { studyClock } from '@/domain/study-day';
import { clock, local, NOW } from './helpers';

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
    const preview = previewGrades(plain, 'c1', undefined, NOW, clock);
    expect(preview[1].interval).toBe(1 * MINUTE);
    expect(preview[2].interval).toBe(6 * MINUTE);
    expect(preview[3].interval).toBe(10 * MINUTE);
    expect(intervalParts(preview[4].interval)).toEqual({ unit: 'days', value: 8 });
  });

  it('graduates a learning card to days', () => {
    const learning = gradeCard(plain, 'c1', undefined, 3, NOW, clock).next;
    expect(learning?.state).toBe(STATE_LEARNING);
    const preview = previewGrades(plain, 'c1', learning, NOW + 10 * MINUTE, clock);
    expect(intervalParts(preview[3].interval)).toEqual({ unit: 'days', value: 2 });
    expect(intervalParts(preview[4].interval)).toEqual({ unit: 'days', value: 4 });
  });

  it('grows review intervals with the grade, and a higher desired retention shortens them', () => {
    const preview = previewGrades(plain, 'c1', reviewCard, NOW, clock);
    expect(preview[1].card.state).toBe(3);
    expect(preview[2].interval).toBeLessThan(preview[3].interval);
    expect(preview[3].interval).toBeLessThan(preview[4].interval);
    const strict = previewGrades(createScheduler({ desiredRetention: 0.97, fuzz: false }), 'c1', reviewCard, NOW, clock);
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
  it('stores plain JSON with real times as numbers, and round-trips exactly', () => {
    const { next } = gradeCard(plain, 'c1', reviewCard, 3, NOW, clock);
    expect(typeof next?.due).toBe('number');
    expect(next?.lastReview).toBe(NOW);
    expect(clock.day(next?.due ?? 0) - clock.day(NOW)).toBe(next?.scheduledDays);
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
  });

  it('logs the grade with the state the card had', () => {
    expect(gradeCard(plain, 'c1', undefined, 3, NOW, clock).entry).toEqual([NOW, 'c1', 3, 0, 0]);
    expect(gradeCard(plain, 'c1', reviewCard, 1, NOW, clock).entry).toEqual([NOW, 'c1', 1, 2, 0]);
  });

  it('with fuzz on, the interval a button shows is the one grading gives, even seconds later', () => {
    const fuzzy = createScheduler({ desiredRetention: 0.9 });
    const shown = previewGrades(fuzzy, 'topic:docker:abc', reviewCard, NOW, clock);
    for (const g of [1, 2, 3, 4] as const) {
      const later = NOW + 7_000;
      const { next } = gradeCard(fuzzy, 'topic:docker:abc', reviewCard, g, later, clock);
      expect(next && next.due - later).toBe(shown[g].interval);
    }
  });

  it('a cram grade is logged but leaves the schedule exactly as it was', () => {
    const { next, entry } = gradeCard(plain, 'c1', reviewCard, 1, NOW, clock, true);
    expect(next).toBe(reviewCard);
    expect(entry).toEqual([NOW, 'c1', 1, 2, 1]);
    expect(gradeCard(plain, 'c2', undefined, 4, NOW, clock, true).next).toBeUndefined();
  });
});

describe('elapsed days are local study days in every timezone', () => {
  /** A review card last reviewed at `last`, graded Good at `at`: its new memory state. */
  const goodAt = (last: number, at: number): StoredCard | undefined =>
    gradeCard(plain, 'c1', { ...reviewCard, lastReview: last, due: last + 3 * DAY, stability: 3 }, 3, at, clock).next;

  it('a review at 23:00 and one at 00:30 are on the same day: a same-day review', () => {
    const at2300 = local(23, 23);
    const at0030 = local(24, 0, 30);
    expect(elapsedStudyDays({ ...reviewCard, lastReview: at2300 }, at0030, clock)).toBe(0);
    // The same memory state as a second review ten minutes later the same evening.
    expect(goodAt(at2300, at0030)?.stability).toBe(goodAt(at2300, at2300 + 10 * MINUTE)?.stability);
  });

  it('a review at 23:00 and one at 04:30 the next morning are a day apart', () => {
    expect(elapsedStudyDays({ ...reviewCard, lastReview: local(23, 23) }, local(24, 4, 30), clock)).toBe(1);
  });

  it('the same two-hour gap gives the same memory state at any hour of the day (not only away from UTC midnight)', () => {
    // Every two-hour gap from 04:00 to 01:00 the next night crosses UTC midnight in some timezone.
    const states = [4, 7, 8, 9, 12, 14, 15, 16, 17, 21, 23].map((hour) => goodAt(local(24, hour), local(24, hour) + 2 * HOUR)?.stability);
    expect(new Set(states).size).toBe(1);
  });

  it('ts-fsrs by itself would count the UTC date: the shift is what makes it local', () => {
    // Seoul 08:00 to 10:00 crosses UTC midnight (09:00 KST); unshifted, ts-fsrs sees a day pass.
    const f = fsrs({ request_retention: 0.9, enable_fuzz: false });
    const seoul = studyClock({ dayStartHour: 4, timeZone: 'Asia/Seoul' });
    const last = Date.UTC(2026, 10, 23, 23); // 08:00 KST, 24 Nov
    const at = Date.UTC(2026, 10, 24, 1); // 10:00 KST, 24 Nov
    const base: Card = {
      ...createEmptyCard(new Date(last)),
      state: 2,
      stability: 3,
      difficulty: 5,
      reps: 4,
      last_review: new Date(last),
      due: new Date(last + 3 * DAY),
    };
    expect(f.next(base, new Date(at), Rating.Good).log.elapsed_days).toBe(1);
    const shifted = { ...base, last_review: new Date(seoul.toScheduler(last)), due: new Date(seoul.toScheduler(last + 3 * DAY)) };
    expect(f.next(shifted, new Date(seoul.toScheduler(at)), Rating.Good).log.elapsed_days).toBe(0);
  });
});
