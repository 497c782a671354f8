import type { PrincipleNote } from '@/domain/overlays';
import { recordSlice } from './record-slice';
import { expectKeys, expectObject, expectString, expectTime, type Report } from './validation';

export * from './principle-notes-state';

function validateNote(value: unknown, path: string, report: Report): PrincipleNote {
  const o = expectObject(value, path);
  expectKeys(o, path, ['notes', 'updatedAt'], report);
  return { notes: expectString(o.notes, `${path}.notes`), updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`) };
}

/** My notes per principle, one record per principle id; "restore the original" removes the record. */
export const principleNotesData = recordSlice<PrincipleNote>({ kind: 'notes', validateRecord: validateNote });
