import { create, useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createCardsSlice, type CardsSlice } from './cards-state';
import { createMetaSlice, type MetaSlice } from './meta-state';
import { createMockSlice, type MockSlice } from './mock-state';
import { createOwnQuestionsSlice, type OwnQuestionsSlice } from './own-questions-state';
import { createPersistence, type Persistence, type PersistenceOptions, type PersistenceStatus } from './persistence';
import { createPrincipleNotesSlice, type PrincipleNotesSlice } from './principle-notes-state';
import { createQuestionDraftsSlice, type QuestionDraftsSlice } from './question-drafts-state';
import { createReviewSlice, type ReviewSlice } from './review-state';
import { createSettingsSlice, type SettingsSlice } from './settings-state';
import { createStoriesSlice, type StoriesSlice } from './stories-state';
import { recordRemovals, type SyncLedger } from './sync-ledger';
import type { Conflicts } from './conflicts-slice';
import {
  EMPTY_USER_DATA,
  loadUserDataCodec,
  pickUserData,
  recordSlicesOf,
  serializeUserData,
  USER_DATA_VERSION,
  userDataCodec,
  type UserData,
  type UserDataCodec,
} from './user-data-shape';
import { deepEqual } from './equal';

export const STORAGE_KEY = 'loop-prep';
/** Prefix of the keys holding stored data that could not be read (or read whole), byte for byte. */
export const UNREADABLE_PREFIX = `${STORAGE_KEY}:unreadable:`;

/** The ledger and pending conflicts live with the data (persisted); they have no actions of their own here. */
interface SyncSlices {
  sync: SyncLedger;
  conflicts: Conflicts;
}

export type AppState = SettingsSlice &
  StoriesSlice &
  QuestionDraftsSlice &
  MetaSlice &
  ReviewSlice &
  CardsSlice &
  OwnQuestionsSlice &
  PrincipleNotesSlice &
  SyncSlices &
  MockSlice;

function codec(): UserDataCodec {
  const loaded = userDataCodec();
  if (loaded === null) throw new Error('the code that reads stored data has not loaded');
  return loaded;
}

export type AppStoreOptions = Partial<Pick<PersistenceOptions<UserData>, 'getStorage' | 'debounceMs' | 'maxWaitMs' | 'now' | 'target' | 'ready' | 'prepare'>>;

/** Creates the store of what the user changes, persisted through `persistence` (tests make their own). */
export function createAppStore(options: AppStoreOptions = {}) {
  const now = options.now ?? Date.now;
  const persistence: Persistence<UserData> = createPersistence<UserData>({
    key: STORAGE_KEY,
    version: USER_DATA_VERSION,
    // Reading stored text and merging another tab's write: their code (every slice's validator and
    // merge, the migrations) loads when first needed; a first visit with nothing stored never needs it.
    load: (raw) => codec().load(raw),
    merge: (base, local, incoming) => codec().merge(base, local, incoming, now()),
    ready: () => userDataCodec() !== null,
    prepare: loadUserDataCodec,
    serialize: serializeUserData,
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
        ...createMockSlice(...a),
        sync: EMPTY_USER_DATA.sync,
        conflicts: EMPTY_USER_DATA.conflicts,
      }),
      {
        name: STORAGE_KEY,
        version: USER_DATA_VERSION,
        storage: persistence.storage,
        partialize: (state): UserData => pickUserData(state),
        // The storage loads, migrates and validates (record by record); zustand only takes the result.
        merge: (persisted, current) => (persisted === undefined ? current : { ...current, ...(persisted as UserData) }),
        onRehydrateStorage: () => (_state, error) => persistence.hydrated(error),
      },
    ),
  );
  // Removal times for the sync ledger: a record that leaves a record slice here gets a tombstone
  // (unless the change brought its own ledger: a merge, an import, a restore).
  store.subscribe((state, previous) => {
    if (state.sync !== previous.sync) return;
    const sync = recordRemovals(state.sync, recordSlicesOf(previous), recordSlicesOf(state), now());
    if (sync !== state.sync) store.setState({ sync });
  });
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

/** The user data this tab holds now (what an export writes). */
export function currentUserData(): UserData {
  return pickUserData(useAppStore.getState());
}
