import {
  InvalidUserDataError,
  loadUserDataWithReport,
  migrateUserData,
  slice,
  USER_DATA_KEYS,
  USER_DATA_VERSION,
  validateUserData,
  type UserData,
  type UserDataKey,
} from './user-data';
import { isRecord } from './validation';

/**
 * The backup file: one JSON document with everything the user changed.
 * `{ format: 'loop-prep-backup', version, exportedAt, data }`; `version` is the user-data version,
 * so an older backup is migrated on import exactly like older stored data.
 */
export const BACKUP_FORMAT = 'loop-prep-backup';

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  /** ISO 8601 time of the export. */
  readonly exportedAt: string;
  readonly data: UserData;
}

export function createBackup(data: UserData, now: number): BackupFile {
  return { format: BACKUP_FORMAT, version: USER_DATA_VERSION, exportedAt: new Date(now).toISOString(), data };
}

export function serializeBackup(backup: BackupFile): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** `loop-prep-backup-2026-11-24.json` */
export function backupFileName(now: number): string {
  return `loop-prep-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type BackupProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly detail: string }
  | { readonly kind: 'foreign' }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'version'; readonly detail: string }
  | { readonly kind: 'invalid'; readonly detail: string };

export interface ReadBackup {
  readonly data: UserData;
  readonly version: number;
  /** Epoch ms of the export, or null if the file's time is unreadable. */
  readonly exportedAt: number | null;
  readonly counts: Partial<Record<UserDataKey, number>>;
  /** `backup`: an exported backup file; `copy`: stored data kept aside by the app (or downloaded from Settings). */
  readonly kind: 'backup' | 'copy';
  /** For a copy: the parts that still do not read (with why), left out of `data`. */
  readonly unread: readonly string[];
}

/** How many entries of each counted slice the data holds. */
export function countUserData(data: UserData): Partial<Record<UserDataKey, number>> {
  const out: Partial<Record<UserDataKey, number>> = {};
  for (const key of USER_DATA_KEYS) {
    const count = slice(key).count;
    if (count) out[key] = count(data[key]);
  }
  return out;
}

export type BackupResult = { readonly ok: true; readonly backup: ReadBackup } | { readonly ok: false; readonly problem: BackupProblem };

/**
 * Reads a backup file's text: JSON, the format name, a known version (older ones migrated), and the
 * same validation as stored data. Never throws; a problem says what kind of file it was.
 */
export function readBackup(text: string): BackupResult {
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (isRecord(parsed) && parsed.format === undefined && 'state' in parsed && 'version' in parsed) return readCopy(text);
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'foreign' } };
  const { version, exportedAt, data } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: 'version', detail: `"version" is ${JSON.stringify(version) ?? 'missing'}` } };
  }
  if (version > USER_DATA_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  let valid: UserData;
  try {
    valid = validateUserData(migrateUserData(data, version));
  } catch (error) {
    if (error instanceof InvalidUserDataError) return { ok: false, problem: { kind: 'invalid', detail: error.message } };
    throw error;
  }
  const time = typeof exportedAt === 'string' ? Date.parse(exportedAt) : Number.NaN;
  return { ok: true, backup: { data: valid, version, exportedAt: Number.isNaN(time) ? null : time, counts: countUserData(valid), kind: 'backup', unread: [] } };
}

/**
 * Reads a copy of stored data the app kept aside (unreadable, partly read, or kept when a page
 * closed), or one downloaded from Settings: read the way stored data is read, record by record, so
 * what still reads can be merged or put back and what does not is listed.
 */
function readCopy(text: string): BackupResult {
  try {
    const loaded = loadUserDataWithReport(text);
    const unread = [...loaded.aside.map((item) => `${item.field}: ${item.reason}`), ...loaded.problems];
    const version = (JSON.parse(text) as { version: number }).version;
    return { ok: true, backup: { data: loaded.data, version, exportedAt: null, counts: countUserData(loaded.data), kind: 'copy', unread } };
  } catch (error) {
    if (!(error instanceof InvalidUserDataError)) throw error;
    if (error.path === 'version' && /newer/.test(error.detail)) {
      return { ok: false, problem: { kind: 'newer', version: (JSON.parse(text) as { version: number }).version } };
    }
    return { ok: false, problem: { kind: 'invalid', detail: error.message } };
  }
}

/** The data an import replaced, kept so that it can be put back. */
export const SNAPSHOT_FORMAT = 'loop-prep-snapshot';

export interface Snapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: number;
  readonly takenAt: number;
  readonly data: UserData;
}

export function serializeSnapshot(data: UserData, now: number): string {
  const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, version: USER_DATA_VERSION, takenAt: now, data };
  return JSON.stringify(snapshot);
}

/** Reads a stored snapshot (migrating an older one); null if there is none or it is unusable. */
export function readSnapshot(text: string | null): { data: UserData; takenAt: number } | null {
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || parsed.format !== SNAPSHOT_FORMAT || typeof parsed.version !== 'number' || typeof parsed.takenAt !== 'number') return null;
    return { data: validateUserData(migrateUserData(parsed.data, parsed.version)), takenAt: parsed.takenAt };
  } catch {
    return null;
  }
}
