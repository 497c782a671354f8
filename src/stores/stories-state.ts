import type { StateCreator } from 'zustand';
import type { StoryOverlay } from '@/domain/overlays';
import type { StoryFields } from '@/domain/story';
import { setRecord } from './records';

export type StoryOverlays = Readonly<Record<string, StoryOverlay>>;

export interface StoriesSlice {
  /** Edited content stories, stories made in the app, and deleted ones (kept for restoring). */
  stories: StoryOverlays;
  /** Stores the story's fields (an edit of a content story, or a story of the user's own). */
  saveStory: (id: string, story: StoryFields, now?: number) => void;
  /** Hides a story; its text stays in the overlay so that it can be restored. */
  deleteStory: (id: string, now?: number) => void;
  restoreStory: (id: string, now?: number) => void;
  /** Drops the overlay: a content story reads as content/ has it again. */
  revertStory: (id: string) => void;
  /** Puts back an overlay exactly (undo of a revert or a delete). */
  putStoryOverlay: (id: string, overlay: StoryOverlay | undefined) => void;
}

export const createStoriesSlice: StateCreator<StoriesSlice, [], [], StoriesSlice> = (set) => ({
  stories: {},
  saveStory: (id, story, now = Date.now()) => set((s) => ({ stories: { ...s.stories, [id]: { story, updatedAt: now, deleted: false } } })),
  deleteStory: (id, now = Date.now()) =>
    set((s) => {
      const current = s.stories[id];
      return current ? { stories: { ...s.stories, [id]: { ...current, deleted: true, updatedAt: now } } } : {};
    }),
  restoreStory: (id, now = Date.now()) =>
    set((s) => {
      const current = s.stories[id];
      return current ? { stories: { ...s.stories, [id]: { ...current, deleted: false, updatedAt: now } } } : {};
    }),
  revertStory: (id) => set((s) => ({ stories: setRecord(s.stories, id, undefined) })),
  putStoryOverlay: (id, overlay) => set((s) => ({ stories: setRecord(s.stories, id, overlay) })),
});
