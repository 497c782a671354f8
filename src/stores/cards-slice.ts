import type { StateCreator } from 'zustand';
import { CARD_ID_PATTERN, isCardDeck, isOwnCardId } from '@/domain/ids';
import type { CardFields, CardOverlay } from '@/domain/overlays';
import { flagDeleted } from './flag-deleted';
import { setRecord } from './merge';
import { recordSlice } from './record-slice';
import { expectBoolean, expectKeys, expectObject, expectString, expectTime, InvalidUserDataError, type Report } from './validation';

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

function validateCard(value: unknown, path: string, report: Report, id: string): CardOverlay {
  const o = expectObject(value, path);
  expectKeys(o, path, ['question', 'answer', 'deck', 'updatedAt', 'deleted'], report);
  const deck = o.deck;
  if (isOwnCardId(id)) {
    if (typeof deck !== 'string' || !isCardDeck(deck)) throw new InvalidUserDataError(`${path}.deck`, 'expected "topic:<id>" or "own:<name>"');
  } else if (deck !== null) {
    throw new InvalidUserDataError(`${path}.deck`, 'expected null (an edit of a content card)');
  }
  return {
    question: expectString(o.question, `${path}.question`),
    answer: expectString(o.answer, `${path}.answer`),
    deck: deck as string | null,
    updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`),
    deleted: expectBoolean(o.deleted, `${path}.deleted`),
  };
}

/** Card overlays, one record per card id (card ids contain ":", so keys follow the card-id pattern); deleted own cards keep their text. */
export const cardsData = recordSlice<CardOverlay>({ kind: 'cards', validateRecord: validateCard, idPattern: CARD_ID_PATTERN, idName: 'a card id' });
