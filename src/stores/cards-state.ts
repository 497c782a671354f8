import type { StateCreator } from 'zustand';
import type { CardFields, CardOverlay } from '@/domain/overlays';
import { flagDeleted } from './flag-deleted';
import { setRecord } from './records';

export type CardOverlays = Readonly<Record<string, CardOverlay>>;

export interface CardsSlice {
  /** Edits of content topic cards (keyed by their id) and the user's own cards (`own:...`). */
  cards: CardOverlays;
  /** Stores a card's question and answer (an edit of a content card, or a card of one's own). */
  saveCard: (id: string, card: CardFields, now?: number) => void;
  /** Hides an own card; its text stays so that it can be restored. */
  deleteCard: (id: string, now?: number) => void;
  restoreCard: (id: string, now?: number) => void;
  /** Drops the overlay: a content card reads as content/ has it again ("Restore the original"). */
  revertCard: (id: string) => void;
  /** Puts an overlay back exactly (undo of a revert or a delete). */
  putCard: (id: string, card: CardOverlay | undefined) => void;
  /** Puts several overlays at once (undefined removes one): an import of cards, and its undo. */
  putCards: (records: Readonly<Record<string, CardOverlay | undefined>>) => void;
}

export const createCardsSlice: StateCreator<CardsSlice, [], [], CardsSlice> = (set) => ({
  cards: {},
  saveCard: (id, card, now = Date.now()) =>
    set((s) => ({ cards: { ...s.cards, [id]: { question: card.question, answer: card.answer, deck: card.deck, updatedAt: now, deleted: false } } })),
  deleteCard: (id, now = Date.now()) => set((s) => ({ cards: flagDeleted(s.cards, id, true, now) ?? s.cards })),
  restoreCard: (id, now = Date.now()) => set((s) => ({ cards: flagDeleted(s.cards, id, false, now) ?? s.cards })),
  revertCard: (id) => set((s) => ({ cards: setRecord(s.cards, id, undefined) })),
  putCard: (id, card) => set((s) => ({ cards: setRecord(s.cards, id, card) })),
  putCards: (records) =>
    set((s) => {
      const cards: Record<string, CardOverlay> = { ...s.cards };
      for (const [id, card] of Object.entries(records)) {
        if (card === undefined) delete cards[id];
        else cards[id] = card;
      }
      return { cards };
    }),
});
