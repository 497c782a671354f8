import type { StateCreator } from 'zustand';
import type { QuestionDraft, QuestionDraftFields } from '@/domain/overlays';
import { mergeRecords, type SliceData, setRecord } from './merge';
import { expectIdRecord, expectIds, expectKeys, expectObject, expectString, expectTime } from './validation';

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

function validateDraft(value: unknown, path: string): QuestionDraft {
  const o = expectObject(value, path);
  expectKeys(o, path, ['keyPoints', 'draft', 'stories', 'updatedAt']);
  return {
    keyPoints: expectString(o.keyPoints, `${path}.keyPoints`),
    draft: expectString(o.draft, `${path}.draft`),
    stories: expectIds(o.stories, `${path}.stories`),
    updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`),
  };
}

export const questionDraftsData: SliceData<QuestionDrafts> = {
  empty: {},
  validate: (value, path) => expectIdRecord(value, path, validateDraft),
  merge: mergeRecords,
  count: (drafts) => Object.keys(drafts).length,
};
