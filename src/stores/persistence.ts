import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Conflict } from './merge';

/**
 * Where the user's data is written, and every promise about it: writes are debounced and flushed
 * when the page is hidden or closed; a failed write is shown and the data stays in memory; stored
 * data that cannot be read is copied byte for byte to a backup key and the main key is left alone
 * until the user chooses to start fresh (or valid data arrives); another tab's writes are merged
 * record by record. Plugged into zustand's `persist` as its `storage`.
 */

export type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'blocked';

export type WriteErrorKind = 'quota' | 'denied' | 'other';

export interface UnreadableData {
  /** The stored text exactly as it was found. */
  readonly raw: string;
  readonly reason: string;
  /** Where a copy of the text was put, or null when even that write failed. */
  readonly backupKey: string | null;
  readonly at: number;
  /** True once the user started fresh or valid data replaced it: the main key is written again. */
  readonly resolved: boolean;
}

export type PersistentState = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

export interface PersistenceStatus {
  readonly save: SaveState;
  readonly writeError: { readonly kind: WriteErrorKind; readonly message: string } | null;
  readonly unreadable: UnreadableData | null;
  /** Another tab wrote data this tab cannot read (a newer version of the app): writes stop here. */
  readonly otherTabProblem: string | null;
  readonly conflicts: readonly Conflict[];
  readonly persistent: PersistentState;
}

export const INITIAL_STATUS: PersistenceStatus = {
  save: 'idle',
  writeError: null,
  unreadable: null,
  otherTabProblem: null,
  conflicts: [],
  persistent: 'unknown',
};

export interface PersistenceOptions<T> {
  /** The main key, e.g. `loop-prep`. */
  readonly key: string;
  /** The storage to use; may throw (storage disabled). Default: window.localStorage. */
  readonly getStorage?: () => Storage;
  /** Parses stored text into the envelope zustand expects; throws on JSON, envelope or version problems. */
  readonly readEnvelope: (raw: string) => StorageValue<unknown>;
  /** Parses stored text all the way (envelope, migration, validation); throws when unusable. */
  readonly load: (raw: string) => T;
  readonly serialize: (data: T) => string;
  readonly merge: (base: T, local: T, incoming: T) => { merged: T; conflicts: Conflict[] };
  readonly equal: (a: T, b: T) => boolean;
  readonly empty: T;
  readonly debounceMs?: number;
  /** The longest a change waits while the user keeps typing. */
  readonly maxWaitMs?: number;
  readonly now?: () => number;
  /** Where to listen for `storage`, `pagehide` and `visibilitychange`; null: nowhere (tests). */
  readonly target?: Window | null;
}

export interface StoreIo<T> {
  readonly read: () => T;
  readonly write: (data: T) => void;
  /**
   * Called after data from outside this tab's own actions was written into the store: an import
   * or restore (replace), or another tab's changes merged in (absorb). The store drops what must
   * not act across such a change (the review undo history).
   */
  readonly changedElsewhere?: () => void;
}

export interface Persistence<T> {
  /** Hand this to zustand's persist as `storage`. */
  readonly storage: PersistStorage<T>;
  /** Non-persisted status for the UI. */
  readonly status: StoreApi<PersistenceStatus>;
  /** Call from persist's onRehydrateStorage with the error, if any. */
  readonly hydrated: (error: unknown) => void;
  /** Connects the store once it exists. */
  readonly connect: (io: StoreIo<T>) => void;
  /** Writes pending changes now. */
  readonly flush: () => void;
  /** The user chose to start fresh after unreadable data: the main key may be written again. */
  readonly startFresh: () => void;
  /** Replaces all data (import, restore) and writes it at once, unblocking writes. */
  readonly replace: (data: T) => void;
  readonly dismissConflict: (conflict: Conflict) => void;
  /** Writes another key (backups, snapshots); throws what the storage throws. */
  readonly writeKey: (key: string, value: string) => void;
  readonly readKey: (key: string) => string | null;
  readonly removeKey: (key: string) => void;
  /** Keys starting with a prefix. */
  readonly keys: (prefix: string) => string[];
  readonly dispose: () => void;
}

class StorageAccessError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'StorageAccessError';
  }
}

/** Quota exceeded (every browser's name and code for it), storage denied, or something else. */
export function writeErrorKind(error: unknown): WriteErrorKind {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'quota';
  if (name === 'SecurityError' || name === 'StorageAccessError' || name === 'InvalidAccessError') return 'denied';
  return 'other';
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createPersistence<T>(options: PersistenceOptions<T>): Persistence<T> {
  const { key, readEnvelope, load, serialize, merge, equal, empty } = options;
  const getStorage = options.getStorage ?? (() => window.localStorage);
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const now = options.now ?? Date.now;
  const target = options.target === undefined ? (typeof window === 'undefined' ? null : window) : options.target;
  const status = createStore<PersistenceStatus>(() => INITIAL_STATUS);
  const setStatus = (patch: Partial<PersistenceStatus>): void => status.setState(patch);

  let io: StoreIo<T> | null = null;
  /** What this tab last read from or wrote to the main key, and what it means. */
  let syncedRaw: string | null = null;
  let base: T = empty;
  /** The raw text read at hydration, kept until connect() settles it. */
  let loadedRaw: string | null = null;
  let hydration: { ok: true } | { ok: false; error: unknown } | null = null;
  let latest: T | null = null;
  let dirty = false;
  let blocked = false;
  let absorbing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt = 0;

  const current = (): T => io?.read() ?? latest ?? empty;

  function schedule(): void {
    const at = now();
    if (timer === null) firstPendingAt = at;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - at));
    timer = setTimeout(flush, wait);
  }

  function cancelTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function failWrite(error: unknown): void {
    setStatus({ save: 'error', writeError: { kind: writeErrorKind(error), message: messageOf(error) } });
  }

  function quarantine(raw: string, reason: string): void {
    const backupKey = `${key}:unreadable:${now()}`;
    let kept: string | null = backupKey;
    try {
      getStorage().setItem(backupKey, raw);
    } catch {
      kept = null;
    }
    blocked = true;
    syncedRaw = raw;
    setStatus({ unreadable: { raw, reason, backupKey: kept, at: now(), resolved: false }, save: dirty ? 'blocked' : status.getState().save });
  }

  /** Another tab wrote the main key: merge its data into ours, record by record. */
  function absorb(raw: string | null): void {
    if (raw === syncedRaw) return;
    if (raw === null) {
      // Cleared elsewhere: keep what this tab holds and write it back.
      syncedRaw = null;
      dirty = true;
      if (!blocked) schedule();
      return;
    }
    let incoming: T;
    try {
      incoming = load(raw);
    } catch (error) {
      blocked = true;
      setStatus({ otherTabProblem: messageOf(error), save: dirty ? 'blocked' : status.getState().save });
      return;
    }
    const wasBlocked = blocked;
    if (blocked) {
      // Valid data arrived: writing is safe again. What this tab held was built on nothing stored.
      blocked = false;
      base = empty;
      const unreadable = status.getState().unreadable;
      setStatus({ otherTabProblem: null, unreadable: unreadable ? { ...unreadable, resolved: true } : null });
    }
    const local = current();
    const result = merge(base, local, incoming);
    base = incoming;
    syncedRaw = raw;
    absorbing = true;
    const changed = !equal(result.merged, local);
    try {
      if (changed) io?.write(result.merged);
    } finally {
      absorbing = false;
    }
    if (changed) io?.changedElsewhere?.();
    if (result.conflicts.length > 0) {
      const kept = status.getState().conflicts.filter((c) => !result.conflicts.some((n) => n.slice === c.slice && n.id === c.id));
      setStatus({ conflicts: [...kept, ...result.conflicts] });
    }
    if (equal(result.merged, incoming)) {
      dirty = false;
      cancelTimer();
      if (status.getState().save !== 'idle' || wasBlocked) setStatus({ save: 'saved', writeError: null });
    } else {
      dirty = true;
      setStatus({ save: 'saving' });
      schedule();
    }
  }

  function flush(): void {
    cancelTimer();
    if (!dirty || blocked) return;
    let storage: Storage;
    let stored: string | null;
    try {
      storage = getStorage();
      stored = storage.getItem(key);
    } catch (error) {
      failWrite(error);
      return;
    }
    if (stored !== syncedRaw) {
      absorb(stored);
      cancelTimer();
      if (blocked || !dirty) return;
    }
    const data = current();
    const raw = serialize(data);
    try {
      if (raw !== stored) storage.setItem(key, raw);
    } catch (error) {
      failWrite(error);
      return;
    }
    syncedRaw = raw;
    base = data;
    dirty = false;
    setStatus({ save: 'saved', writeError: null });
  }

  const storage: PersistStorage<T> = {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = getStorage().getItem(name);
      } catch (error) {
        throw new StorageAccessError(error);
      }
      loadedRaw = raw;
      return raw === null ? null : (readEnvelope(raw) as StorageValue<T>);
    },
    setItem: (_name, value) => {
      latest = value.state;
      if (absorbing) return;
      dirty = true;
      if (blocked) {
        setStatus({ save: 'blocked' });
        return;
      }
      setStatus({ save: 'saving' });
      schedule();
    },
    removeItem: (name) => {
      try {
        getStorage().removeItem(name);
      } catch (error) {
        failWrite(error);
      }
    },
  };

  function settleHydration(): void {
    if (!hydration || !io) return;
    if (hydration.ok) {
      syncedRaw = loadedRaw;
      base = io.read();
    } else if (hydration.error instanceof StorageAccessError) {
      failWrite(hydration.error);
    } else if (loadedRaw !== null) {
      quarantine(loadedRaw, messageOf(hydration.error));
    }
  }

  const onStorage = (event: StorageEvent): void => {
    if (event.key !== key && event.key !== null) return;
    try {
      if (event.storageArea !== null && event.storageArea !== getStorage()) return;
    } catch {
      return;
    }
    absorb(event.key === null ? null : event.newValue);
  };
  const onPageHide = (): void => flush();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (target) {
    target.addEventListener('storage', onStorage);
    target.addEventListener('pagehide', onPageHide);
    target.document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    storage,
    status,
    hydrated: (error) => {
      hydration = error === undefined ? { ok: true } : { ok: false, error };
      settleHydration();
    },
    connect: (connected) => {
      io = connected;
      settleHydration();
    },
    flush,
    startFresh: () => {
      let unreadable = status.getState().unreadable;
      if (unreadable && unreadable.backupKey === null) {
        // Try once more to keep a copy (there may be room now) before the main key is written.
        const backupKey = `${key}:unreadable:${now()}`;
        try {
          getStorage().setItem(backupKey, unreadable.raw);
          unreadable = { ...unreadable, backupKey };
        } catch {
          // The user chose to start fresh without a copy (the notice asked them to download it).
        }
      }
      blocked = false;
      base = empty;
      try {
        syncedRaw = getStorage().getItem(key);
      } catch {
        // flush() reports the storage problem.
      }
      setStatus({ unreadable: unreadable ? { ...unreadable, resolved: true } : null, otherTabProblem: null });
      dirty = true;
      flush();
    },
    replace: (data) => {
      blocked = false;
      try {
        syncedRaw = getStorage().getItem(key);
      } catch {
        // flush() reports the storage problem.
      }
      const unreadable = status.getState().unreadable;
      setStatus({ unreadable: unreadable ? { ...unreadable, resolved: true } : null, otherTabProblem: null, conflicts: [] });
      absorbing = true;
      try {
        io?.write(data);
      } finally {
        absorbing = false;
      }
      io?.changedElsewhere?.();
      latest = data;
      dirty = true;
      flush();
    },
    dismissConflict: (conflict) => setStatus({ conflicts: status.getState().conflicts.filter((c) => c !== conflict) }),
    writeKey: (name, value) => getStorage().setItem(name, value),
    readKey: (name) => {
      try {
        return getStorage().getItem(name);
      } catch {
        return null;
      }
    },
    removeKey: (name) => {
      try {
        getStorage().removeItem(name);
      } catch {
        // Nothing to remove where storage is unavailable.
      }
    },
    keys: (prefix) => {
      try {
        const storage = getStorage();
        const out: string[] = [];
        for (let i = 0; i < storage.length; i += 1) {
          const name = storage.key(i);
          if (name !== null && name.startsWith(prefix)) out.push(name);
        }
        return out.sort();
      } catch {
        return [];
      }
    },
    dispose: () => {
      cancelTimer();
      if (target) {
        target.removeEventListener('storage', onStorage);
        target.removeEventListener('pagehide', onPageHide);
        target.document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}

/** Asks the browser to keep this site's storage under pressure, and records the answer. */
export async function requestPersistentStorage(
  status: StoreApi<PersistenceStatus>,
  manager: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<void> {
  if (!manager || typeof manager.persist !== 'function') {
    status.setState({ persistent: 'unsupported' });
    return;
  }
  try {
    const already = typeof manager.persisted === 'function' ? await manager.persisted() : false;
    const granted = already || (await manager.persist());
    status.setState({ persistent: granted ? 'granted' : 'not-granted' });
  } catch {
    status.setState({ persistent: 'not-granted' });
  }
}
