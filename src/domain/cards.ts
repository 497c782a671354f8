/**
 * Flashcards derived from content: ids, deck membership and the faces a review shows.
 * Pure and shared: the build-time pipeline derives the cards, the browser looks them up.
 */
import type { BilingualText, LocalizedText, StarSection } from './content';

export const RECALL_DIRECTIONS = ['title-to-statement', 'statement-to-title'] as const;
export type RecallDirection = (typeof RECALL_DIRECTIONS)[number];

/** LP recall card ids depend on the LP id only: editing a statement keeps the history. */
export function recallCardId(principleId: string, direction: RecallDirection): string {
  return `lp:${principleId}:${direction}`;
}

/** A behavioural prompt for an expected question; stable across edits of the prompt text. */
export function questionPromptCardId(questionId: string): string {
  return `prompt:question:${questionId}`;
}

/** A behavioural prompt "tell your story for <LP>". */
export function principlePromptCardId(principleId: string): string {
  return `prompt:lp:${principleId}`;
}

/**
 * The three whole decks; single-topic and single-LP decks are `topic:<id>` and `lp:<id>`; the
 * topics sharing a tag are `tag:<tag>`; every card at once is `all`.
 */
export const MAIN_DECKS = ['topics', 'principles', 'questions'] as const;
export type MainDeck = (typeof MAIN_DECKS)[number];
export const ALL_DECK = 'all';
export type DeckId = MainDeck | typeof ALL_DECK | `topic:${string}` | `lp:${string}` | `tag:${string}`;

export type ParsedDeck =
  | { readonly kind: MainDeck | typeof ALL_DECK }
  | { readonly kind: 'topic'; readonly id: string }
  | { readonly kind: 'lp'; readonly id: string }
  | { readonly kind: 'tag'; readonly id: string };

/** Reads a deck id (as in `/review?deck=...`); null if it is not one. Existence is checked by the caller. */
export function parseDeck(value: string | null | undefined): ParsedDeck | null {
  if (value === null || value === undefined) return null;
  if (value === ALL_DECK) return { kind: ALL_DECK };
  if ((MAIN_DECKS as readonly string[]).includes(value)) return { kind: value as MainDeck };
  const match = /^(topic|lp|tag):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value);
  if (!match) return null;
  return { kind: match[1] as 'topic' | 'lp' | 'tag', id: match[2] ?? '' };
}

/** A card's id and the decks it belongs to. */
export interface CardRef {
  readonly id: string;
  readonly decks: readonly DeckId[];
}

/** What card ids and decks are derived from: the small content index has all of it. */
export interface CardSources {
  readonly topics: readonly { readonly id: string; readonly cardIds: readonly string[] }[];
  readonly principles: readonly { readonly id: string }[];
  readonly questions: readonly { readonly id: string; readonly principles: readonly string[] }[];
}

/**
 * Every flashcard with its decks, in deck order: topic cards, LP recall title-to-statement, then
 * statement-to-title (siblings far apart), question prompts, LP prompts. The build uses the same
 * order for the card faces; the browser derives it from the index instead of shipping it.
 */
export function listCards(content: CardSources): CardRef[] {
  const refs: CardRef[] = [];
  for (const topic of content.topics) {
    for (const id of topic.cardIds) refs.push({ id, decks: ['topics', `topic:${topic.id}`] });
  }
  for (const direction of RECALL_DIRECTIONS) {
    for (const p of content.principles) refs.push({ id: recallCardId(p.id, direction), decks: ['principles', `lp:${p.id}`] });
  }
  for (const q of content.questions) {
    refs.push({ id: questionPromptCardId(q.id), decks: ['questions', ...q.principles.map((p): DeckId => `lp:${p}`)] });
  }
  for (const p of content.principles) refs.push({ id: principlePromptCardId(p.id), decks: ['questions', `lp:${p.id}`] });
  return refs;
}

/** The card ids of one deck, in deck order. */
export function deckCardIds(cards: readonly CardRef[], deck: DeckId): string[] {
  const out: string[] = [];
  for (const card of cards) if (card.decks.includes(deck)) out.push(card.id);
  return out;
}

/** The first line of each written STAR section of a story, shown on a behavioural card's answer side. */
export interface StoryKeyLines {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly { readonly section: StarSection; readonly text: string }[];
}

export interface TopicCardFace {
  readonly kind: 'topic';
  readonly id: string;
  readonly topic: string;
  readonly question: string;
  /** Markdown. */
  readonly answer: string;
}

export interface RecallCardFace {
  readonly kind: 'recall';
  readonly id: string;
  readonly principle: string;
  readonly direction: RecallDirection;
  readonly title: BilingualText;
  readonly statement: BilingualText;
}

export interface PromptCardFace {
  readonly kind: 'prompt';
  readonly id: string;
  /** An expected question, or an LP ("tell your story for ..."). */
  readonly source: 'question' | 'principle';
  readonly sourceId: string;
  /** The question's prompt, or the LP's title. */
  readonly prompt: LocalizedText;
  /** The question's key points (markdown), empty for LP prompts. */
  readonly keyPoints: string;
  /** `direct`: stories the question names (or the LP's stories); `principles`: stories of the question's LPs. */
  readonly storiesFrom: 'direct' | 'principles';
  readonly stories: readonly StoryKeyLines[];
}

export type CardFace = TopicCardFace | RecallCardFace | PromptCardFace;

const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/;
const KEY_LINE_MAX = 160;

/** The first written line of a markdown section, without list markers or emphasis, shortened. */
export function keyLine(markdown: string): string {
  let fence = false;
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(`{3,}|~{3,})/.test(raw)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const line = raw
      .replace(LIST_MARKER, '')
      .replace(/\*\*|__|`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    if (line !== '') return line.length > KEY_LINE_MAX ? `${line.slice(0, KEY_LINE_MAX - 1).trimEnd()}…` : line;
  }
  return '';
}
