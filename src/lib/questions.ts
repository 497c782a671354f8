import type { OwnQuestion } from '@/domain/overlays';
import { content } from './content';

/** True when the id is used by a content question or an own question (deleted ones included). */
export function isQuestionIdTaken(id: string, own: Readonly<Record<string, OwnQuestion>>): boolean {
  return content.questions.some((q) => q.id === id) || Object.hasOwn(own, id);
}
