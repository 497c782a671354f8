import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STORY, type StoryFields } from '@/domain/story';
import { createAppStore, STORAGE_KEY, UNREADABLE_PREFIX, type AppStoreOptions } from '@/stores/app-store';
import { deliverStorageEvent, fakeWindow, MemoryStorage } from './memory-storage';

/**
 * The code that reads stored text and merges another tab's write loads on demand in the app. Here
 * it is "not loaded yet" until the test lets `prepare` finish: every path that needs it must wait
 * for it, and none may write over another tab's data meanwhile.
 */

const fields = (title: string): StoryFields => ({ ...EMPTY_STORY, title });
const stores: ReturnType<typeof createAppStore>[] = [];

/** A codec that is not there until `arrive()`; `asked` counts the requests for it. */
function lateCodec() {
  let loaded = false;
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = () => {
      loaded = true;
      resolve();
    };
  });
  const codec = { asked: 0, arrive: () => arrive(), options: {} as AppStoreOptions };
  codec.options = {
    ready: () => loaded,
    prepare: () => {
      codec.asked += 1;
      return arrived;
    },
  };
  return codec;
}

function open(storage: MemoryStorage, options: AppStoreOptions = {}) {
  const app = createAppStore({ getStorage: () => storage, target: null, ...options });
  stores.push(app);
  return app;
}

/** Tab `a` without the code yet (it listens for storage events and page hiding on `target`), tab `b` with it; one storage. */
function twoTabs() {
  const storage = new MemoryStorage();
  const target = fakeWindow();
  const codec = lateCodec();
  return { storage, target, codec, a: open(storage, { ...codec.options, target }), b: open(storage) };
}

const storedStories = (storage: MemoryStorage): string[] =>
  Object.keys((JSON.parse(storage.getItem(STORAGE_KEY) ?? '{"state":{"stories":{}}}') as { state: { stories: object } }).state.stories).sort();

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const app of stores.splice(0)) app.persistence.dispose();
  vi.useRealTimers();
});

describe('reading and merging stored data before its code has loaded', () => {
  it('needs nothing on a first visit: hydrated at once, and a first write goes through', async () => {
    const storage = new MemoryStorage();
    const codec = lateCodec();
    const { store, persistence } = open(storage, codec.options);
    await persistence.whenHydrated;
    store.getState().saveStory('first', fields('First'));
    vi.advanceTimersByTime(300);
    expect(storedStories(storage)).toEqual(['first']);
    // Something to save: the code is asked for, in case another tab writes.
    expect(codec.asked).toBe(1);
  });

  it('a returning visit waits for the code, then has the stored data', async () => {
    const storage = new MemoryStorage();
    const before = open(storage);
    before.store.getState().saveStory('kept', fields('Kept'));
    before.persistence.flush();
    const codec = lateCodec();
    const { store, persistence } = open(storage, codec.options);
    let hydrated = false;
    void persistence.whenHydrated.then(() => {
      hydrated = true;
    });
    await Promise.resolve();
    expect(hydrated).toBe(false);
    expect(store.getState().stories).toEqual({});
    codec.arrive();
    await persistence.whenHydrated;
    expect(Object.keys(store.getState().stories)).toEqual(['kept']);
  });

  it("takes in another tab's write once the code is here", async () => {
    const { storage, target, codec, a, b } = twoTabs();
    b.store.getState().saveStory('from-b', fields('B'));
    b.persistence.flush();
    deliverStorageEvent(target, STORAGE_KEY, storage.getItem(STORAGE_KEY));
    expect(a.store.getState().stories).toEqual({});
    expect(codec.asked).toBe(1);
    codec.arrive();
    await vi.waitFor(() => expect(Object.keys(a.store.getState().stories)).toEqual(['from-b']));
  });

  it("never writes over another tab's data while it cannot merge: the write waits, then keeps both", async () => {
    const { storage, codec, a, b } = twoTabs();
    a.store.getState().saveStory('from-a', fields('A'));
    b.store.getState().saveStory('from-b', fields('B'));
    b.persistence.flush();
    a.persistence.flush();
    expect(storedStories(storage)).toEqual(['from-b']);
    expect(a.persistence.status.getState().save).toBe('saving');
    codec.arrive();
    await vi.waitFor(() => expect(storedStories(storage)).toEqual(['from-a', 'from-b']));
    expect(a.persistence.status.getState().save).toBe('saved');
  });

  it('a page closing before the code arrives keeps its data under a backup key and leaves the other tab’s write alone', () => {
    const { storage, target, a, b } = twoTabs();
    a.store.getState().saveStory('from-a', fields('A'));
    b.store.getState().saveStory('from-b', fields('B'));
    b.persistence.flush();
    target.dispatchEvent(new Event('pagehide'));
    expect(storedStories(storage)).toEqual(['from-b']);
    const copies = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((key) => key.startsWith(UNREADABLE_PREFIX));
    expect(copies).toHaveLength(1);
    expect(storage.getItem(copies[0] ?? '')).toContain('from-a');
  });
});
