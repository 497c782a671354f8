import { content } from './content';
import { isStoryIdTaken as isTaken, type LiveUserData } from './live-model';

/** True when the id is used by content or by anything stored (deleted stories included). */
export function isStoryIdTaken(id: string, overlays: LiveUserData['stories']): boolean {
  return isTaken(content, id, overlays);
}
