/**
 * Where recorded answers are kept. Two stores with one interface:
 *  - in memory, for the session (the default: gone on reload);
 *  - in IndexedDB, only when the user chooses to keep recordings.
 * Recordings never go to localStorage (it holds strings only, about 5 MB in all, and is read
 * synchronously on every load).
 *
 * IndexedDB is used directly rather than through a wrapper: a recording is written to two object
 * stores in one transaction (a small `meta` record for listing, the audio bytes apart so a list
 * never reads audio), which idb-keyval's one-store API cannot do, and the factory can be passed in,
 * which keeps the store testable with fake-indexeddb without patching globals. The audio is kept as
 * an ArrayBuffer plus its type rather than as a Blob, which every engine stores the same way.
 */
import type { SpeechFigures } from '@/domain/speech-analysis';

export interface RecordingMeta {
  readonly id: string;
  /** Epoch ms. */
  readonly createdAt: number;
  readonly mimeType: string;
  readonly durationMs: number;
  /** Bytes. */
  readonly size: number;
  /** What was answered, for the list (e.g. the question's text). */
  readonly label?: string;
  /** The mock session the take belongs to. */
  readonly sessionId?: string;
  /** Delivery figures, once computed. */
  readonly figures?: SpeechFigures;
}

export interface StoredRecording extends RecordingMeta {
  readonly blob: Blob;
}

export interface NewRecording {
  readonly id?: string;
  readonly blob: Blob;
  readonly mimeType?: string;
  readonly durationMs: number;
  readonly createdAt?: number;
  readonly label?: string;
  readonly sessionId?: string;
  readonly figures?: SpeechFigures;
}

export interface RecordingStore {
  /** True for IndexedDB (kept across reloads), false for memory. */
  readonly persistent: boolean;
  /** Adds (or replaces, same id) a recording. */
  put(recording: NewRecording): Promise<RecordingMeta>;
  /** Every recording's metadata, oldest first; no audio is read. */
  list(): Promise<RecordingMeta[]>;
  get(id: string): Promise<StoredRecording | undefined>;
  delete(id: string): Promise<void>;
  /** Deletes every recording. */
  clear(): Promise<void>;
}

export type RecordingStoreErrorKind =
  /** IndexedDB is missing or refused (some private modes, storage disabled). */
  | 'unavailable'
  /** The device is out of the space the browser gives this site. */
  | 'quota'
  | 'failed';

export class RecordingStoreError extends Error {
  override readonly name = 'RecordingStoreError';
  constructor(
    readonly kind: RecordingStoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function metaOf(recording: NewRecording, size: number): RecordingMeta {
  const meta: RecordingMeta = {
    id: recording.id ?? newId(),
    createdAt: recording.createdAt ?? Date.now(),
    mimeType: recording.mimeType ?? recording.blob.type,
    durationMs: recording.durationMs,
    size,
    ...(recording.label !== undefined ? { label: recording.label } : {}),
    ...(recording.sessionId !== undefined ? { sessionId: recording.sessionId } : {}),
    ...(recording.figures !== undefined ? { figures: recording.figures } : {}),
  };
  return meta;
}

const byAge = (a: RecordingMeta, b: RecordingMeta): number => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** Recordings for this session only. */
export function createMemoryRecordingStore(): RecordingStore {
  const items = new Map<string, StoredRecording>();
  return {
    persistent: false,
    put: (recording) => {
      const meta = metaOf(recording, recording.blob.size);
      items.set(meta.id, { ...meta, blob: recording.blob });
      return Promise.resolve(meta);
    },
    list: () => Promise.resolve([...items.values()].map(({ blob: _blob, ...meta }) => meta).sort(byAge)),
    get: (id) => Promise.resolve(items.get(id)),
    delete: (id) => {
      items.delete(id);
      return Promise.resolve();
    },
    clear: () => {
      items.clear();
      return Promise.resolve();
    },
  };
}

export const RECORDINGS_DB_NAME = 'loop-prep-recordings';
const DB_VERSION = 1;
const META = 'meta';
const AUDIO = 'audio';

interface AudioRecord {
  readonly bytes: ArrayBuffer;
  readonly type: string;
}

function storeError(error: unknown, doing: string): RecordingStoreError {
  if (error instanceof RecordingStoreError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new RecordingStoreError('quota', `There is no room left on this device to ${doing}.`, { cause: error });
  return new RecordingStoreError('failed', `Could not ${doing}.`, { cause: error });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}

export interface IndexedDbStoreOptions {
  /** Database name; default RECORDINGS_DB_NAME. */
  readonly name?: string;
  /** The IDBFactory; default the browser's `indexedDB`. */
  readonly indexedDB?: IDBFactory;
}

/** Recordings kept across reloads, in IndexedDB. The database opens on first use. */
export function createIndexedDbRecordingStore(options: IndexedDbStoreOptions = {}): RecordingStore {
  const name = options.name ?? RECORDINGS_DB_NAME;
  let opening: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
      if (!factory) {
        reject(new RecordingStoreError('unavailable', 'This browser cannot keep recordings (no IndexedDB).'));
        return;
      }
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(name, DB_VERSION);
      } catch (error) {
        reject(new RecordingStoreError('unavailable', 'This browser cannot keep recordings here.', { cause: error }));
        return;
      }
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(AUDIO)) db.createObjectStore(AUDIO);
      };
      req.onsuccess = () => {
        const db = req.result;
        // Another tab upgrading the database: step aside, reopen on next use.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      req.onerror = () => reject(new RecordingStoreError('unavailable', 'This browser cannot keep recordings here.', { cause: req.error }));
      req.onblocked = () => reject(new RecordingStoreError('unavailable', 'Recordings are open in another tab with an older version of the app.'));
    });
    opening.catch(() => {
      opening = undefined;
    });
    return opening;
  };

  return {
    persistent: true,
    put: async (recording) => {
      try {
        // Read the audio before the transaction: a transaction commits as soon as it waits on anything else.
        const bytes = await recording.blob.arrayBuffer();
        const meta = metaOf(recording, bytes.byteLength);
        const db = await open();
        const tx = db.transaction([META, AUDIO], 'readwrite');
        tx.objectStore(META).put(meta);
        tx.objectStore(AUDIO).put({ bytes, type: meta.mimeType } satisfies AudioRecord, meta.id);
        await done(tx);
        return meta;
      } catch (error) {
        throw storeError(error, 'keep the recording');
      }
    },
    list: async () => {
      try {
        const db = await open();
        const all = await request(db.transaction(META).objectStore(META).getAll() as IDBRequest<RecordingMeta[]>);
        return all.sort(byAge);
      } catch (error) {
        throw storeError(error, 'list the recordings');
      }
    },
    get: async (id) => {
      try {
        const db = await open();
        const tx = db.transaction([META, AUDIO]);
        const [meta, audio] = await Promise.all([
          request(tx.objectStore(META).get(id) as IDBRequest<RecordingMeta | undefined>),
          request(tx.objectStore(AUDIO).get(id) as IDBRequest<AudioRecord | undefined>),
        ]);
        if (!meta || !audio) return undefined;
        return { ...meta, blob: new Blob([audio.bytes], { type: audio.type }) };
      } catch (error) {
        throw storeError(error, 'read the recording');
      }
    },
    delete: async (id) => {
      try {
        const db = await open();
        const tx = db.transaction([META, AUDIO], 'readwrite');
        tx.objectStore(META).delete(id);
        tx.objectStore(AUDIO).delete(id);
        await done(tx);
      } catch (error) {
        throw storeError(error, 'delete the recording');
      }
    },
    clear: async () => {
      try {
        const db = await open();
        const tx = db.transaction([META, AUDIO], 'readwrite');
        tx.objectStore(META).clear();
        tx.objectStore(AUDIO).clear();
        await done(tx);
      } catch (error) {
        throw storeError(error, 'delete the recordings');
      }
    },
  };
}

/** Copies every recording from one store to another (e.g. when the user turns on keeping them). */
export async function copyRecordings(from: RecordingStore, to: RecordingStore): Promise<number> {
  let copied = 0;
  for (const meta of await from.list()) {
    const recording = await from.get(meta.id);
    if (!recording) continue;
    await to.put(recording);
    copied++;
  }
  return copied;
}
