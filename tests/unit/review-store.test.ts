import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, DEFAULT_REVIEW_SETTINGS, EMPTY_REVIEW_DATA, STATE_REVIEW, type StoredCard } from '@/domain/review';
import { createScheduler, gradeCard } from '@/domain/scheduling';
import { STORAGE_KEY, useAppStore } from '@/stores/app-store';
import { InvalidUserDataError, migrateUserData, USER_DATA_VERSION, validateUserData } from '@/stores/user-data';

const NOW = new Date(2026, 10, 24, 9, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });
const reviewCard: StoredCard = {
  due: NOW - DAY,
  stability: 10.12345678901234,
  difficulty: 5.5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: STATE_REVIEW,
  lastReview: NOW - 11 * DAY,
};

function grade(cardId: string, g: 1 | 2 | 3 | 4, now: number, cram = false): void {
  const { recordReview, review } = useAppStore.getState();
  const { next, entry } = gradeCard(scheduler, cardId, review.cards[cardId], g, now, cram);
  recordReview(cardId, next, entry);
}

beforeEach(() => {
  useAppStore.setState({ review: EMPTY_REVIEW_DATA, reviewUndo: [] });
});

describe('review slice: grades and undo', () => {
  it('undo restores the exact previous state and removes the log entry', () => {
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, cards: { a: reviewCard }, log: [[NOW - 11 * DAY, 'a', 3, 2, 0]] } });
    const before = useAppStore.getState().review;
    grade('a', 1, NOW);
    const after = useAppStore.getState().review;
    expect(after.cards.a).not.toEqual(reviewCard);
    expect(after.cards.a?.lapses).toBe(2);
    expect(after.log).toHaveLength(2);

    const undone = useAppStore.getState().undoReview();
    expect(undone?.cardId).toBe('a');
    const restored = useAppStore.getState().review;
    expect(restored.cards.a).toBe(reviewCard);
    expect(restored.cards).toEqual(before.cards);
    expect(restored.log).toEqual(before.log);
    expect(useAppStore.getState().reviewUndo).toEqual([]);
    expect(useAppStore.getState().undoReview()).toBeNull();
  });

  it('undoing the first grade of a new card makes it new again (no stored state)', () => {
    grade('new', 3, NOW);
    expect(useAppStore.getState().review.cards.new).toBeDefined();
    useAppStore.getState().undoReview();
    expect(useAppStore.getState().review.cards).toEqual({});
    expect('new' in useAppStore.getState().review.cards).toBe(false);
    expect(useAppStore.getState().review.log).toEqual([]);
  });

  it('undoes several grades in reverse order', () => {
    grade('x', 3, NOW);
    const afterFirst = useAppStore.getState().review;
    grade('x', 3, NOW + 10 * 60_000);
    grade('y', 4, NOW + 11 * 60_000);
    useAppStore.getState().undoReview();
    useAppStore.getState().undoReview();
    expect(useAppStore.getState().review.cards).toEqual(afterFirst.cards);
    expect(useAppStore.getState().review.log).toEqual(afterFirst.log);
  });

  it('a cram grade is logged and undone without ever touching the card state', () => {
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, cards: { a: reviewCard } } });
    const cardsBefore = useAppStore.getState().review.cards;
    grade('a', 1, NOW, true);
    grade('new', 4, NOW, true);
    expect(useAppStore.getState().review.cards).toBe(cardsBefore);
    expect(useAppStore.getState().review.log).toEqual([
      [NOW, 'a', 1, 2, 1],
      [NOW, 'new', 4, 0, 1],
    ]);
    useAppStore.getState().undoReview();
    expect(useAppStore.getState().review.cards).toBe(cardsBefore);
    expect(useAppStore.getState().review.log).toHaveLength(1);
  });

  it('persists card states, the log and settings, but not the undo stack', () => {
    grade('a', 3, NOW);
    useAppStore.getState().setReviewSettings({ newCardsPerDay: 7 });
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown>; version: number };
    expect(stored.version).toBe(USER_DATA_VERSION);
    expect(Object.keys(stored.state).sort()).toEqual(['review', 'settings']);
    expect(stored.state.review).toEqual(useAppStore.getState().review);
    expect((stored.state.review as { settings: unknown }).settings).toEqual({ desiredRetention: 0.9, newCardsPerDay: 7 });
  });
});

describe('review state: migration and validation', () => {
  /** What version 1 stored: settings only. */
  const version1 = {
    state: { settings: { language: 'ko', theme: 'dark', interviewDate: '2026-12-04' } },
    version: 1,
  };

  it('migrates version 1 data by adding an empty review state, keeping the settings', () => {
    const migrated = migrateUserData(structuredClone(version1.state), 1);
    expect(validateUserData(migrated)).toEqual({
      settings: { language: 'ko', theme: 'dark', interviewDate: '2026-12-04' },
      review: { cards: {}, log: [], settings: DEFAULT_REVIEW_SETTINGS },
    });
  });

  it('hydrates the store from version 1 in localStorage and writes it back as the current version', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(version1));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().settings.language).toBe('ko');
    expect(useAppStore.getState().review).toEqual(EMPTY_REVIEW_DATA);
    const written = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { version: number; state: { review: unknown } };
    expect(written.version).toBe(USER_DATA_VERSION);
    expect(written.state.review).toEqual(EMPTY_REVIEW_DATA);
  });

  it('hydrates stored review state of the current version as it was', async () => {
    const review = { cards: { a: reviewCard }, log: [[NOW, 'a', 3, 2, 0]], settings: { desiredRetention: 0.85, newCardsPerDay: 12 } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { settings: version1.state.settings, review }, version: USER_DATA_VERSION }));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().review).toEqual(review);
  });

  it('rejects bad review data, naming the field', () => {
    const valid = { settings: version1.state.settings, review: EMPTY_REVIEW_DATA };
    const bad = (review: unknown): string => {
      try {
        validateUserData({ ...valid, review });
      } catch (error) {
        if (error instanceof InvalidUserDataError) return error.path;
        throw error;
      }
      return 'valid';
    };
    expect(bad(EMPTY_REVIEW_DATA)).toBe('valid');
    expect(bad(undefined)).toBe('review');
    expect(bad({ ...EMPTY_REVIEW_DATA, cards: { a: { ...reviewCard, due: '2026-11-24' } } })).toBe('review.cards["a"].due');
    expect(bad({ ...EMPTY_REVIEW_DATA, cards: { a: { ...reviewCard, state: 7 } } })).toBe('review.cards["a"].state');
    expect(bad({ ...EMPTY_REVIEW_DATA, log: [[NOW, 'a', 5, 2, 0]] })).toBe('review.log[0]');
    expect(bad({ ...EMPTY_REVIEW_DATA, settings: { desiredRetention: 2, newCardsPerDay: 20 } })).toBe('review.settings.desiredRetention');
    expect(bad({ ...EMPTY_REVIEW_DATA, settings: { desiredRetention: 0.9, newCardsPerDay: 2.5 } })).toBe('review.settings.newCardsPerDay');
  });

  it('refuses data from a newer version', () => {
    expect(() => migrateUserData({}, USER_DATA_VERSION + 1)).toThrow(InvalidUserDataError);
  });
});
