import { describe, expect, it } from 'vitest';
import { DAY, type ReviewLogEntry, type StoredCard } from '@/domain/review';
import { replayCard, replayCards } from '@/domain/review-replay';
import { createScheduler, gradeCard } from '@/domain/scheduling';
import { localStudyClock } from '@/domain/study-day';

const T0 = Date.UTC(2026, 10, 1, 9);
const scheduler = createScheduler({ desiredRetention: 0.9 });
const clock = localStudyClock();

/** Grades one card step by step, as a review session does, and returns its log and state. */
function session(cardId: string, grades: [number, 1 | 2 | 3 | 4, boolean?][]): { log: ReviewLogEntry[]; card: StoredCard | undefined } {
  let card: StoredCard | undefined;
  const log: ReviewLogEntry[] = [];
  for (const [day, g, cram] of grades) {
    const { next, entry } = gradeCard(scheduler, cardId, card, g, T0 + day * DAY, clock, cram ?? false);
    card = next;
    log.push(entry);
  }
  return { log, card };
}

describe('replaying a review log through the scheduler', () => {
  it('gives exactly the state grading gave, and the same state-before in each entry', () => {
    const { log, card } = session('topic:docker:abc1234', [
      [0, 3],
      [1, 3],
      [4, 1],
      [4.01, 3],
      [9, 4],
    ]);
    const replayed = replayCard(scheduler, clock, 'topic:docker:abc1234', [...log].reverse());
    expect(replayed.card).toEqual(card);
    expect(replayed.entries).toEqual(log);
  });

  it('skips cram grades: they stay in the log and never move the schedule', () => {
    const { log, card } = session('c', [
      [0, 3],
      [0.5, 1, true],
      [2, 3],
      [2.2, 4, true],
    ]);
    expect(replayCard(scheduler, clock, 'c', log).card).toEqual(card);
    expect(replayCard(scheduler, clock, 'c', log).entries.filter((e) => e[4] === 1)).toHaveLength(2);
  });

  it('a card graded on two devices ends as if every grade had been made on one, in time order', () => {
    const desk: [number, 1 | 2 | 3 | 4][] = [
      [0, 3],
      [3, 3],
    ];
    const phone: [number, 1 | 2 | 3 | 4][] = [
      [1, 1],
      [6, 3],
    ];
    const merged = [...session('x', desk).log, ...session('x', phone).log];
    const straight = session(
      'x',
      [...desk, ...phone].sort((a, b) => a[0] - b[0]),
    );
    const { cards, log } = replayCards(scheduler, clock, ['x'], merged);
    expect(cards.x).toEqual(straight.card);
    expect(log).toEqual(straight.log);
  });

  it('leaves other cards’ entries as they are, and a card with only cram grades new', () => {
    const other: ReviewLogEntry = [T0, 'other', 3, 2, 0];
    const { cards, log } = replayCards(scheduler, clock, ['only-cram'], [other, [T0 + 1, 'only-cram', 3, 0, 1]]);
    expect(cards['only-cram']).toBeUndefined();
    expect(log).toEqual([other, [T0 + 1, 'only-cram', 3, 0, 1]]);
  });
});
