import type { StateCreator } from 'zustand';
import {
  EMPTY_REVIEW_DATA,
  NEW_PER_DAY_MAX,
  type CardFlags,
  type ReviewData,
  type ReviewLogEntry,
  type ReviewSettings,
  type StoredCard,
} from '@/domain/review';

/**
 * One step undo can take back, with the state it left so undo only acts on exactly that state:
 * a grade (the card's state before and after it, and its log entry) or a change of flags
 * (suspend, bury).
 */
export type ReviewUndoEntry =
  | {
      readonly kind: 'grade';
      readonly cardId: string;
      /** The card's state before (undefined: it was new). */
      readonly previous: StoredCard | undefined;
      /** The card's state the grade left (for a cram grade, the same as before). */
      readonly after: StoredCard | undefined;
      readonly entry: ReviewLogEntry;
    }
  | { readonly kind: 'flags'; readonly cardId: string; readonly previous: CardFlags | undefined; readonly after: CardFlags | undefined };

/** How many steps undo can take back; kept in memory only. */
export const UNDO_LIMIT = 100;

/** What undo did: took the step back, found nothing to undo, or refused because the card changed since. */
export type UndoResult = { readonly ok: true; readonly undone: ReviewUndoEntry } | { readonly ok: false; readonly reason: 'empty' | 'changed' };

export interface ReviewSlice {
  /** Persisted: card states, the review log, review settings, flags, today's extra new cards. */
  review: ReviewData;
  /** Not persisted: the steps of this visit that undo can take back, newest last. */
  reviewUndo: readonly ReviewUndoEntry[];
  /**
   * Not persisted: bumped whenever the data changed from outside this tab's actions (an import,
   * a restore, another tab's merge). Undo history does not survive it; views holding their own
   * history of review steps (the session) drop it when this changes.
   */
  reviewGeneration: number;
  /** `More new cards today`: adds to today's shared new-card limit (study day `day`). */
  addExtraNew: (day: string, count: number) => void;
  setReviewSettings: (patch: Partial<ReviewSettings>) => void;
  /** The data changed from outside (import, restore, another tab): clears the undo history. */
  externalChange: () => void;
}

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = (set) => ({
  review: EMPTY_REVIEW_DATA,
  reviewUndo: [],
  reviewGeneration: 0,
  addExtraNew: (day, count) =>
    set((s) => {
      const current = s.review.extraNew !== null && s.review.extraNew.day === day ? s.review.extraNew.count : 0;
      return { review: { ...s.review, extraNew: { day, count: Math.min(NEW_PER_DAY_MAX, current + count) } } };
    }),
  setReviewSettings: (patch) => set((s) => ({ review: { ...s.review, settings: { ...s.review.settings, ...patch } } })),
  externalChange: () => set((s) => ({ reviewUndo: [], reviewGeneration: s.reviewGeneration + 1 })),
});
