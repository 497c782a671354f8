import type { TFunction } from 'i18next';
import { ALL_DECK, MAIN_DECKS, parseDeck, type DeckId } from '@/domain/cards';
import { pickText, type Lang } from '@/domain/content';
import { content, getPrinciple, getTopic } from '@/lib/content';
import type { LiveCardModel } from '@/lib/live-model';

/** A deck to review: one deck, or several joined (several topics, say). */
export interface Deck {
  /** The deck, or the first of the decks joined. */
  readonly id: DeckId;
  /** Every deck joined, in the order given (one for most decks). */
  readonly parts: readonly DeckId[];
  /** Card ids in deck order, each once. */
  readonly cardIds: readonly string[];
}

const NO_CARDS: readonly string[] = [];

/** Topics carrying a tag, in content order. */
export function topicsWithTag(tag: string): string[] {
  return content.topics.filter((topic) => topic.tags.includes(tag)).map((topic) => topic.id);
}

/**
 * Card ids of one deck, from the live model (own cards, edited cards and own questions included).
 * Derived lists (all cards, a tag's topics) are kept per model, so a session reads the same array
 * while the model is the same object.
 */
const derived = new WeakMap<LiveCardModel, Map<DeckId, readonly string[]>>();

function cardsOf(model: LiveCardModel, id: DeckId): readonly string[] {
  const parsed = parseDeck(id);
  if (parsed === null || (parsed.kind !== ALL_DECK && parsed.kind !== 'tag')) return model.decks.get(id) ?? NO_CARDS;
  let memo = derived.get(model);
  if (memo === undefined) {
    memo = new Map();
    derived.set(model, memo);
  }
  let ids = memo.get(id);
  if (ids === undefined) {
    if (parsed.kind !== 'tag') ids = model.cards.map((card) => card.id);
    else ids = [...new Set(topicsWithTag(parsed.id).flatMap((topic) => model.decks.get(`topic:${topic}`) ?? NO_CARDS))];
    memo.set(id, ids);
  }
  return ids;
}

/** A deck id of the address, if it exists: a topic, LP or tag that content has, or an own deck with cards. */
function findOne(value: string, model: LiveCardModel): DeckId | null {
  const parsed = parseDeck(value);
  if (parsed === null) return null;
  if (parsed.kind === 'topic' && getTopic(parsed.id) === undefined) return null;
  if (parsed.kind === 'lp' && getPrinciple(parsed.id) === undefined) return null;
  if (parsed.kind === 'tag' && topicsWithTag(parsed.id).length === 0) return null;
  if (parsed.kind === 'own' && !model.decks.has(`own:${parsed.id}`)) return null;
  return (
    parsed.kind === 'topic' || parsed.kind === 'lp' || parsed.kind === 'tag' || parsed.kind === 'own' ? `${parsed.kind}:${parsed.id}` : parsed.kind
  ) as DeckId;
}

/** The deck the address names (`?deck=a&deck=b` joins decks); null if any part is unknown. */
export function findDeck(values: readonly string[], model: LiveCardModel): Deck | null {
  if (values.length === 0) return null;
  const parts: DeckId[] = [];
  for (const value of values) {
    const id = findOne(value, model);
    if (id === null) return null;
    if (!parts.includes(id)) parts.push(id);
  }
  return joinDecks(parts, model);
}

/** The deck of these parts, from the live model; null when none is given. */
export function joinDecks(parts: readonly DeckId[], model: LiveCardModel): Deck | null {
  const [first] = parts;
  if (first === undefined) return null;
  if (parts.length === 1) return { id: first, parts, cardIds: cardsOf(model, first) };
  const seen = new Set<string>();
  const cardIds: string[] = [];
  for (const part of parts) {
    for (const card of cardsOf(model, part)) {
      if (seen.has(card)) continue;
      seen.add(card);
      cardIds.push(card);
    }
  }
  return { id: first, parts, cardIds };
}

export function deckName(id: DeckId, lang: Lang, t: TFunction<'review'>): string {
  const parsed = parseDeck(id);
  if (parsed === null) return id;
  switch (parsed.kind) {
    case 'topic': {
      const topic = getTopic(parsed.id);
      return topic ? pickText(topic.title, lang) : parsed.id;
    }
    case 'lp':
      return getPrinciple(parsed.id)?.title[lang] ?? parsed.id;
    case 'tag':
      return t('decks.tagDeck', { tag: parsed.id });
    case 'own':
      return parsed.id;
    default:
      return t(`decks.${parsed.kind}`);
  }
}

/** The name of a deck of several parts: its parts' names joined. */
export function joinedName(deck: Deck, lang: Lang, t: TFunction<'review'>): string {
  return deck.parts.map((part) => deckName(part, lang, t)).join(' + ');
}

/** Tags shared by at least two topics, most topics first: each is a deck. */
export function sharedTags(): { tag: string; topics: number }[] {
  const counts = new Map<string, number>();
  for (const topic of content.topics) for (const tag of topic.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .map(([tag, topics]) => ({ tag, topics }))
    .sort((a, b) => b.topics - a.topics || a.tag.localeCompare(b.tag));
}

export interface DeckGroups {
  readonly main: Deck[];
  readonly topics: Deck[];
  readonly tags: Deck[];
  readonly own: Deck[];
  readonly principles: Deck[];
}

/** Every deck with cards: all cards, the three whole decks, one per topic, one per shared tag, the user's own decks, one per LP. */
export function allDecks(model: LiveCardModel): DeckGroups {
  const withCards = (ids: DeckId[]): Deck[] => ids.map((id) => ({ id, parts: [id], cardIds: cardsOf(model, id) })).filter((d) => d.cardIds.length > 0);
  return {
    main: withCards([ALL_DECK, ...MAIN_DECKS]),
    topics: withCards(content.topics.map((t): DeckId => `topic:${t.id}`)),
    tags: withCards(sharedTags().map(({ tag }): DeckId => `tag:${tag}`)),
    own: withCards(model.ownDecks.map((name): DeckId => `own:${name}`)),
    principles: withCards(content.principles.map((p): DeckId => `lp:${p.id}`)),
  };
}

/** One deck's address part (an own deck's name is escaped; `:` stays readable). */
function deckParam(id: DeckId): string {
  return `deck=${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
}

/** The address of a deck's session (several decks: one `deck` parameter each). */
export function deckHref(parts: DeckId | readonly DeckId[], cram = false): string {
  const list = typeof parts === 'string' ? [parts] : parts;
  return `/review?${list.map(deckParam).join('&')}${cram ? '&mode=cram' : ''}`;
}
