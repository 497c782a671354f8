import type { StoreApi } from 'zustand';
import { useAppStore, type AppState } from './app-store';
import { deepEqual } from './equal';
import { setRecord } from './records';
import { UNDO_LIMIT, type UndoResult } from './review-state';
import { sameFlags, storedFlags, type CardFlags, type ReviewLogEntry, type StoredCard } from '@/domain/review';

/**
 * What reviewing changes, as functions over the store (zustand's actions outside the store): only
 * the views that grade, bury, suspend or undo load them, and tests hand in a store of their own.
 */
type Store = Pick<StoreApi<AppState>, 'getState' | 'setState'>;

/**
 * Records a grade: the card's new state (computed by the scheduler; for a cram grade, its
 * unchanged state) and the log entry. Pushes an undo entry.
 */
export function recordReview(cardId: string, next: StoredCard | undefined, entry: ReviewLogEntry, store: Store = useAppStore): void {
  store.setState((s) => {
    const previous = s.review.cards[cardId];
    const cards = next === previous ? s.review.cards : setRecord(s.review.cards, cardId, next);
    return {
      review: { ...s.review, cards, log: [...s.review.log, entry] },
      reviewUndo: [...s.reviewUndo.slice(-(UNDO_LIMIT - 1)), { kind: 'grade', cardId, previous, after: next, entry }],
    };
  });
}

/** Suspends or buries a card (or lifts it). Pushes an undo entry. */
export function setCardFlags(cardId: string, flags: CardFlags, store: Store = useAppStore): void {
  store.setState((s) => {
    const previous = s.review.flags[cardId];
    const after = storedFlags(flags);
    if (sameFlags(previous, after)) return {};
    return {
      review: { ...s.review, flags: setRecord(s.review.flags, cardId, after) },
      reviewUndo: [...s.reviewUndo.slice(-(UNDO_LIMIT - 1)), { kind: 'flags', cardId, previous, after }],
    };
  });
}

/**
 * Takes back the last step, only if the card is still exactly in the state that step left:
 * restores the card's previous state and drops its log entry (or restores its flags).
 */
export function undoReview(store: Store = useAppStore): UndoResult {
  const last = store.getState().reviewUndo.at(-1);
  if (last === undefined) return { ok: false, reason: 'empty' };
  const { review } = store.getState();
  if (last.kind === 'grade') {
    const index = review.log.lastIndexOf(last.entry);
    const logIndex =
      index !== -1 ? index : review.log.findIndex((e) => e[0] === last.entry[0] && e[1] === last.entry[1] && e[2] === last.entry[2] && e[4] === last.entry[4]);
    if (!deepEqual(review.cards[last.cardId], last.after) || logIndex === -1) {
      // The card moved on since (another tab graded it, or the data was replaced): undoing
      // would destroy that. Undo history up to here is no longer safe.
      store.setState({ reviewUndo: [] });
      return { ok: false, reason: 'changed' };
    }
    store.setState((s) => ({
      review: {
        ...s.review,
        cards: s.review.cards[last.cardId] === last.previous ? s.review.cards : setRecord(s.review.cards, last.cardId, last.previous),
        log: [...s.review.log.slice(0, logIndex), ...s.review.log.slice(logIndex + 1)],
      },
      reviewUndo: s.reviewUndo.slice(0, -1),
    }));
    return { ok: true, undone: last };
  }
  if (!sameFlags(review.flags[last.cardId], last.after)) {
    store.setState({ reviewUndo: [] });
    return { ok: false, reason: 'changed' };
  }
  store.setState((s) => ({ review: { ...s.review, flags: setRecord(s.review.flags, last.cardId, last.previous) }, reviewUndo: s.reviewUndo.slice(0, -1) }));
  return { ok: true, undone: last };
}
