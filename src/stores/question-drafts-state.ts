import type { StateCreator } from 'zustand';
import type { QuestionDraft, QuestionDraftFields } from '@/domain/overlays';
import { setRecord } from './records';

export type QuestionDrafts = Readonly<Record<string, QuestionDraft>>;

export interface QuestionDraftsSlice {
  /** The user's key points, draft answer and linked stories per question, over content. */
  questionDrafts: QuestionDrafts;
  saveQuestionDraft: (id: string, draft: QuestionDraftFields, now?: number) => void;
  /** Drops the draft: the question reads as content/ has it again. */
  revertQuestionDraft: (id: string) => void;
  putQuestionDraft: (id: string, draft: QuestionDraft | undefined) => void;
}

export const createQuestionDraftsSlice: StateCreator<QuestionDraftsSlice, [], [], QuestionDraftsSlice> = (set) => ({
  questionDrafts: {},
  saveQuestionDraft: (id, draft, now = Date.now()) =>
    set((s) => ({ questionDrafts: { ...s.questionDrafts, [id]: { keyPoints: draft.keyPoints, draft: draft.draft, stories: draft.stories, updatedAt: now } } })),
  revertQuestionDraft: (id) => set((s) => ({ questionDrafts: setRecord(s.questionDrafts, id, undefined) })),
  putQuestionDraft: (id, draft) => set((s) => ({ questionDrafts: setRecord(s.questionDrafts, id, draft) })),
});
