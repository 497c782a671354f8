import type { StoryOverlay } from '@/domain/overlays';
import { content } from './content';

/** True when the id is used by a content story or anything stored (deleted stories included). */
export function isStoryIdTaken(id: string, overlays: Readonly<Record<string, StoryOverlay>>): boolean {
  return content.stories.some((s) => s.id === id) || Object.hasOwn(overlays, id);
}
