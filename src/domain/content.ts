/**
 * Content types shared by the build-time pipeline (src/node) and the browser.
 * Content is read-only data: what the user changes lives in the store as overlays.
 */
import type { Root } from 'hast';
import type { ContentCardFace } from './cards';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in one or both UI languages; at least one is present. */
export interface LocalizedText {
  readonly en?: string;
  readonly ko?: string;
}

/** Text that content must give in both languages (LP titles and statements). */
export interface BilingualText {
  readonly en: string;
  readonly ko: string;
}

export const CONTENT_KINDS = ['principles', 'questions', 'stories', 'topics', 'guides', 'follow-ups'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The 16 Leadership Principles, in Amazon's order; ids are kebab-case English titles. */
export const PRINCIPLE_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;

export const STAR_SECTIONS = ['situation', 'task', 'action', 'result'] as const;
export type StarSection = (typeof STAR_SECTIONS)[number];
export type StarText = Readonly<Record<StarSection, string>>;

export interface PrincipleEntry {
  readonly id: string;
  readonly order: number;
  readonly title: BilingualText;
  readonly statement: BilingualText;
  /** How an interviewer asks for a story on this LP ("Tell me about a time you ..."), if given. */
  readonly prompt?: BilingualText;
  /** The user's own notes (markdown), possibly empty. */
  readonly notes: string;
  readonly sources: readonly string[];
  /** Derived: stories naming this LP. */
  readonly stories: readonly string[];
  /** Derived: questions naming this LP. */
  readonly questions: readonly string[];
}

export interface QuestionEntry {
  readonly id: string;
  readonly order: number;
  /** The question in Korean, English or both; `ko` is empty ("") for a question the notes keep by number but leave blank. */
  readonly prompt: LocalizedText;
  readonly principles: readonly string[];
  readonly stories: readonly string[];
  readonly keyPoints: string;
  readonly draft: string;
  readonly sources: readonly string[];
}

export interface StoryEntry {
  readonly id: string;
  readonly title: string;
  readonly principles: readonly string[];
  readonly followUps: readonly string[];
  readonly star: StarText;
  readonly learnings: string;
  readonly notes: string;
  readonly sources: readonly string[];
  /** Derived: questions naming this story. */
  readonly questions: readonly string[];
}

export interface TopicCard {
  /** Stable id derived from the topic id and the question text (see cardId). */
  readonly id: string;
  readonly topic: string;
  readonly question: string;
  readonly answer: string;
}

export interface TopicEntry {
  readonly id: string;
  readonly title: LocalizedText;
  readonly round: number;
  readonly tags: readonly string[];
  readonly sources: readonly string[];
  readonly notes: string;
  readonly cards: readonly TopicCard[];
}

/** A topic as its page loads it: markdown already turned into HAST trees at build time. */
export interface RenderedTopic extends Omit<TopicEntry, 'notes' | 'cards'> {
  readonly notes: Root | null;
  /** Each card's answer as a tree, and as its markdown `source` (what an edit starts from). */
  readonly cards: readonly (Omit<TopicCard, 'answer'> & { readonly answer: Root; readonly source: string })[];
}

/** A principle as its views load it: the user's notes already turned into a HAST tree. */
export interface RenderedPrinciple extends Omit<PrincipleEntry, 'notes'> {
  readonly notes: Root | null;
  /** The notes' markdown, what `My notes` starts from. */
  readonly notesSource: string;
}

export interface GuideEntry {
  readonly id: string;
  readonly order: number;
  readonly title: LocalizedText;
  readonly body: string;
  readonly sources: readonly string[];
}

/** A standard follow-up of the mock interview (content/follow-ups): the bank asked after a story's own. */
export interface FollowUpEntry {
  readonly id: string;
  readonly order: number;
  readonly prompt: BilingualText;
  /** What an interviewer listens for in the answer; null when the file gives none. */
  readonly checks: BilingualText | null;
  /** Principles where it tells most; empty: any. */
  readonly principles: readonly string[];
  readonly sources: readonly string[];
}

/** A guide as its page loads it: the body already turned into a HAST tree. */
export interface RenderedGuide extends Omit<GuideEntry, 'body'> {
  readonly body: Root;
}

/**
 * What the small, eagerly loaded index module holds: ids, titles, the principles and stories each
 * entry names, and what the first page counts. Not in it: long bodies (statements, interview prompts, notes, STAR
 * text, answers), sources (each entry's own page loads them with its body) and the links derived
 * at build time (the live model derives links from the user's data over this, so no view can read
 * stale ones).
 */
export type PrincipleSummary = Omit<PrincipleEntry, 'statement' | 'prompt' | 'notes' | 'sources' | 'stories' | 'questions'>;
export type QuestionSummary = Omit<QuestionEntry, 'keyPoints' | 'draft' | 'sources'> & {
  readonly answered: boolean;
};
export type StorySummary = Omit<StoryEntry, 'star' | 'learnings' | 'notes' | 'sources' | 'questions'> & {
  /** Which STAR sections have text in content. */
  readonly filled: Readonly<Record<StarSection, boolean>>;
};
export type TopicSummary = Omit<TopicEntry, 'notes' | 'cards' | 'sources'> & {
  /** How many cards the topic's notes have (their ids: TopicCardIds, loaded by the views of cards). */
  readonly cardCount: number;
};

/** Each topic's card ids, in order: only the views that list, count by deck or review cards load them. */
export type TopicCardIds = Readonly<Record<string, readonly string[]>>;
export type GuideSummary = Omit<GuideEntry, 'body' | 'sources'>;

export interface ContentIndex {
  readonly principles: readonly PrincipleSummary[];
  readonly questions: readonly QuestionSummary[];
  readonly stories: readonly StorySummary[];
  readonly topics: readonly TopicSummary[];
  readonly guides: readonly GuideSummary[];
}

export interface ContentBundle {
  readonly principles: readonly PrincipleEntry[];
  readonly questions: readonly QuestionEntry[];
  readonly stories: readonly StoryEntry[];
  readonly topics: readonly TopicEntry[];
  readonly guides: readonly GuideEntry[];
  /** The mock interview's standard follow-ups, in order (loaded by the mock view only). */
  readonly followUps: readonly FollowUpEntry[];
  /** The faces of the cards whose text is content's alone: topic cards, then LP recall. */
  readonly cards: readonly ContentCardFace[];
}

/** Picks the text for a language, falling back to the other one. */
export function pickText(text: LocalizedText, lang: Lang): string {
  return (lang === 'ko' ? (text.ko ?? text.en) : (text.en ?? text.ko)) ?? '';
}
