import type { StateCreator } from 'zustand';
import type { QuestionDraft, QuestionDraftFields } from '@/domain/overlays';
import { mergeRecords, type SliceData } from './merge';
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

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const { [id]: _removed, ...rest } = record;
  return rest;
}

export const createQuestionDraftsSlice: StateCreator<QuestionDraftsSlice, [], [], QuestionDraftsSlice> = (set) => ({
  questionDrafts: {},
  saveQuestionDraft: (id, draft, now = Date.now()) =>
    set((s) => ({ questionDrafts: { ...s.questionDrafts, [id]: { keyPoints: draft.keyPoints, draft: draft.draft, stories: draft.stories, updatedAt: now } } })),
  revertQuestionDraft: (id) => set((s) => ({ questionDrafts: without(s.questionDrafts, id) })),
  putQuestionDraft: (id, draft) => set((s) => ({ questionDrafts: draft === undefined ? without(s.questionDrafts, id) : { ...s.questionDrafts, [id]: draft } })),
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
