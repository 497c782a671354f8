import type { TFunction } from 'i18next';
import { MAIN_DECKS, parseDeck, type DeckId } from '@/domain/cards';
import { pickText, type Lang } from '@/domain/content';
import { getPrinciple, getTopic } from '@/lib/content';
import type { LiveModel } from '@/lib/live-model';

export interface Deck {
  readonly id: DeckId;
  /** Card ids in deck order. */
  readonly cardIds: readonly string[];
}

const NO_CARDS: readonly string[] = [];

function deckOf(model: LiveModel, id: DeckId): Deck {
  return { id, cardIds: model.decks.get(id) ?? NO_CARDS };
}

/** A deck named in the address, if it exists: a topic or LP that content has, or an own deck with cards. */
export function findDeck(value: string | null, model: LiveModel): Deck | null {
  const parsed = parseDeck(value);
  if (parsed === null) return null;
  if (parsed.kind === 'topic' && getTopic(parsed.id) === undefined) return null;
  if (parsed.kind === 'lp' && getPrinciple(parsed.id) === undefined) return null;
  if (parsed.kind === 'own' && !model.decks.has(`own:${parsed.id}`)) return null;
  const id = (parsed.kind === 'topic' || parsed.kind === 'lp' || parsed.kind === 'own' ? `${parsed.kind}:${parsed.id}` : parsed.kind) as DeckId;
  return deckOf(model, id);
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
    case 'own':
      return parsed.id;
    default:
      return t(`decks.${parsed.kind}`);
  }
}

/** Every deck with cards: the three whole decks, one per topic, the user's own decks, one per LP. */
export function allDecks(
  model: LiveModel,
  topicIds: readonly string[],
  principleIds: readonly string[],
): { main: Deck[]; topics: Deck[]; own: Deck[]; principles: Deck[] } {
  const withCards = (ids: DeckId[]): Deck[] => ids.map((id) => deckOf(model, id)).filter((d) => d.cardIds.length > 0);
  return {
    main: withCards([...MAIN_DECKS]),
    topics: withCards(topicIds.map((t): DeckId => `topic:${t}`)),
    own: withCards(model.ownDecks.map((name): DeckId => `own:${name}`)),
    principles: withCards(principleIds.map((p): DeckId => `lp:${p}`)),
  };
}

/** The address of a deck's session (an own deck's name is escaped; `:` stays readable). */
export function deckHref(id: DeckId, cram = false): string {
  return `/review?deck=${encodeURIComponent(id).replace(/%3A/gi, ':')}${cram ? '&mode=cram' : ''}`;
}
