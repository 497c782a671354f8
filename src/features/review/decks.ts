import type { TFunction } from 'i18next';
import { deckCardIds, MAIN_DECKS, parseDeck, type DeckId } from '@/domain/cards';
import { pickText, type Lang } from '@/domain/content';
import { allCards, content, getPrinciple, getTopic } from '@/lib/content';

export interface Deck {
  readonly id: DeckId;
  /** Card ids in deck order. */
  readonly cardIds: readonly string[];
}

const cache = new Map<DeckId, readonly string[]>();

function cardsOf(id: DeckId): readonly string[] {
  let ids = cache.get(id);
  if (ids === undefined) {
    ids = deckCardIds(allCards(), id);
    cache.set(id, ids);
  }
  return ids;
}

/** A deck named in the address, if the content has it (a topic or LP that exists). */
export function findDeck(value: string | null): Deck | null {
  const parsed = parseDeck(value);
  if (parsed === null) return null;
  if (parsed.kind === 'topic' && getTopic(parsed.id) === undefined) return null;
  if (parsed.kind === 'lp' && getPrinciple(parsed.id) === undefined) return null;
  const id = (parsed.kind === 'topic' || parsed.kind === 'lp' ? `${parsed.kind}:${parsed.id}` : parsed.kind) as DeckId;
  return { id, cardIds: cardsOf(id) };
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
    default:
      return t(`decks.${parsed.kind}`);
  }
}

/** Every deck with cards: the three whole decks, then one per topic, then one per LP. */
export function allDecks(): { main: Deck[]; topics: Deck[]; principles: Deck[] } {
  const withCards = (ids: DeckId[]): Deck[] => ids.map((id) => ({ id, cardIds: cardsOf(id) })).filter((d) => d.cardIds.length > 0);
  return {
    main: withCards([...MAIN_DECKS]),
    topics: withCards(content.topics.map((t): DeckId => `topic:${t.id}`)),
    principles: withCards(content.principles.map((p): DeckId => `lp:${p.id}`)),
  };
}

/** The address of a deck's session. */
export function deckHref(id: DeckId, cram = false): string {
  return `/review?deck=${id}${cram ? '&mode=cram' : ''}`;
}
