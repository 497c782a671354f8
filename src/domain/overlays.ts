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
