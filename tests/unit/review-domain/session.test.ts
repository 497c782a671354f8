// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MINUTE, STATE_REVIEW, type Grade, type StoredCard } from '@/domain/review';
import { buildQueue } from '@/domain/review-queue';
import { afterGrade, afterSetAside, cardsGraded, pickNext, sessionCounts, sessionProgress, startSession, type SessionState } from '@/domain/review-session';
import { createScheduler, gradeCard } from '@/domain/scheduling';
import { card, clock, ids, NOW, timeAt } from './helpers';

const scheduler = createScheduler({ desiredRetention: 0.9 });

/** Runs a session with a grade per showing; returns each step's counts and progress. */
function run(cardIds: string[], initial: Record<string, StoredCard>, gradeOf: (id: string, showing: number) => Grade, length: 10 | 20 | null = null) {
  let cards = { ...initial };
  let now = NOW;
  let state: SessionState = startSession(buildQueue({ cardIds, cards, flags: {}, newLeft: 20, time: timeAt(now) }), length);
  const steps: { counts: ReturnType<typeof sessionCounts>; progress: ReturnType<typeof sessionProgress> }[] = [
    { counts: sessionCounts(state), progress: sessionProgress(state) },
  ];
  const shown = new Map<string, number>();
  let last: string | null = null;
  for (let i = 0; i < 500; i += 1) {
    const id = pickNext(state, cards, now, last);
    if (id === null) break;
    const showing = (shown.get(id) ?? 0) + 1;
    shown.set(id, showing);
    const g = gradeOf(id, showing);
    const { next } = gradeCard(scheduler, id, cards[id], g, now, clock);
    if (next) cards = { ...cards, [id]: next };
    state = afterGrade(state, id, g, next, now);
    steps.push({ counts: sessionCounts(state), progress: sessionProgress(state) });
    last = id;
    now += 30_000;
  }
  return { state, steps };
}

describe('counts are cards, and never grow', () => {
  const reviews = Object.fromEntries(ids(4, 'r').map((id) => [id, card(STATE_REVIEW, NOW - MINUTE)]));
  const deck = [...ids(4, 'r'), ...ids(9, 'n')];

  it('starts with New, Learning and Review as Anki shows them', () => {
    const { steps } = run(deck, reviews, () => 3);
    expect(steps[0]?.counts).toEqual({ new: 9, learning: 0, review: 4 });
    expect(steps[0]?.progress).toEqual({ done: 0, total: 13 });
  });

  it('with Again grades: no count grows, progress only moves forward, and the summary tells cards from grades', () => {
    // Every card is graded Again the first time it is shown, then Good until it is done.
    const { state, steps } = run(deck, reviews, (_id, showing) => (showing === 1 ? 1 : 3));
    for (let i = 1; i < steps.length; i += 1) {
      const [before, after] = [steps[i - 1], steps[i]];
      if (!before || !after) continue;
      for (const bucket of ['new', 'learning', 'review'] as const) expect(after.counts[bucket]).toBeLessThanOrEqual(before.counts[bucket]);
      expect(after.progress.total).toBe(13);
      expect(after.progress.done).toBeGreaterThanOrEqual(before.progress.done);
    }
    expect(steps.at(-1)?.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(cardsGraded(state)).toBe(13);
    expect(state.grades).toBeGreaterThan(13);
    expect(state.tally[1]).toBe(13);
    expect(state.grades).toBe(state.tally[1] + state.tally[2] + state.tally[3] + state.tally[4]);
  });

  it('a session length of 10 takes the due cards first, then new ones', () => {
    const { steps } = run(deck, reviews, () => 4, 10);
    expect(steps[0]?.counts).toEqual({ new: 6, learning: 0, review: 4 });
    expect(steps[0]?.progress.total).toBe(10);
  });

  it('a card set aside leaves the counts without a grade', () => {
    const state = startSession(buildQueue({ cardIds: deck, cards: reviews, flags: {}, newLeft: 20, time: timeAt(NOW) }), null);
    const after = afterSetAside(state, 'r0');
    expect(sessionCounts(after)).toEqual({ new: 9, learning: 0, review: 3 });
    expect(sessionProgress(after).done).toBe(1);
    expect(after.grades).toBe(0);
  });

  it('shows a card graded Again again only after the others due now', () => {
    const state = startSession(buildQueue({ cardIds: ids(3), cards: {}, flags: {}, newLeft: 20, time: timeAt(NOW) }), null);
    const { next } = gradeCard(scheduler, 'n0', undefined, 1, NOW, clock);
    const after = afterGrade(state, 'n0', 1, next, NOW);
    expect(pickNext(after, { n0: next as StoredCard }, NOW + 2 * MINUTE, 'n0')).toBe('n1');
  });
});
