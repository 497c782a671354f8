import type { StateCreator } from 'zustand';
import type { OwnQuestion, OwnQuestionFields } from '@/domain/overlays';
import { flagDeleted } from './flag-deleted';
import { setRecord } from './merge';
import { recordSlice } from './record-slice';
import { expectBoolean, expectIds, expectKeys, expectObject, expectString, expectTime, InvalidUserDataError, type Report } from './validation';

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

function validateOwnQuestion(value: unknown, path: string, report: Report): OwnQuestion {
  const o = expectObject(value, path);
  expectKeys(o, path, ['prompt', 'principles', 'updatedAt', 'deleted'], report);
  const prompt = expectObject(o.prompt, `${path}.prompt`);
  expectKeys(prompt, `${path}.prompt`, [], report, ['ko', 'en']);
  const ko = prompt.ko === undefined ? undefined : expectString(prompt.ko, `${path}.prompt.ko`);
  const en = prompt.en === undefined ? undefined : expectString(prompt.en, `${path}.prompt.en`);
  if ((ko ?? '').trim() === '' && (en ?? '').trim() === '') throw new InvalidUserDataError(`${path}.prompt`, 'expected the question in Korean or English');
  return {
    prompt: { ...(ko === undefined ? {} : { ko }), ...(en === undefined ? {} : { en }) },
    principles: expectIds(o.principles, `${path}.principles`),
    updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`),
    deleted: expectBoolean(o.deleted, `${path}.deleted`),
  };
}

/** Own questions, one record per question id; a deleted one stays stored (restorable). */
export const ownQuestionsData = recordSlice<OwnQuestion>({ kind: 'questions', validateRecord: validateOwnQuestion });
