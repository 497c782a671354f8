import type { StateCreator } from 'zustand';
import type { PrincipleNote } from '@/domain/overlays';
import { mergeRecords, type SliceData, setRecord } from './merge';
import { expectIdRecord, expectKeys, expectObject, expectString, expectTime } from './validation';

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

function validateNote(value: unknown, path: string): PrincipleNote {
  const o = expectObject(value, path);
  expectKeys(o, path, ['notes', 'updatedAt']);
  return { notes: expectString(o.notes, `${path}.notes`), updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`) };
}

export const principleNotesData: SliceData<PrincipleNotes> = {
  empty: {},
  validate: (value, path) => expectIdRecord(value, path, validateNote),
  merge: mergeRecords,
  count: (notes) => Object.keys(notes).length,
};
