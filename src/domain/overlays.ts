import type { StoryFields } from './story';

/**
 * What the user changed over content, one record per content id. A story overlay replaces a content
 * story's fields, or is a story that exists only in the app; a deleted story keeps its text so that
 * it can be restored. A question draft replaces a question's key points, draft and linked stories.
 * Times are epoch milliseconds.
 */
export interface StoryOverlay {
  readonly story: StoryFields;
  readonly updatedAt: number;
  readonly deleted: boolean;
}

export interface QuestionDraft {
  readonly keyPoints: string;
  readonly draft: string;
  /** Ids of the stories that answer the question. */
  readonly stories: readonly string[];
  readonly updatedAt: number;
}

export type QuestionDraftFields = Omit<QuestionDraft, 'updatedAt'>;

/** True when the two drafts say the same (surrounding whitespace aside). */
export function sameDraft(a: QuestionDraftFields, b: QuestionDraftFields): boolean {
  return (
    a.keyPoints.trim() === b.keyPoints.trim() &&
    a.draft.trim() === b.draft.trim() &&
    a.stories.length === b.stories.length &&
    a.stories.every((id, i) => id === b.stories[i])
  );
}

/**
 * A flashcard the user wrote or edited. Keyed by card id: a content topic card's id for an edit of
 * that card (`deck: null`; the card keeps its id and its review history), or `own:<time>-<random>`
 * for a card of the user's own, whose `deck` is `topic:<topicId>` (it joins that topic's deck) or
 * `own:<name>` (a deck of the user's own). Deleted own cards keep their text so they can be restored.
 */
export interface CardOverlay {
  readonly question: string;
  readonly answer: string;
  readonly deck: string | null;
  readonly updatedAt: number;
  readonly deleted: boolean;
}

export type CardFields = Pick<CardOverlay, 'question' | 'answer' | 'deck'>;

/**
 * An expected question the user added in the app (from a recruiter's mail, say). Its key points,
 * draft answer and linked stories live in the question drafts, exactly as for content questions.
 */
export interface OwnQuestion {
  /** At least one language is non-empty. */
  readonly prompt: { readonly ko?: string; readonly en?: string };
  readonly principles: readonly string[];
  readonly updatedAt: number;
  readonly deleted: boolean;
}

export type OwnQuestionFields = Pick<OwnQuestion, 'prompt' | 'principles'>;

/** The user's `My notes` on a principle, over the notes content has for it. */
export interface PrincipleNote {
  readonly notes: string;
  readonly updatedAt: number;
}
