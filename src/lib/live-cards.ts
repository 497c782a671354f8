import { MAIN_DECKS, principlePromptCardId, questionPromptCardId, recallCardId, RECALL_DIRECTIONS, type DeckId } from '@/domain/cards';
import type { ContentIndex, TopicCardIds } from '@/domain/content';
import { isOwnCardId } from '@/domain/ids';
import { byIdTime, push, type LiveCard, type LiveCardModel, type LiveCards, type LiveModel, type LiveQuestion, type LiveUserData } from './live-model';

/**
 * The cards of the live model: every card (the notes' topic cards, the principles' recall cards,
 * the prompt cards of questions and principles, the user's own) with its decks. Apart from the
 * model itself because it needs each topic's card ids, which only the views of cards load (the
 * first page shows counts, not cards). Pure: the index, the ids and the user's slices are
 * parameters; `liveCardModel` memoises on their identity.
 */

/**
 * Every card with its decks. It depends on the index, the card overlays and the user's own
 * questions only (a question's deck follows its principles, not its draft), so it is kept while the
 * user types in a story or a draft: with thousands of cards that keeps a keystroke cheap.
 */
function buildLiveCards(
  index: ContentIndex,
  topicCardIds: TopicCardIds,
  cardOverlays: LiveUserData['cards'],
  questions: readonly Pick<LiveQuestion, 'id' | 'principles'>[],
): LiveCards {
  const cards: LiveCard[] = [];
  const topicIds = new Set(index.topics.map((t) => t.id));
  const own = Object.keys(cardOverlays)
    .filter((id) => isOwnCardId(id) && cardOverlays[id]?.deleted === false && cardOverlays[id]?.deck !== null)
    .sort(byIdTime);
  const ownByDeck = new Map<string, string[]>();
  for (const id of own) push(ownByDeck, cardOverlays[id]?.deck ?? '', id);

  // Topic cards, each topic's own cards after content's; then own cards of topics no longer in content.
  for (const topic of index.topics) {
    const deck: DeckId = `topic:${topic.id}`;
    for (const id of topicCardIds[topic.id] ?? []) cards.push({ id, decks: ['topics', deck], kind: 'topic' });
    for (const id of ownByDeck.get(deck) ?? []) cards.push({ id, decks: ['topics', deck], kind: 'own' });
  }
  for (const [deck, ids] of ownByDeck) {
    if (deck.startsWith('topic:') && !topicIds.has(deck.slice(6))) for (const id of ids) cards.push({ id, decks: ['topics', deck as DeckId], kind: 'own' });
  }
  // Decks of the user's own, in the order they were made.
  const ownDecks: string[] = [];
  for (const [deck, ids] of ownByDeck) {
    if (!deck.startsWith('own:')) continue;
    ownDecks.push(deck.slice(4));
    for (const id of ids) cards.push({ id, decks: [deck as DeckId], kind: 'own' });
  }
  for (const direction of RECALL_DIRECTIONS) {
    for (const p of index.principles) cards.push({ id: recallCardId(p.id, direction), decks: ['principles', `lp:${p.id}`], kind: 'recall' });
  }
  for (const q of questions) {
    cards.push({ id: questionPromptCardId(q.id), decks: ['questions', ...q.principles.map((p): DeckId => `lp:${p}`)], kind: 'question' });
  }
  for (const p of index.principles) cards.push({ id: principlePromptCardId(p.id), decks: ['questions', `lp:${p.id}`], kind: 'principle' });

  const decks = new Map<DeckId, string[]>();
  for (const deck of MAIN_DECKS) decks.set(deck, []);
  for (const card of cards) for (const deck of card.decks) push(decks, deck, card.id);
  return { cards, cardById: new Map(cards.map((c) => [c.id, c])), decks, ownDecks };
}

let cardMemo: {
  index: ContentIndex;
  ids: TopicCardIds;
  cards: LiveUserData['cards'];
  ownQuestions: LiveUserData['ownQuestions'];
  part: LiveCards;
} | null = null;

/**
 * The cards for these inputs, built once. They depend on the card overlays and the user's own
 * questions only (a question's deck follows its principles, not its draft), so they are kept while
 * the user types in a story or a draft: with thousands of cards that keeps a keystroke cheap.
 */
export function liveCards(
  index: ContentIndex,
  ids: TopicCardIds,
  user: Pick<LiveUserData, 'cards' | 'ownQuestions'>,
  model: Pick<LiveModel, 'questions'>,
): LiveCards {
  if (cardMemo?.index === index && cardMemo.ids === ids && cardMemo.cards === user.cards && cardMemo.ownQuestions === user.ownQuestions) return cardMemo.part;
  const part = buildLiveCards(index, ids, user.cards, model.questions);
  cardMemo = { index, ids, cards: user.cards, ownQuestions: user.ownQuestions, part };
  return part;
}

let combined: { model: LiveModel; part: LiveCards; value: LiveCardModel } | null = null;

/** The live model with its cards: one object while neither changed. */
export function liveCardModel(index: ContentIndex, ids: TopicCardIds, user: Pick<LiveUserData, 'cards' | 'ownQuestions'>, model: LiveModel): LiveCardModel {
  const part = liveCards(index, ids, user, model);
  if (combined?.model === model && combined.part === part) return combined.value;
  const value: LiveCardModel = { ...model, cards: part.cards, cardById: part.cardById, decks: part.decks, ownDecks: part.ownDecks };
  combined = { model, part, value };
  return value;
}
