import { CARD_ID_PATTERN, isCardDeck, isOwnCardId } from '@/domain/ids';
import type { CardOverlay } from '@/domain/overlays';
import { recordSlice } from './record-slice';
import { expectBoolean, expectKeys, expectObject, expectString, expectTime, InvalidUserDataError, type Report } from './validation';

export * from './cards-state';

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
