import { currentUserData, persistence, STORAGE_KEY, UNREADABLE_PREFIX, useAppStore } from './app-store';
import { backupFileName, createBackup, readSnapshot, serializeBackup, serializeSnapshot } from './backup';
import { markSynced } from './import-plan';
import type { UserData } from './user-data';

/** Where the data an import replaced is kept, until the next import or a restore. */
export const SNAPSHOT_KEY = `${STORAGE_KEY}:before-import`;

/**
 * Everything the user changed, as a backup file's name and text. Works from memory, so it still
 * works when writing to storage fails. Records the time as the last backup, and every record as
 * exported as a version both devices agree on (the sync ledger a later merge reads).
 */
export function exportBackup(now = Date.now()): { fileName: string; text: string } {
  persistence.catchUp();
  const current = currentUserData();
  const data = markSynced({ ...current, meta: { ...current.meta, lastBackupAt: now } }, [current]);
  useAppStore.setState({ meta: data.meta, sync: data.sync });
  return { fileName: backupFileName(now), text: serializeBackup(createBackup(data, now)) };
}

export type ReplaceResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'snapshot'; readonly message: string }
  /** Writing is stopped to protect stored data, and no copy of it could be kept: ask the user first. */
  | { readonly ok: false; readonly reason: 'needs-copy' };

/**
 * Puts `data` in place of the user data, keeping what it replaces as a snapshot. Never writes over
 * stored data the app stopped writing to (unreadable, or from a newer version) without a copy of it,
 * unless `withoutCopy` (the user was told there is none and chose to go on).
 */
export function replaceKeepingSnapshot(data: UserData, now: number, withoutCopy = false): ReplaceResult {
  if (!persistence.copyBeforeReplace() && !withoutCopy) return { ok: false, reason: 'needs-copy' };
  try {
    persistence.writeKey(SNAPSHOT_KEY, serializeSnapshot(currentUserData(), now));
  } catch (error) {
    // Without a copy of what it replaces, an import does not happen.
    return { ok: false, reason: 'snapshot', message: error instanceof Error ? error.message : String(error) };
  }
  // Undo never reaches across an import, a merge or a restore (the grades it would take back were
  // replayed or replaced): the store hears of it through `changedElsewhere`.
  persistence.replace(data, { withoutCopy: true });
  return { ok: true };
}

/** Replaces all user data with a backup's, keeping the data it replaces as a snapshot. */
export function importUserData(data: UserData, now = Date.now(), withoutCopy = false): ReplaceResult {
  persistence.catchUp();
  const lastBackupAt = useAppStore.getState().meta.lastBackupAt;
  const imported = data.meta.lastBackupAt;
  const keepBackupTime = lastBackupAt !== null && (imported === null || lastBackupAt > imported);
  const replaced = markSynced(keepBackupTime ? { ...data, meta: { ...data.meta, lastBackupAt } } : data, [data]);
  return replaceKeepingSnapshot(replaced, now, withoutCopy);
}

/** The snapshot an import left, if any. */
export function storedSnapshot(): { data: UserData; takenAt: number } | null {
  return readSnapshot(persistence.readKey(SNAPSHOT_KEY));
}

/** Puts the snapshot's data back; the data it replaces becomes the snapshot (so this can be undone). */
export function restoreSnapshot(now = Date.now(), withoutCopy = false): ReplaceResult | null {
  persistence.catchUp();
  const snapshot = storedSnapshot();
  return snapshot ? replaceKeepingSnapshot(snapshot.data, now, withoutCopy) : null;
}

/** Copies of stored data that could not be read (or read whole), oldest first. */
export function unreadableCopies(): { key: string; at: number; text: string }[] {
  return persistence.keys(UNREADABLE_PREFIX).flatMap((key) => {
    const text = persistence.readKey(key);
    return text === null ? [] : [{ key, at: Number.parseInt(key.slice(UNREADABLE_PREFIX.length), 10) || 0, text }];
  });
}
