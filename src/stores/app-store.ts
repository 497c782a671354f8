import { create, useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createCardsSlice, type CardsSlice } from './cards-slice';
import { setRecord, type Conflict } from './merge';
import { createMetaSlice, type MetaSlice } from './meta-slice';
import { createOwnQuestionsSlice, type OwnQuestionsSlice } from './own-questions-slice';
import { createPersistence, type Persistence, type PersistenceOptions, type PersistenceStatus } from './persistence';
import { createPrincipleNotesSlice, type PrincipleNotesSlice } from './principle-notes-slice';
import { createQuestionDraftsSlice, type QuestionDraftsSlice } from './question-drafts-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createStoriesSlice, type StoriesSlice } from './stories-slice';
import {
  EMPTY_USER_DATA,
  loadUserData,
  mergeUserData,
  migrateUserData,
  pickUserData,
  readEnvelope,
  serializeUserData,
  USER_DATA_VERSION,
  validateUserData,
  type UserData,
} from './user-data';
import { deepEqual } from './validation';

export const STORAGE_KEY = 'loop-prep';
/** Prefix of the keys holding stored data that could not be read, byte for byte. */
export const UNREADABLE_PREFIX = `${STORAGE_KEY}:unreadable:`;

export type AppState = SettingsSlice & StoriesSlice & QuestionDraftsSlice & MetaSlice & ReviewSlice & CardsSlice & OwnQuestionsSlice & PrincipleNotesSlice;

export type AppStoreOptions = Partial<Pick<PersistenceOptions<UserData>, 'getStorage' | 'debounceMs' | 'maxWaitMs' | 'now' | 'target'>>;

/** Creates the store of what the user changes, persisted through `persistence` (tests make their own). */
export function createAppStore(options: AppStoreOptions = {}) {
  const persistence: Persistence<UserData> = createPersistence<UserData>({
    key: STORAGE_KEY,
    readEnvelope,
    load: loadUserData,
    serialize: serializeUserData,
    merge: mergeUserData,
    equal: deepEqual,
    empty: EMPTY_USER_DATA,
    ...options,
  });
  const store = create<AppState>()(
    persist(
      (...a) => ({
        ...createSettingsSlice(...a),
        ...createStoriesSlice(...a),
        ...createQuestionDraftsSlice(...a),
        ...createMetaSlice(...a),
        ...createReviewSlice(...a),
        ...createCardsSlice(...a),
        ...createOwnQuestionsSlice(...a),
        ...createPrincipleNotesSlice(...a),
      }),
      {
        name: STORAGE_KEY,
        version: USER_DATA_VERSION,
        storage: persistence.storage,
        partialize: (state): UserData => pickUserData(state),
        migrate: (persisted, version) => migrateUserData(persisted, version) as UserData,
        merge: (persisted, current) => (persisted === undefined ? current : { ...current, ...validateUserData(persisted) }),
        onRehydrateStorage: () => (_state, error) => persistence.hydrated(error),
      },
    ),
  );
  persistence.connect({
    read: () => pickUserData(store.getState()),
    write: (data) => store.setState(data),
    // An import, a restore or another tab's merge: undo must not reach across it.
    changedElsewhere: () => store.getState().externalChange(),
  });
  return { store, persistence };
}

const app = createAppStore();

/** The one store of what the user changes; content is read-only data and never lives here. */
export const useAppStore = app.store;
export const persistence = app.persistence;

/** The save and storage status (not persisted), for notices and the `Saved` indicator. */
export function usePersistenceStatus<U>(selector: (status: PersistenceStatus) => U): U {
  return useStore(persistence.status, selector);
}

/** Sets a conflicting record to this tab's or the other tab's version, and closes the notice. */
export function resolveConflict(conflict: Conflict, choice: 'mine' | 'theirs'): void {
  const value = choice === 'mine' ? conflict.mine : conflict.theirs;
  const key = conflict.slice as keyof UserData;
  const collection = useAppStore.getState()[key] as unknown as Record<string, unknown>;
  useAppStore.setState({ [key]: setRecord(collection, conflict.id, value) } as Partial<AppState>);
  persistence.dismissConflict(conflict);
}

/** The user data this tab holds now (what an export writes). */
export function currentUserData(): UserData {
  return pickUserData(useAppStore.getState());
}
