import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { migrateUserData, USER_DATA_VERSION, validateUserData, type UserData } from './user-data';

export const STORAGE_KEY = 'loop-prep';

export type AppState = SettingsSlice & ReviewSlice;

/** The one store of what the user changes; content is read-only data and never lives here. */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createSettingsSlice(...a),
      ...createReviewSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: USER_DATA_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): UserData => ({ settings: state.settings, review: state.review }),
      migrate: (persisted, version) => migrateUserData(persisted, version) as AppState,
      merge: (persisted, current) => (persisted === undefined ? current : { ...current, ...validateUserData(persisted) }),
    },
  ),
);
