import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AsideItem } from './validation';

/**
 * Where the user's data is written, and every promise about it: writes are debounced and flushed
 * when the page is hidden or closed; a failed write is shown and the data stays in memory; stored
 * data that cannot be read is copied byte for byte to a backup key (one copy per distinct content)
 * and the main key is left alone until the user chooses to start fresh (or valid data arrives);
 * stored data that loads only in part (a bad record set aside, an unknown field, a duplicate key)
 * is copied the same way before the first write, and the user is told; an import or restore never
 * writes over data kept from being written without a copy of it or the user's say-so; another
 * tab's writes are merged record by record. Plugged into zustand's `persist` as its `storage`.
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
  /** True when the rest loaded and only the parts in `aside` (or the `reason`) did not. */
  readonly partial: boolean;
  /** The parts not loaded, with their stored values (for a partial load). */
  readonly aside: readonly AsideItem[];
}

export type PersistentState = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

export interface PersistenceStatus {
  readonly save: SaveState;
  readonly writeError: { readonly kind: WriteErrorKind; readonly message: string } | null;
  readonly unreadable: UnreadableData | null;
  /** Another tab wrote data this tab cannot read (a newer version of the app): writes stop here. */
  readonly otherTabProblem: string | null;
  readonly persistent: PersistentState;
  /** Counts changes to the other keys (copies, snapshots), so views listing them follow. */
  readonly keys: number;
  /**
   * The code that reads stored data is loading slowly or failed to load (a flaky network, a reload
   * past the offline cache). Not a property of the data: nothing is written meanwhile, the load is
   * retried on its own, and the user may reload.
   */
  readonly reader: ReaderProblem | null;
}

export interface ReaderProblem {
  /** `slow`: asked for and not arrived yet; `failed`: the last try failed (another follows). */
  readonly state: 'slow' | 'failed';
  /** Tries that failed so far. */
  readonly failures: number;
  readonly message: string;
}

export const INITIAL_STATUS: PersistenceStatus = {
  save: 'idle',
  writeError: null,
  unreadable: null,
  otherTabProblem: null,
  persistent: 'unknown',
  keys: 0,
  reader: null,
};

/** How long the reader of stored data may take before the user is told (ms). */
export const READER_SLOW_MS = 4000;
/** Waits between tries after a failed load of the reader: 1 s, 2 s, 4 s, ... at most 15 s. */
export const readerRetryDelay = (failures: number): number => Math.min(15_000, 1000 * 2 ** Math.max(0, failures - 1));

/**
 * Which write a stored text is, and which write it was built on. localStorage has no
 * read-modify-write across tabs: two tabs can both read write A and both write, the second over
 * the first. The parent tells a tab merging a write what that write was based on, so the merge
 * uses the right base and nothing the first tab wrote is taken as already seen.
 */
export interface WriteStamp {
  readonly rev: string;
  /** The write this one was built on; null if it was built on nothing stored. */
  readonly parent: string | null;
}

/** Stored text as loaded: the usable data, and whether writing it back keeps everything. */
export interface Loaded<T> {
  readonly data: T;
  /** The write's stamp; null for text written without one (an older version of the app). */
  readonly stamp: WriteStamp | null;
  readonly aside: readonly AsideItem[];
  readonly problems: readonly string[];
  readonly lossless: boolean;
}

/** What `replace` did: `needs-copy` when writing is stopped and no copy of the stored text could be kept. */
export type ReplaceOutcome = 'done' | 'needs-copy';

export interface PersistenceOptions<T> {
  /** The main key, e.g. `loop-prep`. */
  readonly key: string;
  /** The storage to use; may throw (storage disabled). Default: window.localStorage. */
  readonly getStorage?: () => Storage;
  /** The version of what `serialize` writes. */
  readonly version: number;
  /** Parses stored text all the way (envelope, migration, validation); throws when nothing is usable. */
  readonly load: (raw: string) => Loaded<T>;
  /**
   * Whether `load` and `merge` can run now (default: always). Their code may load on demand: it is
   * needed only once there is stored text to read or another tab writes. While it is not there,
   * reading waits for `prepare`, another tab's write is taken in once it has loaded, and a write
   * that would have to merge first waits for it too.
   */
  readonly ready?: () => boolean;
  /** Loads what `load` and `merge` need. */
  readonly prepare?: () => Promise<unknown>;
  readonly serialize: (data: T, stamp: WriteStamp) => string;
  readonly merge: (base: T, local: T, incoming: T) => { readonly merged: T };
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
  /** Settles once the stored data has been read (or found unreadable): the app renders after it. */
  readonly whenHydrated: Promise<void>;
  /** Connects the store once it exists. */
  readonly connect: (io: StoreIo<T>) => void;
  /** Writes pending changes now. */
  readonly flush: () => void;
  /** The user chose to start fresh after unreadable data: the main key may be written again. */
  readonly startFresh: () => void;
  /**
   * Replaces all data (import, restore) and writes it at once, unblocking writes. While writing is
   * stopped, the stored text is copied to a backup key first; if no copy can be kept, nothing
   * happens unless `withoutCopy` (the user was asked).
   */
  readonly replace: (data: T, options?: { readonly withoutCopy?: boolean }) => ReplaceOutcome;
  /**
   * Before an import or restore: true when writing may go ahead, keeping a copy of the stored text
   * first if writing is stopped to protect it; false when no copy can be kept.
   */
  readonly copyBeforeReplace: () => boolean;
  /** Takes in what another tab stored and this tab has not seen yet (before an import or export). */
  readonly catchUp: () => void;
  /** Keeps a byte-for-byte copy of text under a backup key, reusing one that holds the same text; null if it cannot. */
  readonly keepCopy: (raw: string) => string | null;
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
  const { key, version, load, serialize, merge, equal, empty } = options;
  const getStorage = options.getStorage ?? (() => window.localStorage);
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const now = options.now ?? Date.now;
  const target = options.target === undefined ? (typeof window === 'undefined' ? null : window) : options.target;
  const ready = options.ready ?? (() => true);
  const prepare = options.prepare ?? (() => Promise.resolve());
  let signalHydrated: () => void = () => undefined;
  const whenHydrated = new Promise<void>((resolve) => {
    signalHydrated = resolve;
  });
  const status = createStore<PersistenceStatus>(() => INITIAL_STATUS);
  const setStatus = (patch: Partial<PersistenceStatus>): void => status.setState(patch);

  let io: StoreIo<T> | null = null;
  /** What this tab last read from or wrote to the main key, and what it means. */
  let syncedRaw: string | null = null;
  /** The stamp of what this tab last read or wrote. */
  let syncedRev: string | null = null;
  /** Recent writes this tab read or wrote, by rev: the base for a write built on one of them. */
  const history = new Map<string, T>();
  const writer = Math.random().toString(36).slice(2, 8);
  let writes = 0;
  /**
   * Per writing tab, the latest of its writes whose content this tab holds: a tab's later write
   * holds everything its earlier ones did (a tab's state only moves forward), and a write holds
   * its parent. An older write arriving late is then recognised and not merged again.
   */
  const covered = new Map<string, number>();
  const cover = (rev: string | null): void => {
    if (rev === null) return;
    const [by, count] = rev.split('.');
    if (by !== undefined && Number(count) > (covered.get(by) ?? 0)) covered.set(by, Number(count));
  };
  const isCovered = (rev: string): boolean => {
    const [by, count] = rev.split('.');
    return by === writer || (by !== undefined && Number(count) <= (covered.get(by) ?? 0));
  };
  const remember = (rev: string | null, data: T): void => {
    if (rev === null) return;
    history.delete(rev);
    history.set(rev, data);
    if (history.size > 24) history.delete(history.keys().next().value as string);
  };
  let base: T = empty;
  /** The raw text read at hydration, and what it loaded to, kept until connect() settles it. */
  let loadedRaw: string | null = null;
  let loaded: Loaded<T> | null = null;
  let hydration: { ok: true } | { ok: false; error: unknown } | null = null;
  let latest: T | null = null;
  let dirty = false;
  let blocked = false;
  let absorbing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt = 0;
  /**
   * False until the stored data has been read and the store connected. Until then another tab's
   * writes are held (taken in once this tab's own read is in place, so the read cannot write over
   * them) and nothing is flushed.
   */
  let settled = false;
  const heldEvents: StorageEvent[] = [];

  const current = (): T => io?.read() ?? latest ?? empty;

  /**
   * The code that reads and merges stored data, loaded once and retried until it arrives: a part of
   * the app that failed to load is never taken for unreadable data. Settles only with success.
   */
  let reader: Promise<void> | null = null;
  function loadReader(): Promise<void> {
    if (ready()) return Promise.resolve();
    reader ??= new Promise<void>((resolve) => {
      let failures = 0;
      let slow: ReturnType<typeof setTimeout> | null = null;
      const watch = (): void => {
        slow = setTimeout(() => {
          if (!ready()) setStatus({ reader: { state: 'slow', failures, message: '' } });
        }, READER_SLOW_MS);
      };
      const attempt = (): void => {
        watch();
        prepare().then(
          () => {
            if (slow !== null) clearTimeout(slow);
            if (status.getState().reader !== null) setStatus({ reader: null });
            resolve();
          },
          (error: unknown) => {
            if (slow !== null) clearTimeout(slow);
            failures += 1;
            setStatus({ reader: { state: 'failed', failures, message: messageOf(error) } });
            setTimeout(attempt, readerRetryDelay(failures));
          },
        );
      };
      attempt();
    });
    return reader;
  }

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

  const copyPrefix = `${key}:unreadable:`;
  const bumpKeys = (): void => setStatus({ keys: status.getState().keys + 1 });

  /** Keeps one copy per distinct content: an existing copy of the same text is reused. */
  function keepCopy(raw: string): string | null {
    try {
      const storage = getStorage();
      for (let i = 0; i < storage.length; i += 1) {
        const name = storage.key(i);
        if (name !== null && name.startsWith(copyPrefix) && storage.getItem(name) === raw) return name;
      }
      let name = `${copyPrefix}${now()}`;
      for (let n = 2; storage.getItem(name) !== null; n += 1) name = `${copyPrefix}${now()}-${n}`;
      storage.setItem(name, raw);
      bumpKeys();
      return name;
    } catch {
      return null;
    }
  }

  /** The rev of a stored text, if it can be read (a write over it names it as its parent). */
  function stampOf(raw: string | null): string | null {
    if (raw === null) return null;
    try {
      return load(raw).stamp?.rev ?? null;
    } catch {
      return null;
    }
  }

  function copyBeforeReplace(): boolean {
    if (!blocked) return true;
    let stored: string | null;
    try {
      stored = getStorage().getItem(key);
    } catch {
      return true;
    }
    return stored === null || keepCopy(stored) !== null;
  }

  function quarantine(raw: string, reason: string): void {
    const backupKey = keepCopy(raw);
    blocked = true;
    syncedRaw = raw;
    setStatus({
      unreadable: { raw, reason, backupKey, at: now(), resolved: false, partial: false, aside: [] },
      save: dirty ? 'blocked' : status.getState().save,
    });
  }

  /** Loaded, but not everything: a copy of the stored text first; without one, writing stops until the user says. */
  function keepPartial(raw: string, result: Loaded<T>): void {
    const backupKey = keepCopy(raw);
    if (backupKey === null) blocked = true;
    const reason = [...result.aside.map((item) => `${item.field}: ${item.reason}`), ...result.problems].join('\n');
    setStatus({
      unreadable: { raw, reason, backupKey, at: now(), resolved: false, partial: true, aside: result.aside },
      save: dirty && blocked ? 'blocked' : status.getState().save,
    });
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
    let stamp: WriteStamp | null;
    try {
      const result = load(raw);
      if (!result.lossless) throw new Error([...result.aside.map((item) => `${item.field}: ${item.reason}`), ...result.problems].join('; '));
      incoming = result.data;
      stamp = result.stamp;
      // A write this tab already holds (its own, or one a later write included): nothing to take.
      if (stamp !== null && isCovered(stamp.rev)) return;
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
    // The base is what the incoming write was built on: this tab's last write or read as a rule; an
    // earlier one if the other tab had not seen the latest (both wrote at once); nothing known if
    // neither, so that every record both sides hold is a conflict rather than a silent overwrite.
    let from = base;
    if (stamp !== null && stamp.parent !== syncedRev) from = stamp.parent === null ? empty : (history.get(stamp.parent) ?? empty);
    const local = current();
    const result = merge(from, local, incoming);
    base = incoming;
    syncedRaw = raw;
    syncedRev = stamp?.rev ?? null;
    remember(syncedRev, incoming);
    cover(stamp?.rev ?? null);
    cover(stamp?.parent ?? null);
    absorbing = true;
    const changed = !equal(result.merged, local);
    try {
      if (changed) io?.write(result.merged);
    } finally {
      absorbing = false;
    }
    if (changed) io?.changedElsewhere?.();
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

  /**
   * Writes pending changes. `leaving`: the page is being hidden or closed, so nothing can wait.
   */
  function flush(leaving = false): void {
    cancelTimer();
    if (!dirty || blocked) return;
    if (!settled) {
      // Stored data not read yet: nothing may be written over it. A page leaving keeps what it holds aside.
      if (leaving) keepCopy(serialize(current(), { rev: `${writer}.${writes + 1}`, parent: syncedRev }));
      return;
    }
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
      if (!ready()) {
        // Another tab wrote and the code to merge its write has not arrived (it is asked for as
        // soon as this tab has something to save, so this is a matter of milliseconds). Writing
        // now would overwrite that tab's data: wait for it. A page that is leaving cannot wait,
        // so what it holds is kept under a backup key instead of being lost.
        if (leaving) keepCopy(serialize(current(), { rev: `${writer}.${writes + 1}`, parent: syncedRev }));
        else void loadReader().then(() => flush());
        return;
      }
      absorb(stored);
      cancelTimer();
      if (blocked || !dirty) return;
    }
    const data = current();
    writes += 1;
    const stamp: WriteStamp = { rev: `${writer}.${writes}`, parent: syncedRev };
    const raw = serialize(data, stamp);
    try {
      if (raw !== stored) storage.setItem(key, raw);
    } catch (error) {
      failWrite(error);
      return;
    }
    syncedRaw = raw;
    syncedRev = stamp.rev;
    remember(stamp.rev, data);
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
      loaded = null;
      if (raw === null) return null;
      const read = (): StorageValue<T> => {
        loaded = load(raw);
        return { state: loaded.data, version } as StorageValue<T>;
      };
      // zustand's persist waits for a promise; the app renders once it settles (whenHydrated). The
      // reader's code may fail to load: it is tried again until it arrives, and never read as bad data.
      return ready() ? read() : loadReader().then(read);
    },
    setItem: (_name, value) => {
      latest = value.state;
      if (absorbing) return;
      // Something to save: the code to merge another tab's write may be needed at the next write.
      if (!dirty && !ready()) void loadReader();
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
    if (!hydration || !io || settled) return;
    settled = true;
    if (hydration.ok) {
      syncedRaw = loadedRaw;
      base = io.read();
      syncedRev = loaded?.stamp?.rev ?? null;
      remember(syncedRev, base);
      cover(loaded?.stamp?.rev ?? null);
      cover(loaded?.stamp?.parent ?? null);
      if (loadedRaw !== null && loaded !== null) {
        if (!loaded.lossless) keepPartial(loadedRaw, loaded);
        else if (loaded.stamp === null) {
          // An older version (or another layout) of the same data: written back in the current one.
          dirty = true;
          schedule();
        }
      }
    } else if (hydration.error instanceof StorageAccessError) {
      failWrite(hydration.error);
    } else if (loadedRaw !== null) {
      quarantine(loadedRaw, messageOf(hydration.error));
    }
    // Another tab may have written while this one read: its held events first, then the key as it is now.
    for (const event of heldEvents.splice(0)) onStorage(event);
    const takeInStored = (): void => {
      if (blocked) return;
      try {
        const stored = getStorage().getItem(key);
        if (stored !== syncedRaw) absorb(stored);
      } catch {
        // Storage problems are reported by the next write.
      }
    };
    if (ready()) takeInStored();
    else {
      // Without the reader there is nothing to read unless another tab wrote meanwhile.
      let stored: string | null = syncedRaw;
      try {
        stored = getStorage().getItem(key);
      } catch {
        // Storage problems are reported by the next write.
      }
      if (stored !== syncedRaw) void loadReader().then(takeInStored);
    }
    if (dirty && !blocked) schedule();
  }

  function onStorage(event: StorageEvent): void {
    if (event.key !== null && event.key !== key) {
      if (event.key.startsWith(`${key}:`)) bumpKeys();
      return;
    }
    if (!settled) {
      heldEvents.push(event);
      return;
    }
    try {
      if (event.storageArea !== null && event.storageArea !== getStorage()) return;
    } catch {
      return;
    }
    if (!ready()) {
      // The code that reads and merges another tab's write loads first; then the event is taken in
      // as if it had just arrived (what is stored by then is read too).
      void loadReader().then(() => onStorage(event));
      return;
    }
    // The event's write first: it may have been written over since (two tabs writing at once, one
    // of them closing), and this is the only chance to take it in. A write this tab already holds
    // is recognised by its stamp and skipped. Then what is stored now.
    if (event.key !== null && event.newValue !== null) absorb(event.newValue);
    let stored: string | null;
    try {
      stored = getStorage().getItem(key);
    } catch {
      return;
    }
    absorb(stored);
  }
  const onPageHide = (): void => flush(true);
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flush(true);
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
      signalHydrated();
    },
    whenHydrated,
    connect: (connected) => {
      io = connected;
      settleHydration();
    },
    flush,
    startFresh: () => {
      let unreadable = status.getState().unreadable;
      if (unreadable && unreadable.backupKey === null) {
        // Try once more to keep a copy (there may be room now) before the main key is written.
        const backupKey = keepCopy(unreadable.raw);
        if (backupKey !== null) unreadable = { ...unreadable, backupKey };
        // Else the user chose to go on without a copy (the notice asked them to download it).
      }
      blocked = false;
      if (!unreadable?.partial) base = empty;
      try {
        syncedRaw = getStorage().getItem(key);
        syncedRev = stampOf(syncedRaw);
      } catch {
        // flush() reports the storage problem.
      }
      setStatus({ unreadable: unreadable ? { ...unreadable, resolved: true } : null, otherTabProblem: null });
      dirty = true;
      flush();
    },
    copyBeforeReplace,
    replace: (data, replaceOptions = {}) => {
      if (!replaceOptions.withoutCopy && !copyBeforeReplace()) return 'needs-copy';
      let stored: string | null = null;
      try {
        stored = getStorage().getItem(key);
      } catch {
        // flush() reports the storage problem.
      }
      blocked = false;
      syncedRaw = stored;
      syncedRev = stampOf(stored);
      const unreadable = status.getState().unreadable;
      setStatus({ unreadable: unreadable ? { ...unreadable, resolved: true } : null, otherTabProblem: null });
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
      return 'done';
    },
    catchUp: () => {
      // Without the code to read another tab's write there is nothing this tab could take in yet;
      // the views that export or import load it with them.
      if (blocked || !ready()) return;
      try {
        const stored = getStorage().getItem(key);
        if (stored !== syncedRaw) absorb(stored);
      } catch {
        // Nothing to take in where storage is unavailable.
      }
    },
    keepCopy,
    writeKey: (name, value) => {
      getStorage().setItem(name, value);
      bumpKeys();
    },
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
        bumpKeys();
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
