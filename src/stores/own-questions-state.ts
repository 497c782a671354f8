import type { StateCreator } from 'zustand';
import type { OwnQuestion, OwnQuestionFields } from '@/domain/overlays';
import { flagDeleted } from './flag-deleted';
import { setRecord } from './records';

export type OwnQuestions = Readonly<Record<string, OwnQuestion>>;

export interface OwnQuestionsSlice {
  /** Expected questions the user added in the app; their drafts live in `questionDrafts`. */
  ownQuestions: OwnQuestions;
  saveOwnQuestion: (id: string, question: OwnQuestionFields, now?: number) => void;
  /** Hides the question; it stays stored so that it can be restored. */
  deleteOwnQuestion: (id: string, now?: number) => void;
  restoreOwnQuestion: (id: string, now?: number) => void;
  /** Puts a record back exactly (undo). */
  putOwnQuestion: (id: string, question: OwnQuestion | undefined) => void;
}

export const createOwnQuestionsSlice: StateCreator<OwnQuestionsSlice, [], [], OwnQuestionsSlice> = (set) => ({
  ownQuestions: {},
  saveOwnQuestion: (id, question, now = Date.now()) =>
    set((s) => ({ ownQuestions: { ...s.ownQuestions, [id]: { prompt: question.prompt, principles: question.principles, updatedAt: now, deleted: false } } })),
  deleteOwnQuestion: (id, now = Date.now()) => set((s) => ({ ownQuestions: flagDeleted(s.ownQuestions, id, true, now) ?? s.ownQuestions })),
  restoreOwnQuestion: (id, now = Date.now()) => set((s) => ({ ownQuestions: flagDeleted(s.ownQuestions, id, false, now) ?? s.ownQuestions })),
  putOwnQuestion: (id, question) => set((s) => ({ ownQuestions: setRecord(s.ownQuestions, id, question) })),
});
