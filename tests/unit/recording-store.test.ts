// @vitest-environment jsdom
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { copyRecordings, createIndexedDbRecordingStore, createMemoryRecordingStore, RecordingStoreError, type RecordingStore } from '@/lib/recording-store';

const audio = (text: string, type = 'audio/webm;codecs=opus') => new Blob([text], { type });

const stores: [string, () => RecordingStore][] = [
  ['in memory', () => createMemoryRecordingStore()],
  ['in IndexedDB', () => createIndexedDbRecordingStore({ indexedDB: new IDBFactory() })],
];

describe.each(stores)('recordings kept %s', (_where, create) => {
  it('lists, gets, deletes one and deletes all', async () => {
    const store = create();
    const first = await store.put({
      blob: audio('answer one'),
      durationMs: 61_000,
      createdAt: 1000,
      label: 'Tell me about a time you disagreed',
      sessionId: 's1',
    });
    const second = await store.put({ blob: audio('follow-up'), durationMs: 20_000, createdAt: 2000, sessionId: 's1' });

    expect(first).toMatchObject({ mimeType: 'audio/webm;codecs=opus', size: 10, durationMs: 61_000, label: 'Tell me about a time you disagreed' });
    expect((await store.list()).map((r) => r.id)).toEqual([first.id, second.id]);
    expect(await store.list()).not.toContainEqual(expect.objectContaining({ blob: expect.anything() }));

    const got = await store.get(first.id);
    expect(got?.blob.type).toBe('audio/webm;codecs=opus');
    expect(await got?.blob.text()).toBe('answer one');
    expect(await store.get('missing')).toBeUndefined();

    await store.delete(first.id);
    expect((await store.list()).map((r) => r.id)).toEqual([second.id]);
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(await store.get(second.id)).toBeUndefined();
  });

  it('replaces a recording put again under the same id (e.g. with its figures)', async () => {
    const store = create();
    const meta = await store.put({ blob: audio('take'), durationMs: 5000 });
    await store.put({ id: meta.id, blob: audio('take'), durationMs: 5000, createdAt: meta.createdAt, figures: { talkTime: 4 } as never });
    const list = await store.list();
    expect(list).toHaveLength(1);
    expect(list[0]?.figures).toEqual({ talkTime: 4 });
  });
});

describe('choosing where recordings live', () => {
  it('is in memory by default and lost with the page; IndexedDB keeps them across reopenings', async () => {
    expect(createMemoryRecordingStore().persistent).toBe(false);
    const factory = new IDBFactory();
    const store = createIndexedDbRecordingStore({ indexedDB: factory });
    expect(store.persistent).toBe(true);
    const meta = await store.put({ blob: audio('kept'), durationMs: 1000 });
    // A reload: a new store object on the same database.
    const reopened = createIndexedDbRecordingStore({ indexedDB: factory });
    expect(await (await reopened.get(meta.id))?.blob.text()).toBe('kept');
  });

  it('copies the session recordings into IndexedDB when the user chooses to keep them', async () => {
    const memory = createMemoryRecordingStore();
    await memory.put({ blob: audio('a'), durationMs: 1000, createdAt: 1 });
    await memory.put({ blob: audio('b'), durationMs: 2000, createdAt: 2 });
    const kept = createIndexedDbRecordingStore({ indexedDB: new IDBFactory() });
    expect(await copyRecordings(memory, kept)).toBe(2);
    expect((await kept.list()).map((r) => r.durationMs)).toEqual([1000, 2000]);
  });

  it('never writes recordings to localStorage', async () => {
    const store = createIndexedDbRecordingStore({ indexedDB: new IDBFactory() });
    await store.put({ blob: audio('private'), durationMs: 1000 });
    await createMemoryRecordingStore().put({ blob: audio('private'), durationMs: 1000 });
    expect(localStorage.length).toBe(0);
  });

  it('says clearly when IndexedDB is missing, refused or full', async () => {
    // jsdom has no IndexedDB, like a browser with storage disabled.
    expect(typeof indexedDB).toBe('undefined');
    const missing = createIndexedDbRecordingStore();
    await expect(missing.list()).rejects.toBeInstanceOf(RecordingStoreError);
    await expect(missing.list()).rejects.toMatchObject({ kind: 'unavailable' });

    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(createIndexedDbRecordingStore({ indexedDB: refusing }).put({ blob: audio('x'), durationMs: 1 })).rejects.toMatchObject({
      kind: 'unavailable',
    });

    const factory = new IDBFactory();
    const full = createIndexedDbRecordingStore({ indexedDB: factory });
    await full.list();
    const quota = new DOMException('full', 'QuotaExceededError');
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw quota;
    };
    try {
      await expect(full.put({ blob: audio('x'), durationMs: 1 })).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await full.list()).toEqual([]);
  });
});
