import type { QuestionDraft } from '@/domain/overlays';
import { recordSlice } from './record-slice';
import { expectIds, expectKeys, expectObject, expectString, expectTime, type Report } from './validation';

export * from './question-drafts-state';

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
