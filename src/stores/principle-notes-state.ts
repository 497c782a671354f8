import type { StateCreator } from 'zustand';
import type { PrincipleNote } from '@/domain/overlays';
import { setRecord } from './records';

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
