// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STORY, type StoryFields } from '@/domain/story';
import { createAppStore, STORAGE_KEY, UNREADABLE_PREFIX, type AppStoreOptions } from '@/stores/app-store';
import { READER_SLOW_MS, readerRetryDelay } from '@/stores/persistence';
import { loadUserDataCodec } from '@/stores/user-data-shape';
import { deliverStorageEvent, fakeWindow, MemoryStorage } from './memory-storage';

/**
 * The code that reads stored data is a part of the app loaded on demand. A load of it that fails or
 * hangs is not a property of the data: nothing is set aside, nothing is written, it is tried again,
 * and the user is told. Another tab's write that arrives while this tab reads is never lost.
 */

const fields = (title: string): StoryFields => ({ ...EMPTY_STORY, title });
const apps: ReturnType<typeof createAppStore>[] = [];
function open(storage: MemoryStorage, options: AppStoreOptions = {}) {
  const app = createAppStore({ getStorage: () => storage, target: null, ...options });
  apps.push(app);
  return app;
}
const copies = (storage: MemoryStorage): string[] =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((key) => key.startsWith(UNREADABLE_PREFIX));
const storedStories = (storage: MemoryStorage): string[] =>
  Object.keys((JSON.parse(storage.getItem(STORAGE_KEY) ?? '{"state":{"stories":{}}}') as { state: { stories: object } }).state.stories).sort();

/** A reader whose loads go as scripted: `fail`, `hang` or `load`, in order (the last repeats). */
function scriptedReader(script: ('fail' | 'hang' | 'load')[]) {
  let loaded = false;
  const reader = { asked: 0, options: {} as AppStoreOptions };
  reader.options = {
    ready: () => loaded,
    prepare: () => {
      const step = script[Math.min(reader.asked, script.length - 1)];
      reader.asked += 1;
      if (step === 'fail') return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      if (step === 'hang') return new Promise<never>(() => undefined);
      return loadUserDataCodec().then(() => {
        loaded = true;
      });
    },
  };
  return reader;
}

/** A stored story, written by a tab that had the reader. */
function storageWithStory(): MemoryStorage {
  const storage = new MemoryStorage();
  const writer = open(storage);
  writer.store.getState().saveStory('kept', fields('Kept'));
  writer.persistence.flush();
  return storage;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const app of apps.splice(0)) app.persistence.dispose();
  vi.useRealTimers();
});

describe('a reader that fails to load is not unreadable data', () => {
  it('fails once: says so, keeps the stored key and makes no copy, tries again on its own and then shows the data', async () => {
    const storage = storageWithStory();
    const before = storage.getItem(STORAGE_KEY);
    const reader = scriptedReader(['fail', 'load']);
    const { store, persistence } = open(storage, reader.options);
    await vi.advanceTimersByTimeAsync(0);
    const status = persistence.status.getState();
    expect(status.unreadable).toBeNull();
    expect(status.reader).toMatchObject({ state: 'failed', failures: 1 });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(copies(storage)).toEqual([]);
    await vi.advanceTimersByTimeAsync(readerRetryDelay(1));
    await persistence.whenHydrated;
    expect(Object.keys(store.getState().stories)).toEqual(['kept']);
    expect(persistence.status.getState().reader).toBeNull();
    expect(persistence.status.getState().unreadable).toBeNull();
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('hangs: says it is slow after a while, never offers to start fresh, and writes nothing', async () => {
    const storage = storageWithStory();
    const before = storage.getItem(STORAGE_KEY);
    const reader = scriptedReader(['hang']);
    const { persistence } = open(storage, reader.options);
    let hydrated = false;
    void persistence.whenHydrated.then(() => (hydrated = true));
    await vi.advanceTimersByTimeAsync(READER_SLOW_MS + 10);
    expect(persistence.status.getState().reader).toMatchObject({ state: 'slow' });
    expect(persistence.status.getState().unreadable).toBeNull();
    expect(hydrated).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it("another tab's write fails to merge while the reader is missing: it waits and is taken in, not reported as the other tab's problem", async () => {
    const storage = new MemoryStorage();
    const target = fakeWindow();
    const reader = scriptedReader(['fail', 'load']);
    const a = open(storage, { ...reader.options, target });
    await a.persistence.whenHydrated;
    const b = open(storage);
    b.store.getState().saveStory('from-b', fields('B'));
    b.persistence.flush();
    deliverStorageEvent(target, STORAGE_KEY, storage.getItem(STORAGE_KEY));
    await vi.advanceTimersByTimeAsync(0);
    expect(a.persistence.status.getState().otherTabProblem).toBeNull();
    await vi.advanceTimersByTimeAsync(readerRetryDelay(1));
    expect(Object.keys(a.store.getState().stories)).toEqual(['from-b']);
  });
});

describe("another tab's write while this tab reads its stored data", () => {
  it('is taken in after the read, not written over by it', async () => {
    const storage = storageWithStory();
    const target = fakeWindow();
    const reader = scriptedReader(['load']);
    const a = open(storage, { ...reader.options, target });
    // Tab b (with the reader) adds a story while a is still reading.
    const b = open(storage);
    await b.persistence.whenHydrated;
    b.store.getState().saveStory('from-b', fields('B'));
    b.persistence.flush();
    deliverStorageEvent(target, STORAGE_KEY, storage.getItem(STORAGE_KEY));
    await a.persistence.whenHydrated;
    await vi.advanceTimersByTimeAsync(0);
    expect(Object.keys(a.store.getState().stories).sort()).toEqual(['from-b', 'kept']);
    a.store.getState().saveStory('from-a', fields('A'));
    a.persistence.flush();
    expect(storedStories(storage)).toEqual(['from-a', 'from-b', 'kept']);
  });
});
