import type { BilingualText, LocalizedText } from './content';

/**
 * Content as plain text for search, made at build time (the virtual module
 * `virtual:loop-prep/search-text`, loaded only when search first opens). Markdown is already
 * reduced to its words; the user's own text (overlays) is added over it in the browser.
 */

/** A part of a long text under one heading; `anchor` is the heading's id on its page. */
export interface SearchSection {
  readonly anchor: string;
  readonly heading: string;
  readonly text: string;
}

export interface PrincipleText {
  readonly id: string;
  readonly title: BilingualText;
  readonly statement: BilingualText;
  readonly notes: string;
}

export interface QuestionText {
  readonly id: string;
  readonly prompt: LocalizedText;
  readonly keyPoints: string;
  readonly draft: string;
}

export interface StoryText {
  readonly id: string;
  readonly title: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
  readonly learnings: string;
  readonly notes: string;
  readonly followUps: readonly string[];
}

export interface TopicText {
  readonly id: string;
  readonly title: LocalizedText;
  readonly tags: readonly string[];
  /** The notes before the first heading. */
  readonly intro: string;
  /** Each `##` and `###` section of the notes, anchored as the topic page anchors its headings. */
  readonly sections: readonly SearchSection[];
}

export interface CardText {
  readonly id: string;
  readonly topic: string;
  readonly question: string;
  readonly answer: string;
}

export interface GuideText {
  readonly id: string;
  readonly title: LocalizedText;
  readonly sections: readonly SearchSection[];
}

export interface SearchText {
  readonly principles: readonly PrincipleText[];
  readonly questions: readonly QuestionText[];
  readonly stories: readonly StoryText[];
  readonly topics: readonly TopicText[];
  readonly cards: readonly CardText[];
  readonly guides: readonly GuideText[];
}

/** The id of a card's entry on its topic page: an HTML id, safe in a URL fragment (search links to it). */
export function cardAnchor(cardId: string): string {
  return `card-${cardId.replace(/[^a-z0-9-]/gi, '-')}`;
}
