import { currentUserData, persistence, STORAGE_KEY, UNREADABLE_PREFIX, useAppStore } from './app-store';
import { backupFileName, createBackup, readSnapshot, serializeBackup, serializeSnapshot } from './backup';
import type { UserData } from './user-data';

/** Where the data an import replaced is kept, until the next import or a restore. */
export const SNAPSHOT_KEY = `${STORAGE_KEY}:before-import`;

/**
 * Everything the user changed, as a backup file's name and text. Works from memory, so it still
 * works when writing to storage fails. Records the time as the last backup.
 */
export function exportBackup(now = Date.now()): { fileName: string; text: string } {
  useAppStore.getState().setLastBackupAt(now);
  return { fileName: backupFileName(now), text: serializeBackup(createBackup(currentUserData(), now)) };
}

export type ReplaceResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'snapshot'; readonly message: string };

function replaceKeepingSnapshot(data: UserData, now: number): ReplaceResult {
  try {
    persistence.writeKey(SNAPSHOT_KEY, serializeSnapshot(currentUserData(), now));
  } catch (error) {
    // Without a copy of what it replaces, an import does not happen.
    return { ok: false, reason: 'snapshot', message: error instanceof Error ? error.message : String(error) };
  }
  persistence.replace(data);
  return { ok: true };
}

/** Replaces all user data with a backup's, keeping the data it replaces as a snapshot. */
export function importUserData(data: UserData, now = Date.now()): ReplaceResult {
  const lastBackupAt = useAppStore.getState().meta.lastBackupAt;
  const imported = data.meta.lastBackupAt;
  const keepBackupTime = lastBackupAt !== null && (imported === null || lastBackupAt > imported);
  return replaceKeepingSnapshot(keepBackupTime ? { ...data, meta: { ...data.meta, lastBackupAt } } : data, now);
}

/** The snapshot an import left, if any. */
export function storedSnapshot(): { data: UserData; takenAt: number } | null {
  return readSnapshot(persistence.readKey(SNAPSHOT_KEY));
}

/** Puts the snapshot's data back; the data it replaces becomes the snapshot (so this can be undone). */
export function restoreSnapshot(now = Date.now()): ReplaceResult | null {
  const snapshot = storedSnapshot();
  return snapshot ? replaceKeepingSnapshot(snapshot.data, now) : null;
}

/** Copies of stored data that could not be read, oldest first. */
export function unreadableCopies(): { key: string; at: number; text: string }[] {
  return persistence.keys(UNREADABLE_PREFIX).flatMap((key) => {
    const text = persistence.readKey(key);
    return text === null ? [] : [{ key, at: Number(key.slice(UNREADABLE_PREFIX.length)) || 0, text }];
  });
}
