import type { StateCreator } from 'zustand';
import { CARD_ID_PATTERN, isCardDeck, isOwnCardId } from '@/domain/ids';
import type { CardFields, CardOverlay } from '@/domain/overlays';
import { flagDeleted } from './flag-deleted';
import { mergeRecords, type SliceData, setRecord } from './merge';
import { expectBoolean, expectKeys, expectObject, expectString, expectTime, InvalidUserDataError } from './validation';

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

function validateCard(value: unknown, path: string, id: string): CardOverlay {
  const o = expectObject(value, path);
  expectKeys(o, path, ['question', 'answer', 'deck', 'updatedAt', 'deleted']);
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

/** Card ids contain ":", so keys are checked against the card-id pattern, not the kebab-case one. */
function validateCards(value: unknown, path: string): Record<string, CardOverlay> {
  const object = expectObject(value, path);
  const out: Record<string, CardOverlay> = {};
  for (const [id, entry] of Object.entries(object)) {
    const at = `${path}["${id.slice(0, 60)}"]`;
    if (!CARD_ID_PATTERN.test(id)) throw new InvalidUserDataError(at, 'expected a card id as key');
    out[id] = validateCard(entry, at, id);
  }
  return out;
}

export const cardsData: SliceData<CardOverlays> = {
  empty: {},
  validate: validateCards,
  merge: mergeRecords,
  count: (cards) => Object.values(cards).filter((c) => !c.deleted).length,
};
