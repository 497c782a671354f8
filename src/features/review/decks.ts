import type { TFunction } from 'i18next';
import { ALL_DECK, deckCardIds, MAIN_DECKS, parseDeck, type DeckId } from '@/domain/cards';
import { pickText, type Lang } from '@/domain/content';
import { allCards, content, getPrinciple, getTopic } from '@/lib/content';

/** A deck to review: one deck, or several joined (several topics, say). */
export interface Deck {
  /** The deck, or the first of the decks joined. */
  readonly id: DeckId;
  /** Every deck joined, in the order given (one for most decks). */
  readonly parts: readonly DeckId[];
  /** Card ids in deck order, each once. */
  readonly cardIds: readonly string[];
}

const cache = new Map<DeckId, readonly string[]>();

/** Topics carrying a tag, in content order. */
export function topicsWithTag(tag: string): string[] {
  return content.topics.filter((topic) => topic.tags.includes(tag)).map((topic) => topic.id);
}

function cardsOf(id: DeckId): readonly string[] {
  let ids = cache.get(id);
  if (ids === undefined) {
    const parsed = parseDeck(id);
    if (parsed?.kind === ALL_DECK) ids = allCards().map((card) => card.id);
    else if (parsed?.kind === 'tag') ids = topicsWithTag(parsed.id).flatMap((topic) => deckCardIds(allCards(), `topic:${topic}`));
    else ids = deckCardIds(allCards(), id);
    cache.set(id, ids);
  }
  return ids;
}

/** A deck id of the address, if the content has it (a topic, LP or tag that exists). */
function findOne(value: string): DeckId | null {
  const parsed = parseDeck(value);
  if (parsed === null) return null;
  if (parsed.kind === 'topic' && getTopic(parsed.id) === undefined) return null;
  if (parsed.kind === 'lp' && getPrinciple(parsed.id) === undefined) return null;
  if (parsed.kind === 'tag' && topicsWithTag(parsed.id).length === 0) return null;
  return (parsed.kind === 'topic' || parsed.kind === 'lp' || parsed.kind === 'tag' ? `${parsed.kind}:${parsed.id}` : parsed.kind) as DeckId;
}

/** The deck the address names (`?deck=a&deck=b` joins decks); null if any part is unknown. */
export function findDeck(values: readonly string[]): Deck | null {
  if (values.length === 0) return null;
  const parts: DeckId[] = [];
  for (const value of values) {
    const id = findOne(value);
    if (id === null) return null;
    if (!parts.includes(id)) parts.push(id);
  }
  const [first] = parts;
  if (first === undefined) return null;
  if (parts.length === 1) return { id: first, parts, cardIds: cardsOf(first) };
  const seen = new Set<string>();
  const cardIds: string[] = [];
  for (const part of parts) {
    for (const card of cardsOf(part)) {
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

/** Every deck with cards: all cards, the three whole decks, one per topic, one per shared tag, one per LP. */
export function allDecks(): { main: Deck[]; topics: Deck[]; tags: Deck[]; principles: Deck[] } {
  const withCards = (ids: DeckId[]): Deck[] => ids.map((id) => ({ id, parts: [id], cardIds: cardsOf(id) })).filter((d) => d.cardIds.length > 0);
  return {
    main: withCards([ALL_DECK, ...MAIN_DECKS]),
    topics: withCards(content.topics.map((t): DeckId => `topic:${t.id}`)),
    tags: withCards(sharedTags().map(({ tag }): DeckId => `tag:${tag}`)),
    principles: withCards(content.principles.map((p): DeckId => `lp:${p.id}`)),
  };
}

/** The address of a deck's session (several decks: one `deck` parameter each). */
export function deckHref(parts: DeckId | readonly DeckId[], cram = false): string {
  const list = typeof parts === 'string' ? [parts] : parts;
  const query = list.map((part) => `deck=${part}`).join('&');
  return `/review?${query}${cram ? '&mode=cram' : ''}`;
}
