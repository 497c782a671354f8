/**
 * Flashcards: ids, decks and the faces a review shows. Pure and shared: the build stores the faces
 * whose text comes from content alone (topic cards, LP recall); the live model in the browser lists
 * every card with its decks, and the live face builder adds the user's text (src/lib).
 */
import type { BilingualText, LocalizedText, StarText } from './content';

export const RECALL_DIRECTIONS = ['title-to-statement', 'statement-to-title'] as const;
export type RecallDirection = (typeof RECALL_DIRECTIONS)[number];

/** LP recall card ids depend on the LP id only: editing a statement keeps the history. */
export function recallCardId(principleId: string, direction: RecallDirection): string {
  return `lp:${principleId}:${direction}`;
}

export const QUESTION_PROMPT_PREFIX = 'prompt:question:';
export const PRINCIPLE_PROMPT_PREFIX = 'prompt:lp:';

/** A behavioural prompt for an expected question; stable across edits of the prompt text. */
export function questionPromptCardId(questionId: string): string {
  return `${QUESTION_PROMPT_PREFIX}${questionId}`;
}

/** A behavioural prompt "tell your story for <LP>". */
export function principlePromptCardId(principleId: string): string {
  return `${PRINCIPLE_PROMPT_PREFIX}${principleId}`;
}

/**
 * The three whole decks; single-topic, single-LP and own decks are `topic:<id>`, `lp:<id>` and
 * `own:<name>`; the topics sharing a tag are `tag:<tag>`; every card at once is `all`.
 */
export const MAIN_DECKS = ['topics', 'principles', 'questions'] as const;
export type MainDeck = (typeof MAIN_DECKS)[number];
export const ALL_DECK = 'all';
export type DeckId = MainDeck | typeof ALL_DECK | `topic:${string}` | `lp:${string}` | `tag:${string}` | `own:${string}`;

export type ParsedDeck =
  | { readonly kind: MainDeck | typeof ALL_DECK }
  | { readonly kind: 'topic'; readonly id: string }
  | { readonly kind: 'lp'; readonly id: string }
  | { readonly kind: 'tag'; readonly id: string }
  /** A deck of the user's own cards, named freely (Korean allowed). */
  | { readonly kind: 'own'; readonly id: string };

/** Reads a deck id (as in `/review?deck=...`); null if it is not one. Existence is checked by the caller. */
export function parseDeck(value: string | null | undefined): ParsedDeck | null {
  if (value === null || value === undefined) return null;
  if (value === ALL_DECK) return { kind: ALL_DECK };
  if ((MAIN_DECKS as readonly string[]).includes(value)) return { kind: value as MainDeck };
  if (value.startsWith('own:')) {
    const name = value.slice(4);
    return name.trim() === '' || name !== name.trim() ? null : { kind: 'own', id: name };
  }
  const match = /^(topic|lp|tag):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value);
  if (!match) return null;
  return { kind: match[1] as 'topic' | 'lp' | 'tag', id: match[2] ?? '' };
}

/** A card's id and the decks it belongs to (the live model lists them). */
export interface CardRef {
  readonly id: string;
  readonly decks: readonly DeckId[];
}

/** The card ids of one deck, in deck order. */
export function deckCardIds(cards: readonly CardRef[], deck: DeckId): string[] {
  const out: string[] = [];
  for (const card of cards) if (card.decks.includes(deck)) out.push(card.id);
  return out;
}

/** A content topic card as the build stores it (the live face adds the user's edit). */
export interface ContentTopicFace {
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

/** What the build stores for the cards whose text comes from content alone: topic cards and LP recall. */
export type ContentCardFace = ContentTopicFace | RecallCardFace;

/** A question-and-answer card: a content topic card (maybe edited in the app) or one of the user's own. */
export interface TopicCardFace {
  readonly kind: 'topic';
  readonly id: string;
  /** The topic whose deck it is in, or null for a card in a deck of the user's own. */
  readonly topic: string | null;
  /** `topic:<id>` or `own:<name>`. */
  readonly deck: DeckId;
  readonly question: string;
  /** Markdown. */
  readonly answer: string;
  /** `content`: a card from content/ (`edited` when the app's edit overlays it); `own`: written in the app. */
  readonly origin: 'content' | 'own';
  readonly edited: boolean;
}

/** A story as a behavioural card shows it: its current text, from the app or from content/. */
export interface StoryFace {
  readonly id: string;
  readonly title: string;
  readonly star: StarText;
  readonly followUps: readonly string[];
}

export interface PromptCardFace {
  readonly kind: 'prompt';
  readonly id: string;
  /** An expected question (content's or the user's own), or an LP ("tell me about a time you showed ..."). */
  readonly source: 'question' | 'principle';
  readonly sourceId: string;
  /** The question's prompt; for an LP, its interview phrasing when content gives one. */
  readonly prompt: LocalizedText | null;
  /** An LP prompt's principle title (for the phrasing template when content gives none). */
  readonly title: BilingualText | null;
  /** The question's current key points and draft answer (markdown), empty for LP prompts. */
  readonly keyPoints: string;
  readonly draft: string;
  /** The stories linked to the question, or the stories that name the LP. */
  readonly stories: readonly StoryFace[];
  /** Stories of the question's principles that the question does not link (shown apart). */
  readonly otherStories: readonly StoryFace[];
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
