// @vitest-environment node
import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { effectiveDue, FSRS_DECAY, interviewPlan, morningOf, readiness, recallAt, retrievability } from '@/domain/interview';
import { DAY, HOUR, STATE_LEARNING, STATE_REVIEW } from '@/domain/review';
import { buildQueue } from '@/domain/review-queue';
import { card, clock, local, NOW } from './helpers';

describe('predicted recall', () => {
  it('is the FSRS forgetting curve of ts-fsrs, with its default decay', () => {
    expect(FSRS_DECAY).toBe(default_w[20]);
    for (const [t, s] of [
      [0, 1],
      [1, 2.3],
      [3, 3],
      [10, 4.5],
      [30, 100],
    ] as const) {
      expect(retrievability(t, s)).toBeCloseTo(forgetting_curve(default_w, t, s), 6);
    }
    expect(retrievability(5, 5)).toBeCloseTo(0.9, 6);
  });

  it('is 0 for a card never seen, and falls with time', () => {
    expect(recallAt(undefined, NOW)).toBe(0);
    const c = card(STATE_REVIEW, NOW, { lastReview: NOW - 2 * DAY, stability: 4 });
    expect(recallAt(c, NOW)).toBeGreaterThan(recallAt(c, NOW + 5 * DAY));
  });
});

describe('interview mode', () => {
  // Interview on Thursday 3 Dec 2026; today is Tuesday 24 Nov (9 study days left).
  const plan = interviewPlan('2026-12-03', 0.9, true, clock, NOW);
  const off = interviewPlan('2026-12-03', 0.9, false, clock, NOW);
  const interviewDay = clock.dayOfKey('2026-12-03');

  it('takes the interview morning at 09:00 local on the day', () => {
    expect(plan?.morning).toBe(local(33, 9));
    expect(morningOf(interviewDay, clock)).toBe(local(33, 9));
    expect(plan?.today).toBe(clock.day(NOW));
  });

  it('brings a card that would be below the desired retention on the morning to the day before the interview', () => {
    // Reviewed today, stability 6 days, due in 6 days (after the interview): recall on the morning ≈ 0.86.
    const weak = card(STATE_REVIEW, NOW + 10 * DAY, { lastReview: NOW, stability: 6 });
    expect(recallAt(weak, plan?.morning ?? 0)).toBeLessThan(0.9);
    expect(effectiveDue(weak, plan, clock)).toBe(clock.dayStart(interviewDay - 1));
    expect(effectiveDue(weak, off, clock)).toBe(weak.due);
  });

  it('leaves alone a card that will be fine anyway, one due before the interview, and a learning card', () => {
    const strong = card(STATE_REVIEW, NOW + 40 * DAY, { lastReview: NOW, stability: 60 });
    const early = card(STATE_REVIEW, NOW + 3 * DAY, { lastReview: NOW, stability: 2 });
    const learning = card(STATE_LEARNING, NOW + 10 * 60_000, { lastReview: NOW, stability: 0.5 });
    for (const c of [strong, early, learning]) expect(effectiveDue(c, plan, clock)).toBe(c.due);
  });

  it('does nothing for a card last reviewed on the day before, nor on the interview day itself', () => {
    const lastMinute = card(STATE_REVIEW, local(40, 9), { lastReview: local(32, 20), stability: 0.5 });
    expect(effectiveDue(lastMinute, plan, clock)).toBe(lastMinute.due);
    const onTheDay = interviewPlan('2026-12-03', 0.9, true, clock, local(33, 8));
    const weak = card(STATE_REVIEW, NOW + 10 * DAY, { lastReview: NOW, stability: 6 });
    expect(effectiveDue(weak, onTheDay, clock)).toBe(weak.due);
  });

  it('the queue shows the card on the day before, and not earlier', () => {
    const weak = card(STATE_REVIEW, NOW + 10 * DAY, { lastReview: NOW, stability: 6 });
    const dayBefore = local(32, 20);
    const q = (now: number) =>
      buildQueue({ cardIds: ['w'], cards: { w: weak }, flags: {}, newLeft: 0, time: { now, clock, plan: interviewPlan('2026-12-03', 0.9, true, clock, now) } });
    expect(q(local(31, 20)).review).toEqual([]);
    expect(q(dayBefore).review).toEqual(['w']);
    expect(q(dayBefore + 3 * HOUR).review).toEqual(['w']);
  });

  it('measures readiness per deck: mean predicted recall of the cards seen, and cards at the desired retention', () => {
    if (plan === null) throw new Error('no plan');
    const cards = {
      strong: card(STATE_REVIEW, NOW, { lastReview: NOW, stability: 200 }),
      weak: card(STATE_REVIEW, NOW, { lastReview: NOW, stability: 2 }),
    };
    const r = readiness(['strong', 'weak', 'unseen'], cards, plan);
    expect(r.cards).toBe(3);
    expect(r.seen).toBe(2);
    expect(r.ready).toBe(1);
    expect(r.meanRecall).toBeCloseTo((recallAt(cards.strong, plan.morning) + recallAt(cards.weak, plan.morning)) / 2, 10);
    expect(readiness(['unseen'], cards, plan).meanRecall).toBeNull();
  });
});
