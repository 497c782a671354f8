import { useMemo } from 'react';
import type { StarSection } from '@/domain/content';
import type { QuestionDraft, StoryOverlay } from '@/domain/overlays';
import { filledSections } from '@/domain/story';
import { useAppStore } from '@/stores/app-store';
import { content } from './content';

/**
 * The story bank as the user sees it: content stories with the user's edits over them, the user's
 * own stories, minus deleted ones. Light (titles and links only); bodies stay in the stories view.
 */
export interface StoryListItem {
  readonly id: string;
  readonly title: string;
  readonly principles: readonly string[];
  readonly filled: Readonly<Record<StarSection, boolean>>;
  /** `content`: the story has a file in content/; `app`: it exists only in this browser. */
  readonly origin: 'content' | 'app';
  /** True when an overlay from the app is shown over the content story. */
  readonly edited: boolean;
}

type Overlays = Readonly<Record<string, StoryOverlay>>;

const contentIds = new Set(content.stories.map((s) => s.id));

/** Pure: the list for a given set of overlays. Content stories first (content order), then the user's, newest first. */
export function storyList(overlays: Overlays): StoryListItem[] {
  const fromContent = content.stories.flatMap((story): StoryListItem[] => {
    const overlay = overlays[story.id];
    if (overlay?.deleted) return [];
    if (!overlay) return [{ id: story.id, title: story.title, principles: story.principles, filled: story.filled, origin: 'content', edited: false }];
    return [
      {
        id: story.id,
        title: overlay.story.title,
        principles: overlay.story.principles,
        filled: filledSections(overlay.story),
        origin: 'content',
        edited: true,
      },
    ];
  });
  const own = Object.entries(overlays)
    .filter(([id, overlay]) => !contentIds.has(id) && !overlay.deleted)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .map(([id, overlay]): StoryListItem => ({
      id,
      title: overlay.story.title,
      principles: overlay.story.principles,
      filled: filledSections(overlay.story),
      origin: 'app',
      edited: false,
    }));
  return [...fromContent, ...own];
}

export function useStoryList(): StoryListItem[] {
  const overlays = useAppStore((s) => s.stories);
  return useMemo(() => storyList(overlays), [overlays]);
}

/** Deleted stories, newest first, for restoring. */
export function useDeletedStories(): { id: string; title: string }[] {
  const overlays = useAppStore((s) => s.stories);
  return useMemo(
    () =>
      Object.entries(overlays)
        .filter(([, overlay]) => overlay.deleted)
        .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
        .map(([id, overlay]) => ({ id, title: overlay.story.title })),
    [overlays],
  );
}

/** True when the id is used by content or by anything stored (deleted stories included). */
export function isStoryIdTaken(id: string, overlays: Overlays): boolean {
  return contentIds.has(id) || Object.hasOwn(overlays, id);
}

export function isContentStory(id: string): boolean {
  return contentIds.has(id);
}

/** A story's title as the user sees it (their edit over content), or undefined if there is no such story. */
export function useStoryTitle(id: string): string | undefined {
  const overlay = useAppStore((s) => s.stories[id]);
  if (overlay && !overlay.deleted) return overlay.story.title;
  return overlay?.deleted ? undefined : content.stories.find((s) => s.id === id)?.title;
}

/** The stories a question links to: the user's draft list if there is one, else content's. */
export function questionStories(questionId: string, drafts: Readonly<Record<string, QuestionDraft>>): readonly string[] {
  return drafts[questionId]?.stories ?? content.questions.find((q) => q.id === questionId)?.stories ?? [];
}

/** Ids of the questions that link to a story, with the user's drafts over content. */
export function useQuestionsForStory(storyId: string): string[] {
  const drafts = useAppStore((s) => s.questionDrafts);
  return useMemo(() => content.questions.filter((q) => questionStories(q.id, drafts).includes(storyId)).map((q) => q.id), [drafts, storyId]);
}
