import type { StateCreator } from 'zustand';

export interface Meta {
  /** When the user last exported a backup (epoch ms), or null. */
  readonly lastBackupAt: number | null;
}

export interface MetaSlice {
  meta: Meta;
  setLastBackupAt: (at: number) => void;
}

export const EMPTY_META: Meta = { lastBackupAt: null };

export const createMetaSlice: StateCreator<MetaSlice, [], [], MetaSlice> = (set) => ({
  meta: EMPTY_META,
  setLastBackupAt: (at) => set((s) => ({ meta: { ...s.meta, lastBackupAt: at } })),
});
