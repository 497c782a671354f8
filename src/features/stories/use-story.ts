import { entries } from 'virtual:loop-prep/content/stories';
import type { StoryOverlay } from '@/domain/overlays';
import { sameStory, storyFieldsOf, type StoryFields } from '@/domain/story';
import { useAppStore } from '@/stores/app-store';

export interface StoryView {
  readonly id: string;
  /** The story as content/ has it, or null for a story written in the app. */
  readonly baseline: StoryFields | null;
  readonly overlay: StoryOverlay | undefined;
  /** What the user sees: the overlay over the baseline. */
  readonly fields: StoryFields;
  readonly deleted: boolean;
  /** True when the user's version of a content story reads differently from content/. */
  readonly differs: boolean;
}

const baselines = new Map(entries.map((entry) => [entry.id, storyFieldsOf(entry)]));

/** One story with the user's overlay over content; null when neither has it. */
export function useStory(id: string | undefined): StoryView | null {
  const overlay = useAppStore((s) => (id === undefined ? undefined : s.stories[id]));
  if (id === undefined) return null;
  const baseline = baselines.get(id) ?? null;
  if (!baseline && !overlay) return null;
  const fields = overlay?.story ?? baseline;
  if (!fields) return null;
  return {
    id,
    baseline,
    overlay,
    fields,
    deleted: overlay?.deleted ?? false,
    differs: baseline !== null && overlay !== undefined && !sameStory(overlay.story, baseline),
  };
}
