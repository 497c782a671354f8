import { describe, expect, it } from 'vitest';
import { DAY, MINUTE, STATE_LEARNING, STATE_RELEARNING, STATE_REVIEW, type CardStateCode, type ReviewLogEntry, type StoredCard } from '@/domain/review';
import { buildQueue, nextCardId, queueSize, type QueueInput } from '@/domain/review-queue';

// A fixed "now": 24 Nov 2026, 09:00 local time.
const NOW = new Date(2026, 10, 24, 9, 0).getTime();

function card(state: CardStateCode, due: number): StoredCard {
  return { due, stability: 5, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 3, lapses: 0, state, lastReview: due - 3 * DAY };
}

const ids = (n: number, prefix = 'n'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function input(partial: Partial<QueueInput>): QueueInput {
  return { cardIds: [], cards: {}, log: [], now: NOW, newCardsPerDay: 20, interviewDate: null, ...partial };
}

/** The order a session would show every card in, grading none. */
function order(q: ReturnType<typeof buildQueue>): string[] {
  return [...q.learning, ...q.review, ...q.fresh, ...q.learnAhead];
}

describe('queue order', () => {
  const cards = {
    reviewLate: card(STATE_REVIEW, NOW - 2 * DAY),
    reviewToday: card(STATE_REVIEW, NOW + 5 * 60 * MINUTE),
    reviewTomorrow: card(STATE_REVIEW, NOW + DAY),
    learnSoon: card(STATE_LEARNING, NOW + 5 * MINUTE),
    learnNow: card(STATE_LEARNING, NOW - MINUTE),
    relearnNow: card(STATE_RELEARNING, NOW - 10 * MINUTE),
    learnLater: card(STATE_LEARNING, NOW + 2 * 60 * MINUTE),
  };
  const deck = ['new0', 'reviewTomorrow', 'learnSoon', 'reviewToday', 'new1', 'learnNow', 'reviewLate', 'relearnNow', 'learnLater', 'new2'];

  it('shows learning due now, then reviews due today, then new cards in deck order, then learning due soon', () => {
    const q = buildQueue(input({ cardIds: deck, cards }));
    expect(order(q)).toEqual(['relearnNow', 'learnNow', 'reviewLate', 'reviewToday', 'new0', 'new1', 'new2', 'learnSoon']);
    expect(nextCardId(q)).toBe('relearnNow');
    expect(queueSize(q)).toBe(8);
  });

  it('leaves out reviews due tomorrow and learning cards due later than the learn-ahead window', () => {
    const shown = order(buildQueue(input({ cardIds: deck, cards })));
    expect(shown).not.toContain('reviewTomorrow');
    expect(shown).not.toContain('learnLater');
  });

  it('is done when nothing is left', () => {
    const q = buildQueue(input({ cardIds: ['reviewTomorrow'], cards }));
    expect(nextCardId(q)).toBeNull();
  });
});

describe('new cards within the daily limit', () => {
  it('introduces at most the daily limit', () => {
    const q = buildQueue(input({ cardIds: ids(50), newCardsPerDay: 20 }));
    expect(q.fresh).toEqual(ids(20));
    expect(q.unseen).toBe(50);
  });

  it('counts new cards already introduced today (any deck), but not yesterday or cram', () => {
    const log: ReviewLogEntry[] = [
      [NOW - DAY, 'old', 3, 0, 0],
      [NOW - 60 * MINUTE, 'other-deck', 3, 0, 0],
      [NOW - 30 * MINUTE, 'n0', 3, 0, 0],
      [NOW - 20 * MINUTE, 'n0', 3, 1, 0],
      [NOW - 10 * MINUTE, 'n9', 4, 0, 1],
    ];
    const cards = { n0: card(STATE_LEARNING, NOW + DAY) };
    const q = buildQueue(input({ cardIds: ids(10), cards, log, newCardsPerDay: 5 }));
    expect(q.newAllowance).toBe(3);
    expect(q.fresh).toEqual(['n1', 'n2', 'n3']);
  });

  it('a limit of zero shows no new cards', () => {
    expect(buildQueue(input({ cardIds: ids(3), newCardsPerDay: 0 })).fresh).toEqual([]);
  });
});

describe('interview-date pacing', () => {
  it('raises the new cards per day so every card is seen before the interview', () => {
    // 24 Nov to 4 Dec: 10 days of study before the interview day.
    const q = buildQueue(input({ cardIds: ids(300), newCardsPerDay: 20, interviewDate: '2026-12-04' }));
    expect(q.pacing).toEqual({ daysLeft: 10, perDay: 30, total: 300 });
    expect(q.fresh).toHaveLength(30);
  });

  it('never goes below the daily limit', () => {
    const q = buildQueue(input({ cardIds: ids(30), newCardsPerDay: 20, interviewDate: '2026-12-04' }));
    expect(q.pacing?.perDay).toBe(3);
    expect(q.fresh).toHaveLength(20);
  });

  it("counts today's introductions in the deck, so the day's share is not given twice", () => {
    const introduced = ids(30);
    const log: ReviewLogEntry[] = introduced.map((id, i) => [NOW - 60 * MINUTE + i, id, 3, 0, 0]);
    const cards = Object.fromEntries(introduced.map((id) => [id, card(STATE_LEARNING, NOW + DAY)]));
    const q = buildQueue(input({ cardIds: ids(300), cards, log, newCardsPerDay: 20, interviewDate: '2026-12-04' }));
    expect(q.pacing).toEqual({ daysLeft: 10, perDay: 30, total: 300 });
    expect(q.fresh).toEqual([]);
  });

  it('brings in every remaining card the day before the interview', () => {
    const q = buildQueue(input({ cardIds: ids(120), newCardsPerDay: 20, interviewDate: '2026-11-25' }));
    expect(q.pacing).toEqual({ daysLeft: 1, perDay: 120, total: 120 });
    expect(q.fresh).toHaveLength(120);
  });

  it('stops pacing on the interview day and after it', () => {
    expect(buildQueue(input({ cardIds: ids(120), interviewDate: '2026-11-24' })).pacing).toBeNull();
    expect(buildQueue(input({ cardIds: ids(120), interviewDate: '2026-11-01' })).fresh).toHaveLength(20);
  });
});
