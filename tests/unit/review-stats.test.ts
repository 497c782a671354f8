import { describe, expect, it } from 'vitest';
import { addDays, DAY, dayKey, MINUTE, STATE_LEARNING, STATE_REVIEW, type ReviewLogEntry, type StoredCard } from '@/domain/review';
import { dueForecast, dueToday, heatmap, hiddenCards, retention, reviewedToday, streak } from '@/domain/review-stats';

// A fixed "now": Tuesday 24 Nov 2026, 09:00 local time.
const NOW = new Date(2026, 10, 24, 9, 0).getTime();

const card = (state: 1 | 2 | 3, due: number): StoredCard => ({
  due,
  stability: 5,
  difficulty: 5,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state,
  lastReview: due - 3 * DAY,
});

const at = (daysAgo: number, hour = 10): number => new Date(2026, 10, 24 - daysAgo, hour).getTime();

describe('dashboard counts', () => {
  const cards = {
    a: card(STATE_REVIEW, NOW - DAY),
    b: card(STATE_REVIEW, NOW + 10 * 60 * MINUTE),
    c: card(STATE_LEARNING, NOW + 30 * MINUTE),
    d: card(STATE_REVIEW, NOW + DAY),
    gone: card(STATE_REVIEW, NOW - DAY),
  };

  it('counts cards due before the end of today, only among the given cards', () => {
    expect(dueToday(['a', 'b', 'c', 'd', 'new'], cards, NOW)).toBe(3);
  });

  it('counts grades given today, scheduled and cram', () => {
    const log: ReviewLogEntry[] = [
      [at(1, 23), 'a', 3, 2, 0],
      [at(0, 0), 'a', 3, 2, 0],
      [at(0, 8), 'b', 1, 2, 1],
    ];
    expect(reviewedToday(log, NOW)).toBe(2);
    expect(reviewedToday([], NOW)).toBe(0);
  });

  it('counts the streak of consecutive days, today or up to yesterday', () => {
    const log: ReviewLogEntry[] = [at(5), at(3), at(2), at(2, 20), at(1)].map((t): ReviewLogEntry => [t, 'a', 3, 2, 0]);
    expect(streak(log, NOW)).toBe(3);
    expect(streak([...log, [at(0), 'a', 3, 2, 0]], NOW)).toBe(4);
    expect(streak(log.slice(0, 1), NOW)).toBe(0);
  });

  it('keeps history of cards whose source is gone, and counts them as hidden', () => {
    expect(hiddenCards(cards, new Set(['a', 'b', 'c', 'd']))).toBe(1);
  });
});

describe('stats view', () => {
  it('lays reviews per day out as whole weeks, Monday first, ending this week', () => {
    const log: ReviewLogEntry[] = [
      [at(0), 'a', 3, 2, 0],
      [at(0, 11), 'b', 3, 2, 0],
      [at(8), 'a', 3, 2, 0],
    ];
    const weeks = heatmap(log, NOW, 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const last = weeks[11] ?? [];
    expect(last[0]?.date).toBe('2026-11-23');
    expect(last[1]).toEqual({ date: '2026-11-24', count: 2, future: false });
    expect(last[2]?.future).toBe(true);
    expect(weeks[10]?.[0]).toEqual({ date: '2026-11-16', count: 1, future: false });
    expect(weeks[0]?.[0]?.date).toBe(dayKey(addDays(new Date(2026, 10, 23).getTime(), -77)));
  });

  it('forecasts due cards per day for two weeks, overdue counted today, new cards not at all', () => {
    const cards = {
      late: card(STATE_REVIEW, NOW - 3 * DAY),
      today: card(STATE_LEARNING, NOW + 30 * MINUTE),
      tomorrow: card(STATE_REVIEW, NOW + DAY),
      week: card(STATE_REVIEW, NOW + 7 * DAY),
      far: card(STATE_REVIEW, NOW + 40 * DAY),
    };
    const forecast = dueForecast([...Object.keys(cards), 'new'], cards, NOW, 14);
    expect(forecast).toHaveLength(14);
    expect(forecast[0]).toBe(2);
    expect(forecast[1]).toBe(1);
    expect(forecast[7]).toBe(1);
    expect(forecast.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('measures retention as the share of non-Again grades on review cards, without learning steps or cram', () => {
    const log: ReviewLogEntry[] = [
      [at(40), 'a', 1, 2, 0],
      [at(3), 'a', 3, 2, 0],
      [at(3), 'b', 1, 2, 0],
      [at(2), 'c', 4, 2, 0],
      [at(2), 'c', 1, 1, 0],
      [at(1), 'd', 1, 2, 1],
      [at(1), 'e', 2, 0, 0],
    ];
    expect(retention(log)).toEqual({ passed: 2, total: 4, rate: 0.5 });
    expect(retention(log, NOW - 30 * DAY)).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(retention([]).rate).toBeNull();
  });
});
