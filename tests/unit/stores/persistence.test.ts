// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STORY, type StoryFields } from '@/domain/story';
import { createAppStore, STORAGE_KEY, UNREADABLE_PREFIX, type AppStoreOptions } from '@/stores/app-store';
import { INITIAL_STATUS, requestPersistentStorage, writeErrorKind } from '@/stores/persistence';
import { createStore } from 'zustand/vanilla';
import { USER_DATA_VERSION } from '@/stores/user-data';
import v1 from '../../fixtures/user-data/v1.json?raw';
import { deliverStorageEvent, fakeWindow, MemoryStorage } from './memory-storage';

const fields = (title: string, situation = ''): StoryFields => ({ ...EMPTY_STORY, title, star: { ...EMPTY_STORY.star, situation } });

let clock = 1_000;
const stores: ReturnType<typeof createAppStore>[] = [];

function open(storage: MemoryStorage, options: AppStoreOptions = {}) {
  const app = createAppStore({ getStorage: () => storage, target: null, now: () => clock, ...options });
  stores.push(app);
  return app;
}

function stored(storage: MemoryStorage): { state: Record<string, unknown>; version: number } {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as { state: Record<string, unknown>; version: number };
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 1_000;
});

afterEach(() => {
  for (const app of stores.splice(0)) app.persistence.dispose();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes nothing at start, then writes a change once the user pauses (debounced)', () => {
    const storage = new MemoryStorage();
    const { store, persistence } = open(storage);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    store.getState().saveStory('my-story', fields('One'), 1);
    store.getState().saveStory('my-story', fields('One two'), 2);
    expect(persistence.status.getState().save).toBe('saving');
    vi.advanceTimersByTime(299);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    expect(stored(storage)).toMatchObject({
      version: USER_DATA_VERSION,
      state: expect.objectContaining({ stories: { 'my-story': { story: fields('One two'), updatedAt: 2, deleted: false } } }),
    });
    expect(persistence.status.getState().save).toBe('saved');
  });

  it('still writes within two seconds while the user keeps typing, and again every two seconds', () => {
    const storage = new MemoryStorage();
    const { store } = open(storage);
    const start = clock;
    const writesAt: number[] = [];
    for (let i = 0; i < 45; i += 1) {
      store.getState().saveStory('my-story', fields(`T${i}`), clock);
      const before = storage.writes;
      clock += 100;
      vi.advanceTimersByTime(100);
      if (storage.writes > before) writesAt.push(clock - start);
    }
    // A keystroke every 100 ms never lets the 300 ms pause pass: only the two-second wait writes.
    expect(writesAt).toEqual([2000, 4000]);
  });

  it('writes at once when the page is hidden or closed (pagehide, visibilitychange)', () => {
    const storage = new MemoryStorage();
    const target = fakeWindow();
    const { store } = open(storage, { target });
    store.getState().saveStory('a-story', fields('A'));
    target.dispatchEvent(new Event('pagehide'));
    expect(stored(storage).state.stories).toHaveProperty('a-story');

    store.getState().saveStory('b-story', fields('B'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    target.document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(stored(storage).state.stories).toHaveProperty('b-story');
  });

  it('loads what it wrote', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    first.store.getState().saveStory('kept', fields('Kept', '상황'));
    first.store.getState().setLanguage('ko');
    first.persistence.flush();
    const second = open(storage);
    expect(second.store.getState().stories.kept?.story).toEqual(fields('Kept', '상황'));
    expect(second.store.getState().settings.language).toBe('ko');
  });
});

describe('older stored versions', () => {
  it('loads a version 1 value, migrates it, and writes it back as the current version', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, v1);
    const { store, persistence } = open(storage);
    expect(store.getState().settings).toEqual({ language: 'ko', theme: 'dark', interviewDate: '2026-12-15', shortcuts: true });
    expect(store.getState().stories).toEqual({});
    expect(persistence.status.getState().unreadable).toBeNull();
    vi.advanceTimersByTime(300);
    expect(stored(storage).version).toBe(USER_DATA_VERSION);
  });
});

describe('stored data that cannot be read', () => {
  const cases: [string, string][] = [
    ['cut-off JSON', v1.slice(0, 40)],
    ['text that is not JSON', 'hello, world'],
    ['a future version', JSON.stringify({ state: { settings: {}, everything: 'new' }, version: USER_DATA_VERSION + 1 })],
    ['no envelope', JSON.stringify({ settings: { language: 'en' } })],
    ['a state that is not an object', JSON.stringify({ state: [1, 2], version: USER_DATA_VERSION })],
  ];

  it.each(cases)('%s: keeps the bytes under a backup key, opens with defaults, never writes the main key', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const target = fakeWindow();
    const { store, persistence } = open(storage, { target });
    const { unreadable } = persistence.status.getState();
    expect(unreadable).toMatchObject({ raw, resolved: false, partial: false, backupKey: `${UNREADABLE_PREFIX}${clock}` });
    expect(storage.getItem(`${UNREADABLE_PREFIX}${clock}`)).toBe(raw);
    expect(store.getState().settings.theme).toBe('system');

    store.getState().saveStory('new-one', fields('typed after the notice'));
    vi.advanceTimersByTime(5_000);
    target.dispatchEvent(new Event('pagehide'));
    persistence.flush();
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(persistence.status.getState().save).toBe('blocked');
    expect(store.getState().stories['new-one']).toBeDefined();

    persistence.startFresh();
    expect(stored(storage).state.stories).toHaveProperty('new-one');
    expect(storage.getItem(`${UNREADABLE_PREFIX}${clock}`)).toBe(raw);
    expect(persistence.status.getState().unreadable?.resolved).toBe(true);
    expect(persistence.status.getState().save).toBe('saved');
  });

  it('still shows the bytes (for download) when even the backup copy cannot be written', () => {
    const raw = 'x'.repeat(50);
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    storage.quota = 70;
    const { persistence } = open(storage);
    expect(persistence.status.getState().unreadable).toMatchObject({ raw, backupKey: null });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });
});

describe('writes that fail', () => {
  it('shows a full storage, keeps the work in memory, and saves once there is room again', () => {
    const storage = new MemoryStorage();
    storage.setItem('filler', 'x'.repeat(100));
    storage.quota = 150;
    const { store, persistence } = open(storage);
    store.getState().saveStory('big', fields('A long story', '긴 이야기 '.repeat(20)));
    vi.advanceTimersByTime(300);
    expect(persistence.status.getState()).toMatchObject({ save: 'error', writeError: { kind: 'quota' } });
    expect(store.getState().stories.big?.story.star.situation).toContain('긴 이야기');

    storage.removeItem('filler');
    storage.quota = Number.POSITIVE_INFINITY;
    store.getState().saveStory('big', fields('A long story', 'shorter'));
    vi.advanceTimersByTime(300);
    expect(persistence.status.getState()).toMatchObject({ save: 'saved', writeError: null });
    expect(stored(storage).state.stories).toHaveProperty('big');
  });

  it('works in memory when storage is disabled (SecurityError), and says so', () => {
    const storage = new MemoryStorage();
    storage.failure = new DOMException('The operation is insecure.', 'SecurityError');
    const { store, persistence } = open(storage);
    expect(persistence.status.getState().writeError?.kind).toBe('denied');
    store.getState().saveStory('mine', fields('Mine'));
    vi.advanceTimersByTime(300);
    expect(persistence.status.getState()).toMatchObject({ save: 'error', writeError: { kind: 'denied' } });
    expect(store.getState().stories.mine?.story.title).toBe('Mine');
  });

  it('names quota errors from every browser', () => {
    expect(writeErrorKind(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(writeErrorKind(Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe('quota');
    expect(writeErrorKind(new DOMException('no', 'SecurityError'))).toBe('denied');
    expect(writeErrorKind(new Error('other'))).toBe('other');
  });
});

describe('two tabs', () => {
  function twoTabs() {
    const storage = new MemoryStorage();
    const targetA = fakeWindow();
    const targetB = fakeWindow();
    const a = open(storage, { target: targetA });
    const b = open(storage, { target: targetB });
    /** The browser tells the other tab about a write. */
    const tell = (target: Window) => deliverStorageEvent(target, STORAGE_KEY, storage.getItem(STORAGE_KEY));
    return { storage, a, b, toA: () => tell(targetA), toB: () => tell(targetB) };
  }

  it("picks up the other tab's edits and merges them with unsaved edits here, record by record", () => {
    const { storage, a, b, toA, toB } = twoTabs();
    a.store.getState().saveStory('story-a', fields('A'));
    b.store.getState().saveStory('story-b', fields('B'));
    a.persistence.flush();
    toB();
    expect(b.store.getState().stories).toHaveProperty('story-a');
    expect(b.store.getState().stories).toHaveProperty('story-b');
    b.persistence.flush();
    toA();
    expect(Object.keys(stored(storage).state.stories as object).sort()).toEqual(['story-a', 'story-b']);
    expect(Object.keys(a.store.getState().stories).sort()).toEqual(['story-a', 'story-b']);
    expect(a.store.getState().conflicts).toEqual([]);
  });

  it("merges before writing even if the other tab's event has not arrived yet", () => {
    const { storage, a, b } = twoTabs();
    a.store.getState().saveStory('story-a', fields('A'));
    a.persistence.flush();
    b.store.getState().saveStory('story-b', fields('B'));
    b.persistence.flush();
    expect(Object.keys(stored(storage).state.stories as object).sort()).toEqual(['story-a', 'story-b']);
  });

  it('takes a revert made in the other tab', () => {
    const { a, b, toA, toB } = twoTabs();
    a.store.getState().saveStory('story-a', fields('A'));
    a.persistence.flush();
    toB();
    b.store.getState().revertStory('story-a');
    b.persistence.flush();
    toA();
    expect(a.store.getState().stories).toEqual({});
  });

  it("does not silently replace this tab's unsaved edits to a story the other tab changed: keeps them and reports a conflict", () => {
    const { a, b, toA, toB } = twoTabs();
    a.store.getState().saveStory('shared', fields('Shared'));
    a.persistence.flush();
    toB();
    b.store.getState().saveStory('shared', fields('Shared', 'typed in B'), 5);
    a.store.getState().saveStory('shared', fields('Shared', 'typed in A'), 6);
    a.persistence.flush();
    toB();
    expect(b.store.getState().stories.shared?.story.star.situation).toBe('typed in B');
    expect(b.store.getState().conflicts).toEqual([
      { slice: 'stories', id: 'shared', offers: [{ value: expect.objectContaining({ updatedAt: 6 }), at: clock, source: 'tab' }] },
    ]);
    // The other version is stored with the data, so the other tab sees the offer too.
    b.persistence.flush();
    toA();
    expect(a.store.getState().conflicts).toEqual(b.store.getState().conflicts);
  });

  it('stops writing, and says so, when the other tab stored data this tab cannot read', () => {
    const { storage, b } = twoTabs();
    const newer = JSON.stringify({ state: { future: true }, version: USER_DATA_VERSION + 1 });
    storage.setItem(STORAGE_KEY, newer);
    const target = fakeWindow();
    const c = open(storage, { target });
    void c;
    b.store.getState().saveStory('mine', fields('Mine'));
    b.persistence.flush();
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(b.persistence.status.getState().otherTabProblem).toMatch(/newer version/);
    expect(b.persistence.status.getState().save).toBe('blocked');
  });

  it("takes the other tab's settings", () => {
    const { a, b, toB } = twoTabs();
    a.store.getState().setLanguage('ko');
    a.persistence.flush();
    toB();
    expect(b.store.getState().settings.language).toBe('ko');
  });
});

describe('persistent storage', () => {
  it('records whether the browser granted it', async () => {
    const status = createStore(() => INITIAL_STATUS);
    await requestPersistentStorage(status, { persisted: async () => false, persist: async () => true } as unknown as StorageManager);
    expect(status.getState().persistent).toBe('granted');
    await requestPersistentStorage(status, { persisted: async () => false, persist: async () => false } as unknown as StorageManager);
    expect(status.getState().persistent).toBe('not-granted');
    await requestPersistentStorage(status, undefined);
    expect(status.getState().persistent).toBe('unsupported');
  });
});

describe('starting fresh when no copy could be kept', () => {
  it('tries again to keep a copy before writing the main key', () => {
    const raw = 'y'.repeat(50);
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    storage.quota = 70;
    const { persistence } = open(storage);
    expect(persistence.status.getState().unreadable?.backupKey).toBeNull();
    storage.quota = Number.POSITIVE_INFINITY;
    clock += 5;
    persistence.startFresh();
    expect(persistence.status.getState().unreadable?.backupKey).toBe(`${UNREADABLE_PREFIX}${clock}`);
    expect(storage.getItem(`${UNREADABLE_PREFIX}${clock}`)).toBe(raw);
  });
});
