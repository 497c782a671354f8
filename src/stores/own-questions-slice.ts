import type { OwnQuestion } from '@/domain/overlays';
import { recordSlice } from './record-slice';
import { expectBoolean, expectIds, expectKeys, expectObject, expectString, expectTime, InvalidUserDataError, type Report } from './validation';

export * from './own-questions-state';

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
