// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DAY, MINUTE, STATE_LEARNING, STATE_REVIEW, type ReviewLogEntry } from '@/domain/review';
import { accuracy, dueForecast, hardestCards, heatmap, hiddenCards, leeches, retention, reviewedToday, streak, whyNoRetention } from '@/domain/review-stats';
import { card, clock, local, NOW, timeAt } from './helpers';

const at = (daysAgo: number, hour = 10): number => local(24 - daysAgo, hour);
const entry = (time: number, id = 'a', grade: 1 | 2 | 3 | 4 = 3, state: 0 | 1 | 2 | 3 = 2, cram: 0 | 1 = 0): ReviewLogEntry => [time, id, grade, state, cram];

describe('totals by study day', () => {
  it('counts grades given today, scheduled and cram; 01:00 belongs to yesterday', () => {
    const log = [entry(at(1, 23)), entry(at(0, 1)), entry(at(0, 5)), entry(at(0, 8), 'b', 1, 2, 1)];
    expect(reviewedToday(log, NOW, clock)).toBe(2);
    expect(reviewedToday([], NOW, clock)).toBe(0);
  });

  it('counts the streak of consecutive study days, today or up to yesterday', () => {
    const log = [at(5), at(3), at(2), at(2, 20), at(1)].map((t) => entry(t));
    expect(streak(log, NOW, clock)).toBe(3);
    expect(streak([...log, entry(at(0))], NOW, clock)).toBe(4);
    expect(streak(log.slice(0, 1), NOW, clock)).toBe(0);
  });

  it('a review at 00:30 counts for the study day before: two evenings in a row are a streak of two', () => {
    // 22 Nov 20:00, then 24 Nov 00:30 (still the study day of 23 Nov).
    expect(streak([entry(local(22, 20)), entry(local(24, 0, 30))], local(24, 2), clock)).toBe(2);
  });

  it('keeps history of cards whose source is gone, and counts them as hidden', () => {
    expect(hiddenCards({ a: card(STATE_REVIEW, NOW), gone: card(STATE_REVIEW, NOW) }, new Set(['a']))).toBe(1);
  });
});

describe('heatmap and forecast', () => {
  it('lays grades per study day out as whole weeks, Monday first, ending this week', () => {
    const log = [entry(at(0)), entry(at(0, 11), 'b'), entry(local(25, 2), 'b'), entry(at(8))];
    const weeks = heatmap(log, NOW, clock, 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const last = weeks[11] ?? [];
    expect(last[0]?.date).toBe('2026-11-23');
    // 02:00 on the 25th is still the 24th's study day.
    expect(last[1]).toEqual({ date: '2026-11-24', count: 3, future: false });
    expect(last[2]?.future).toBe(true);
    expect(weeks[10]?.[0]).toEqual({ date: '2026-11-16', count: 1, future: false });
    expect(weeks[0]?.[0]?.date).toBe('2026-09-07');
  });

  it('forecasts due cards per study day for two weeks, overdue counted today, new and suspended cards not at all', () => {
    const cards = {
      late: card(STATE_REVIEW, NOW - 3 * DAY),
      today: card(STATE_LEARNING, NOW + 30 * MINUTE),
      tonight: card(STATE_REVIEW, local(25, 2)),
      tomorrow: card(STATE_REVIEW, NOW + DAY),
      week: card(STATE_REVIEW, NOW + 7 * DAY),
      far: card(STATE_REVIEW, NOW + 40 * DAY),
      off: card(STATE_REVIEW, NOW),
    };
    const forecast = dueForecast([...Object.keys(cards), 'new'], cards, { off: { suspended: true, buriedDay: null } }, timeAt(NOW), 14);
    expect(forecast).toHaveLength(14);
    expect(forecast[0]).toBe(3);
    expect(forecast[1]).toBe(1);
    expect(forecast[7]).toBe(1);
    expect(forecast.reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('retention and accuracy', () => {
  const log: ReviewLogEntry[] = [
    entry(at(40), 'a', 1),
    entry(at(3), 'a', 3),
    entry(at(3), 'b', 1),
    entry(at(2), 'c', 4),
    entry(at(2), 'c', 1, 1),
    entry(at(1), 'd', 1, 2, 1),
    entry(at(1), 'e', 2, 0),
  ];

  it('measures retention as the share of non-Again grades on review cards, without learning steps or cram', () => {
    expect(retention(log)).toEqual({ passed: 2, total: 4, rate: 0.5 });
    expect(retention(log, NOW - 30 * DAY)).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(retention([]).rate).toBeNull();
  });

  it('says why there is no retention figure yet', () => {
    expect(whyNoRetention([], {})).toEqual({ kind: 'nothing' });
    const learnt = { x: card(STATE_REVIEW, local(26, 10)), y: card(STATE_LEARNING, NOW + 10 * MINUTE) };
    expect(whyNoRetention([entry(NOW, 'x', 3, 0), entry(NOW, 'y', 1, 0)], learnt)).toEqual({ kind: 'learning', firstReviewAt: local(26, 10) });
    expect(whyNoRetention([entry(NOW, 'y', 1, 0)], { y: learnt.y })).toEqual({ kind: 'learning', firstReviewAt: null });
  });

  it('measures accuracy per deck over every stage, without cram', () => {
    expect(accuracy(log, new Set(['a', 'c', 'd']))).toEqual({ grades: 4, passed: 2, rate: 0.5 });
    expect(accuracy(log, new Set(['zzz'])).rate).toBeNull();
  });
});

describe('hard cards and leeches', () => {
  it('lists the ten cards forgotten most, by Again grades, then lapses, then difficulty', () => {
    const log: ReviewLogEntry[] = [];
    for (let i = 0; i < 12; i += 1) for (let k = 0; k <= i; k += 1) log.push(entry(NOW + k, `c${i}`, 1));
    log.push(entry(NOW, 'easy', 3), entry(NOW, 'c0', 3), entry(NOW, 'gone', 1));
    const known = new Set([...Array.from({ length: 12 }, (_, i) => `c${i}`), 'easy']);
    const cards = { c0: card(STATE_REVIEW, NOW, { lapses: 1 }) };
    const hardest = hardestCards(log, cards, known);
    expect(hardest.map((c) => c.id)).toEqual(['c11', 'c10', 'c9', 'c8', 'c7', 'c6', 'c5', 'c4', 'c3', 'c2']);
    expect(hardest[0]).toMatchObject({ again: 12, grades: 12 });
    expect(hardestCards(log, cards, known, 20).at(-1)).toMatchObject({ id: 'c0', again: 1, grades: 2, lapses: 1 });
  });

  it('a card with 8 lapses is a leech', () => {
    const cards = { a: card(STATE_REVIEW, NOW, { lapses: 8 }), b: card(STATE_REVIEW, NOW, { lapses: 7 }), c: card(STATE_REVIEW, NOW, { lapses: 11 }) };
    expect(leeches(cards, new Set(['a', 'b', 'c']))).toEqual([
      { id: 'c', lapses: 11 },
      { id: 'a', lapses: 8 },
    ]);
  });
});
