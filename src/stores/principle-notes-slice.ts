import type { StateCreator } from 'zustand';
import type { PrincipleNote } from '@/domain/overlays';
import { setRecord } from './merge';
import { recordSlice } from './record-slice';
import { expectKeys, expectObject, expectString, expectTime, type Report } from './validation';

export type PrincipleNotes = Readonly<Record<string, PrincipleNote>>;

export interface PrincipleNotesSlice {
  /** The user's `My notes` per principle, over the notes content has. */
  principleNotes: PrincipleNotes;
  savePrincipleNotes: (id: string, notes: string, now?: number) => void;
  /** Drops the overlay: the principle's notes read as content/ has them again. */
  revertPrincipleNotes: (id: string) => void;
  /** Puts an overlay back exactly (undo of a revert). */
  putPrincipleNotes: (id: string, note: PrincipleNote | undefined) => void;
}

export const createPrincipleNotesSlice: StateCreator<PrincipleNotesSlice, [], [], PrincipleNotesSlice> = (set) => ({
  principleNotes: {},
  savePrincipleNotes: (id, notes, now = Date.now()) => set((s) => ({ principleNotes: { ...s.principleNotes, [id]: { notes, updatedAt: now } } })),
  revertPrincipleNotes: (id) => set((s) => ({ principleNotes: setRecord(s.principleNotes, id, undefined) })),
  putPrincipleNotes: (id, note) => set((s) => ({ principleNotes: setRecord(s.principleNotes, id, note) })),
});

function validateNote(value: unknown, path: string, report: Report): PrincipleNote {
  const o = expectObject(value, path);
  expectKeys(o, path, ['notes', 'updatedAt'], report);
  return { notes: expectString(o.notes, `${path}.notes`), updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`) };
}

/** My notes per principle, one record per principle id; "restore the original" removes the record. */
export const principleNotesData = recordSlice<PrincipleNote>({ kind: 'notes', validateRecord: validateNote });
