import type { StateCreator } from 'zustand';
import type { QuestionDraft, QuestionDraftFields } from '@/domain/overlays';
import { setRecord } from './merge';
import { recordSlice } from './record-slice';
import { expectIds, expectKeys, expectObject, expectString, expectTime, type Report } from './validation';

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

function validateDraft(value: unknown, path: string, report: Report): QuestionDraft {
  const o = expectObject(value, path);
  expectKeys(o, path, ['keyPoints', 'draft', 'stories', 'updatedAt'], report);
  return {
    keyPoints: expectString(o.keyPoints, `${path}.keyPoints`),
    draft: expectString(o.draft, `${path}.draft`),
    stories: expectIds(o.stories, `${path}.stories`),
    updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`),
  };
}

/** Question drafts: one record per question id; "restore the original" removes the record. */
export const questionDraftsData = recordSlice<QuestionDraft>({ kind: 'questionDrafts', validateRecord: validateDraft });
