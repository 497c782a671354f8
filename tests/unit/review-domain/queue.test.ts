// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { interviewPlan } from '@/domain/interview';
import { DAY, MINUTE, STATE_LEARNING, STATE_RELEARNING, STATE_REVIEW, type CardFlags, type ReviewLogEntry, type StoredCard } from '@/domain/review';
import { buildQueue, dueToday, newCardBudget, nextCard, nextCardId, queueSize, type BudgetInput, type QueueInput } from '@/domain/review-queue';
import { card, clock, ids, local, NOW, timeAt } from './helpers';

function queue(partial: Partial<QueueInput>) {
  return buildQueue({ cardIds: [], cards: {}, flags: {}, newLeft: 20, time: timeAt(NOW), ...partial });
}

function budget(partial: Partial<BudgetInput>) {
  return newCardBudget({ allCardIds: [], cards: {}, flags: {}, log: [], newCardsPerDay: 20, extraNew: null, time: timeAt(NOW), ...partial });
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
    const q = queue({ cardIds: deck, cards });
    expect(order(q)).toEqual(['relearnNow', 'learnNow', 'reviewLate', 'reviewToday', 'new0', 'new1', 'new2', 'learnSoon']);
    expect(nextCardId(q)).toBe('relearnNow');
    expect(queueSize(q)).toBe(8);
    expect(q.learningLater).toBe(1);
  });

  it('is done when nothing is left', () => {
    expect(nextCardId(queue({ cardIds: ['reviewTomorrow'], cards }))).toBeNull();
  });
});

describe('today is the study day', () => {
  it('at 23:00, a review due at 02:00 the next night is due today; one due at 04:00 is not', () => {
    const evening = local(24, 23);
    const cards = { early: card(STATE_REVIEW, local(25, 2)), next: card(STATE_REVIEW, local(25, 4)) };
    expect(queue({ cardIds: ['early', 'next'], cards, time: timeAt(evening) }).review).toEqual(['early']);
    expect(dueToday(['early', 'next'], cards, {}, timeAt(evening))).toBe(1);
  });

  it("at 00:30, cards first seen at 23:00 still count against the same day's new-card limit", () => {
    const log: ReviewLogEntry[] = ids(5).map((id, i) => [local(24, 23) + i, id, 3, 0, 0]);
    expect(budget({ log, newCardsPerDay: 8, time: timeAt(local(25, 0, 30)) }).left).toBe(3);
    expect(budget({ log, newCardsPerDay: 8, time: timeAt(local(25, 4, 0)) }).left).toBe(8);
  });
});

describe('one new-card limit shared by all decks', () => {
  it('counts new cards first seen today in any deck, not yesterday or cram', () => {
    const log: ReviewLogEntry[] = [
      [NOW - DAY, 'old', 3, 0, 0],
      [NOW - 60 * MINUTE, 'other-deck', 3, 0, 0],
      [NOW - 30 * MINUTE, 'n0', 3, 0, 0],
      [NOW - 20 * MINUTE, 'n0', 3, 1, 0],
      [NOW - 10 * MINUTE, 'n9', 4, 0, 1],
    ];
    const b = budget({ log, newCardsPerDay: 5 });
    expect(b).toMatchObject({ limit: 5, introduced: 2, left: 3 });
    const q = queue({ cardIds: ids(10), cards: { n0: card(STATE_LEARNING, NOW + DAY) }, newLeft: b.left });
    expect(q.fresh).toEqual(['n1', 'n2', 'n3']);
    expect(q.heldBack).toBe(6);
  });

  it('every deck sees the same allowance: what one deck used, the next one lacks', () => {
    const log: ReviewLogEntry[] = ids(20, 'jwt').map((id, i) => [NOW - 60 * MINUTE + i, id, 3, 0, 0]);
    const b = budget({ log, newCardsPerDay: 20 });
    expect(b.left).toBe(0);
    const oauth = queue({ cardIds: ids(14, 'oauth'), newLeft: b.left });
    expect(oauth.fresh).toEqual([]);
    expect(oauth.heldBack).toBe(14);
  });

  it('More new cards today adds to today only', () => {
    const log: ReviewLogEntry[] = ids(20).map((id, i) => [NOW - 60 * MINUTE + i, id, 3, 0, 0]);
    const today = clock.key(clock.day(NOW));
    expect(budget({ log, extraNew: { day: today, count: 10 } })).toMatchObject({ limit: 30, extra: 10, left: 10 });
    expect(budget({ log, extraNew: { day: '2026-11-23', count: 10 } })).toMatchObject({ limit: 20, extra: 0, left: 0 });
  });

  it('a limit of zero shows no new cards', () => {
    expect(queue({ cardIds: ids(3), newLeft: budget({ newCardsPerDay: 0 }).left }).fresh).toEqual([]);
  });
});

describe('interview-date pacing: one figure for every deck', () => {
  const plan = (date: string, now = NOW) => interviewPlan(date, 0.9, true, clock, now);

  it('raises the shared limit so every card of every deck is seen before the interview', () => {
    // 24 Nov to 4 Dec: 10 study days before the interview day.
    const b = budget({ allCardIds: ids(300), time: { ...timeAt(NOW), plan: plan('2026-12-04') } });
    expect(b.pacing).toEqual({ daysLeft: 10, perDay: 30, total: 300 });
    expect(b.limit).toBe(30);
  });

  it('never goes below the daily limit', () => {
    const b = budget({ allCardIds: ids(30), time: { ...timeAt(NOW), plan: plan('2026-12-04') } });
    expect(b.pacing?.perDay).toBe(3);
    expect(b.limit).toBe(20);
  });

  it("counts today's introductions, so the day's share is not given twice", () => {
    const introduced = ids(30);
    const log: ReviewLogEntry[] = introduced.map((id, i) => [NOW - 60 * MINUTE + i, id, 3, 0, 0]);
    const cards = Object.fromEntries(introduced.map((id) => [id, card(STATE_LEARNING, NOW + DAY)]));
    const b = budget({ allCardIds: ids(300), cards, log, time: { ...timeAt(NOW), plan: plan('2026-12-04') } });
    expect(b.pacing).toEqual({ daysLeft: 10, perDay: 30, total: 300 });
    expect(b.left).toBe(0);
  });

  it('brings in every remaining card the day before the interview, and stops on the day', () => {
    expect(budget({ allCardIds: ids(120), time: { ...timeAt(NOW), plan: plan('2026-11-25') } }).left).toBe(120);
    expect(budget({ allCardIds: ids(120), time: { ...timeAt(NOW), plan: plan('2026-11-24') } }).pacing).toBeNull();
    expect(plan('2026-11-01')).toBeNull();
  });

  it('suspended cards are not counted as cards to see', () => {
    const flags: Record<string, CardFlags> = Object.fromEntries(ids(100).map((id) => [id, { suspended: true, buriedDay: null }]));
    expect(budget({ allCardIds: ids(300), flags, time: { ...timeAt(NOW), plan: plan('2026-12-04') } }).pacing?.total).toBe(200);
  });
});

describe('suspended and buried cards', () => {
  it('leaves out suspended cards and cards buried today; a card buried yesterday is back', () => {
    const today = clock.key(clock.day(NOW));
    const flags: Record<string, CardFlags> = {
      s: { suspended: true, buriedDay: null },
      b: { suspended: false, buriedDay: today },
      y: { suspended: false, buriedDay: '2026-11-23' },
    };
    const cards = { s: card(STATE_REVIEW, NOW - DAY), b: card(STATE_REVIEW, NOW - DAY), y: card(STATE_REVIEW, NOW - DAY) };
    const q = queue({ cardIds: ['s', 'b', 'y', 'n'], cards, flags });
    expect(order(q)).toEqual(['y', 'n']);
    expect(q).toMatchObject({ suspended: 1, buried: 1 });
    expect(dueToday(['s', 'b', 'y'], cards, flags, timeAt(NOW))).toBe(1);
  });
});

describe('what comes next once nothing is left', () => {
  const later: StoredCard = card(STATE_REVIEW, NOW + 6 * DAY);

  it('with unseen cards held back by the limit, the next card comes tomorrow, not in 6 days', () => {
    const next = nextCard(['a', 'new1'], { a: later }, {}, timeAt(NOW), 0);
    expect(next).toEqual({ kind: 'new', at: clock.dayStart(clock.day(NOW) + 1) });
  });

  it('with every card seen, the next one is the earliest due', () => {
    expect(nextCard(['a'], { a: later }, {}, timeAt(NOW), 0)).toEqual({ kind: 'scheduled', at: later.due });
    expect(nextCard([], {}, {}, timeAt(NOW), 0)).toEqual({ kind: 'none' });
  });
});
