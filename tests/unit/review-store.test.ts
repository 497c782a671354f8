// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, DEFAULT_REVIEW_SETTINGS, EMPTY_REVIEW_DATA, STATE_REVIEW, type StoredCard } from '@/domain/review';
import { createScheduler, gradeCard } from '@/domain/scheduling';
import { localStudyClock } from '@/domain/study-day';
import { createAppStore, STORAGE_KEY, useAppStore } from '@/stores/app-store';
import { recordReview, setCardFlags, undoReview } from '@/stores/review-actions';
import { EMPTY_USER_DATA, InvalidUserDataError, mergeUserData, migrateUserData, USER_DATA_VERSION, validateUserData } from '@/stores/user-data';
import { MemoryStorage } from './stores/memory-storage';

const NOW = new Date(2026, 10, 24, 9, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });
const clock = localStudyClock(4);
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
  const { review } = useAppStore.getState();
  const { next, entry } = gradeCard(scheduler, cardId, review.cards[cardId], g, now, clock, cram);
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

    const undone = undoReview();
    expect(undone.ok && undone.undone.cardId).toBe('a');
    const restored = useAppStore.getState().review;
    expect(restored.cards.a).toBe(reviewCard);
    expect(restored.cards).toEqual(before.cards);
    expect(restored.log).toEqual(before.log);
    expect(useAppStore.getState().reviewUndo).toEqual([]);
    expect(undoReview()).toEqual({ ok: false, reason: 'empty' });
  });

  it('undoing the first grade of a new card makes it new again (no stored state)', () => {
    grade('new', 3, NOW);
    expect(useAppStore.getState().review.cards.new).toBeDefined();
    undoReview();
    expect(useAppStore.getState().review.cards).toEqual({});
    expect('new' in useAppStore.getState().review.cards).toBe(false);
    expect(useAppStore.getState().review.log).toEqual([]);
  });

  it('undoes several grades in reverse order', () => {
    grade('x', 3, NOW);
    const afterFirst = useAppStore.getState().review;
    grade('x', 3, NOW + 10 * 60_000);
    grade('y', 4, NOW + 11 * 60_000);
    undoReview();
    undoReview();
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
    undoReview();
    expect(useAppStore.getState().review.cards).toBe(cardsBefore);
    expect(useAppStore.getState().review.log).toHaveLength(1);
  });

  it('persists card states, the log and settings, but not the undo stack', () => {
    const storage = new MemoryStorage();
    const { store, persistence } = createAppStore({ getStorage: () => storage, target: null });
    const { next, entry } = gradeCard(scheduler, 'a', undefined, 3, NOW, clock);
    recordReview('a', next, entry, store);
    store.getState().setReviewSettings({ newCardsPerDay: 7 });
    persistence.flush();
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown>; version: number };
    expect(stored.version).toBe(USER_DATA_VERSION);
    expect(Object.keys(stored.state).sort()).toEqual(Object.keys(EMPTY_USER_DATA).sort());
    expect(stored.state.review).toEqual(store.getState().review);
    expect(stored.state).not.toHaveProperty('reviewUndo');
    expect((stored.state.review as { settings: unknown }).settings).toEqual({ ...DEFAULT_REVIEW_SETTINGS, newCardsPerDay: 7 });
    persistence.dispose();
  });
});

describe('review slice: set aside, more new cards, and undo that cannot destroy', () => {
  it('suspends and buries a card, and undo lifts it again', () => {
    setCardFlags('a', { suspended: false, buriedDay: '2026-11-24' });
    setCardFlags('b', { suspended: true, buriedDay: null });
    expect(useAppStore.getState().review.flags).toEqual({ a: { suspended: false, buriedDay: '2026-11-24' }, b: { suspended: true, buriedDay: null } });
    expect(undoReview().ok).toBe(true);
    expect(useAppStore.getState().review.flags).toEqual({ a: { suspended: false, buriedDay: '2026-11-24' } });
    setCardFlags('a', { suspended: false, buriedDay: null });
    expect(useAppStore.getState().review.flags).toEqual({});
  });

  it('More new cards today adds up on one day and starts over on the next', () => {
    const { addExtraNew } = useAppStore.getState();
    addExtraNew('2026-11-24', 10);
    addExtraNew('2026-11-24', 10);
    expect(useAppStore.getState().review.extraNew).toEqual({ day: '2026-11-24', count: 20 });
    addExtraNew('2026-11-25', 10);
    expect(useAppStore.getState().review.extraNew).toEqual({ day: '2026-11-25', count: 10 });
  });

  it('refuses to undo a grade once the card moved on (another tab graded it), and keeps that state', () => {
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, cards: { a: reviewCard } } });
    grade('a', 3, NOW);
    // Another tab's later grade of the same card arrives through a merge.
    const elsewhere = { ...reviewCard, lastReview: NOW + 60_000, stability: 42 };
    useAppStore.setState((s) => ({ review: { ...s.review, cards: { a: elsewhere } } }));
    expect(undoReview()).toEqual({ ok: false, reason: 'changed' });
    expect(useAppStore.getState().review.cards.a).toBe(elsewhere);
    expect(useAppStore.getState().reviewUndo).toEqual([]);
  });

  it('an import (persistence.replace) clears the undo history: undo cannot put back the state before it', () => {
    const storage = new MemoryStorage();
    const { store, persistence } = createAppStore({ getStorage: () => storage, target: null });
    const { next, entry } = gradeCard(scheduler, 'a', undefined, 3, NOW, clock);
    recordReview('a', next, entry, store);
    const generation = store.getState().reviewGeneration;
    const imported = { ...EMPTY_USER_DATA, review: { ...EMPTY_REVIEW_DATA, cards: { a: reviewCard }, log: [[NOW - DAY, 'a', 3, 2, 0] as const] } };
    persistence.replace(imported);
    expect(store.getState().reviewUndo).toEqual([]);
    expect(store.getState().reviewGeneration).toBe(generation + 1);
    expect(undoReview(store)).toEqual({ ok: false, reason: 'empty' });
    expect(store.getState().review.cards.a).toEqual(reviewCard);
    persistence.dispose();
  });

  it("another tab's merge clears the undo history too", () => {
    const storage = new MemoryStorage();
    const { store, persistence } = createAppStore({ getStorage: () => storage, target: window });
    const { next, entry } = gradeCard(scheduler, 'a', undefined, 3, NOW, clock);
    recordReview('a', next, entry, store);
    persistence.flush();
    const other = { ...EMPTY_USER_DATA, review: { ...store.getState().review, cards: { ...store.getState().review.cards, b: reviewCard } } };
    const raw = JSON.stringify({ state: other, version: USER_DATA_VERSION });
    storage.setItem(STORAGE_KEY, raw);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: raw }));
    expect(store.getState().review.cards.b).toEqual(reviewCard);
    expect(store.getState().reviewUndo).toEqual([]);
    persistence.dispose();
  });
});

describe('review state: migration and validation', () => {
  /** What version 1 stored: settings only. */
  const version1 = {
    state: { settings: { language: 'ko', theme: 'dark', interviewDate: '2026-12-04' } },
    version: 1,
  };

  it('migrates version 1 data by adding an empty review state, keeping the settings', () => {
    const migrated = validateUserData(migrateUserData(structuredClone(version1.state), 1));
    expect(migrated.settings).toEqual({ language: 'ko', theme: 'dark', interviewDate: '2026-12-04', shortcuts: true });
    expect(migrated.review).toEqual(EMPTY_REVIEW_DATA);
  });

  it('hydrates the store from version 1 in storage and writes it back as the current version', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(version1));
    const { store, persistence } = createAppStore({ getStorage: () => storage, target: null });
    expect(store.getState().settings.language).toBe('ko');
    expect(store.getState().review).toEqual(EMPTY_REVIEW_DATA);
    persistence.flush();
    const written = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { version: number; state: { review: unknown } };
    expect(written.version).toBe(USER_DATA_VERSION);
    expect(written.state.review).toEqual(EMPTY_REVIEW_DATA);
    persistence.dispose();
  });

  it('hydrates stored review state of the current version as it was', () => {
    const review = {
      cards: { a: reviewCard },
      log: [[NOW, 'a', 3, 2, 0]],
      settings: { desiredRetention: 0.85, newCardsPerDay: 12, dayStartHour: 6, interviewMode: false, sessionLength: 20 },
      flags: { a: { suspended: true, buriedDay: null } },
      extraNew: { day: '2026-11-24', count: 10 },
    };
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        state: { ...EMPTY_USER_DATA, settings: { ...EMPTY_USER_DATA.settings, ...version1.state.settings }, review },
        version: USER_DATA_VERSION,
      }),
    );
    const { store, persistence } = createAppStore({ getStorage: () => storage, target: null });
    expect(store.getState().review).toEqual(review);
    persistence.dispose();
  });

  it('rejects bad review data, naming the field', () => {
    const valid = { ...EMPTY_USER_DATA, settings: { ...EMPTY_USER_DATA.settings, ...version1.state.settings } };
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
    expect(bad({ ...EMPTY_REVIEW_DATA, settings: { ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 2 } })).toBe('review.settings.desiredRetention');
    expect(bad({ ...EMPTY_REVIEW_DATA, settings: { ...DEFAULT_REVIEW_SETTINGS, newCardsPerDay: 2.5 } })).toBe('review.settings.newCardsPerDay');
    expect(bad({ ...EMPTY_REVIEW_DATA, settings: { ...DEFAULT_REVIEW_SETTINGS, dayStartHour: 24 } })).toBe('review.settings.dayStartHour');
    expect(bad({ ...EMPTY_REVIEW_DATA, settings: { ...DEFAULT_REVIEW_SETTINGS, interviewMode: 'yes' } })).toBe('review.settings.interviewMode');
    expect(bad({ ...EMPTY_REVIEW_DATA, settings: { ...DEFAULT_REVIEW_SETTINGS, sessionLength: 15 } })).toBe('review.settings.sessionLength');
    expect(bad({ ...EMPTY_REVIEW_DATA, flags: { a: { suspended: 'no', buriedDay: null } } })).toBe('review.flags["a"].suspended');
    expect(bad({ ...EMPTY_REVIEW_DATA, flags: { a: { suspended: false, buriedDay: 'tomorrow' } } })).toBe('review.flags["a"].buriedDay');
    expect(bad({ ...EMPTY_REVIEW_DATA, extraNew: { day: '2026-11-24', count: -1 } })).toBe('review.extraNew');
  });

  it('migrates version 5 review data: new settings take their defaults, flags and extra new cards start empty', () => {
    const v5 = {
      ...EMPTY_USER_DATA,
      review: { cards: { a: reviewCard }, log: [[NOW, 'a', 3, 2, 0]], settings: { desiredRetention: 0.85, newCardsPerDay: 12 } },
    };
    const migrated = validateUserData(migrateUserData(structuredClone(v5), 5));
    expect(migrated.review).toEqual({
      cards: { a: reviewCard },
      log: [[NOW, 'a', 3, 2, 0]],
      settings: { ...DEFAULT_REVIEW_SETTINGS, desiredRetention: 0.85, newCardsPerDay: 12 },
      flags: {},
      extraNew: null,
    });
  });

  it('refuses data from a newer version', () => {
    expect(() => migrateUserData({}, USER_DATA_VERSION + 1)).toThrow(InvalidUserDataError);
  });
});

describe('review state across two tabs', () => {
  const card = (lastReview: number): StoredCard => ({ ...reviewCard, lastReview });
  const data = (review: Partial<typeof EMPTY_REVIEW_DATA>) => ({ ...EMPTY_USER_DATA, review: { ...EMPTY_REVIEW_DATA, ...review } });

  it("keeps both tabs' grades, drops a grade the other tab took back, and never reports a conflict", () => {
    const base = data({ cards: { a: card(1) }, log: [[1, 'a', 3, 2, 0]] });
    const local = data({
      cards: { a: card(1), b: card(5) },
      log: [
        [1, 'a', 3, 2, 0],
        [5, 'b', 3, 0, 0],
      ],
    });
    const incoming = data({
      cards: { a: card(4), c: card(3) },
      log: [
        [3, 'c', 4, 0, 0],
        [4, 'a', 2, 2, 0],
      ],
    });
    const { merged, conflicts } = mergeUserData(base, local, incoming);
    expect(conflicts).toEqual([]);
    expect(merged.review.cards).toEqual({ a: card(4), b: card(5), c: card(3) });
    expect(merged.review.log).toEqual([
      [3, 'c', 4, 0, 0],
      [4, 'a', 2, 2, 0],
      [5, 'b', 3, 0, 0],
    ]);
  });

  it('when both tabs graded the same card, the later review wins', () => {
    const base = data({ cards: { a: card(1) } });
    const { merged } = mergeUserData(base, data({ cards: { a: card(9) } }), data({ cards: { a: card(6) } }));
    expect(merged.review.cards.a).toEqual(card(9));
  });
});
