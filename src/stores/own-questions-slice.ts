import type { StateCreator } from 'zustand';
import type { OwnQuestion, OwnQuestionFields } from '@/domain/overlays';
import { mergeRecords, type SliceData, setRecord } from './merge';
import { expectBoolean, expectIdRecord, expectIds, expectKeys, expectObject, expectString, expectTime, InvalidUserDataError } from './validation';

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

/** The prompt with empty languages left out (a stored prompt never holds empty text). */
function cleanPrompt(prompt: OwnQuestionFields['prompt']): OwnQuestion['prompt'] {
  const ko = prompt.ko?.trim() ?? '';
  const en = prompt.en?.trim() ?? '';
  return { ...(ko === '' ? {} : { ko }), ...(en === '' ? {} : { en }) };
}

export const createOwnQuestionsSlice: StateCreator<OwnQuestionsSlice, [], [], OwnQuestionsSlice> = (set) => ({
  ownQuestions: {},
  saveOwnQuestion: (id, question, now = Date.now()) =>
    set((s) => ({ ownQuestions: { ...s.ownQuestions, [id]: { prompt: cleanPrompt(question.prompt), principles: [...question.principles], updatedAt: now, deleted: false } } })),
  deleteOwnQuestion: (id, now = Date.now()) =>
    set((s) => {
      const current = s.ownQuestions[id];
      return current ? { ownQuestions: { ...s.ownQuestions, [id]: { ...current, deleted: true, updatedAt: now } } } : {};
    }),
  restoreOwnQuestion: (id, now = Date.now()) =>
    set((s) => {
      const current = s.ownQuestions[id];
      return current ? { ownQuestions: { ...s.ownQuestions, [id]: { ...current, deleted: false, updatedAt: now } } } : {};
    }),
  putOwnQuestion: (id, question) => set((s) => ({ ownQuestions: setRecord(s.ownQuestions, id, question) })),
});

function validateOwnQuestion(value: unknown, path: string): OwnQuestion {
  const o = expectObject(value, path);
  expectKeys(o, path, ['prompt', 'principles', 'updatedAt', 'deleted']);
  const prompt = expectObject(o.prompt, `${path}.prompt`);
  expectKeys(prompt, `${path}.prompt`, [], ['ko', 'en']);
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

export const ownQuestionsData: SliceData<OwnQuestions> = {
  empty: {},
  validate: (value, path) => expectIdRecord(value, path, validateOwnQuestion),
  merge: mergeRecords,
  count: (questions) => Object.values(questions).filter((q) => !q.deleted).length,
};
