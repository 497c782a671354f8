import { gradeCard, type Scheduler } from './scheduling';
import type { StudyClock } from './study-day';
import type { ReviewLogEntry, StoredCard } from './review';

/**
 * A card's scheduling state recomputed from its review log: every scheduled grade replayed through
 * the scheduler in time order, from a new card. Cram grades are kept in the log but never move the
 * schedule; study days are counted by `clock`, as a review session counts them. Pure; used when logs from two devices are merged, so the schedule reflects every
 * review made on either.
 */
export interface Replayed {
  /** The card's state after its last scheduled grade; undefined if it has none (still new). */
  readonly card: StoredCard | undefined;
  /** The card's entries in time order, each with the state the card had before it (as replayed). */
  readonly entries: readonly ReviewLogEntry[];
}

const byTime = (a: ReviewLogEntry, b: ReviewLogEntry): number => a[0] - b[0] || a[2] - b[2];

export function replayCard(scheduler: Scheduler, clock: StudyClock, cardId: string, log: readonly ReviewLogEntry[]): Replayed {
  return replayEntries(
    scheduler,
    clock,
    cardId,
    log.filter((e) => e[1] === cardId),
  );
}

/** Replays one card's own entries (in any order). */
function replayEntries(scheduler: Scheduler, clock: StudyClock, cardId: string, own: ReviewLogEntry[]): Replayed {
  let card: StoredCard | undefined;
  const entries: ReviewLogEntry[] = [];
  for (const entry of own.sort(byTime)) {
    const [at, , grade, , cram] = entry;
    entries.push([at, cardId, grade, card?.state ?? 0, cram]);
    if (cram === 0) card = gradeCard(scheduler, cardId, card, grade, at, clock).next;
  }
  return { card, entries };
}

/**
 * Replays the cards in `cardIds` over a merged log: their states, and the log with those cards'
 * entries given the state before each grade as replayed (other entries as they were), in time order.
 */
export function replayCards(
  scheduler: Scheduler,
  clock: StudyClock,
  cardIds: Iterable<string>,
  log: readonly ReviewLogEntry[],
): { cards: Record<string, StoredCard | undefined>; log: ReviewLogEntry[] } {
  const ids = new Set(cardIds);
  const cards: Record<string, StoredCard | undefined> = {};
  const replayed: ReviewLogEntry[] = [];
  const byCard = new Map<string, ReviewLogEntry[]>([...ids].map((id) => [id, []]));
  for (const entry of log) {
    const own = byCard.get(entry[1]);
    if (own) own.push(entry);
    else replayed.push(entry);
  }
  for (const [id, own] of byCard) {
    const result = replayEntries(scheduler, clock, id, own);
    cards[id] = result.card;
    for (const entry of result.entries) replayed.push(entry);
  }
  return { cards, log: replayed.sort((a, b) => a[0] - b[0]) };
}
