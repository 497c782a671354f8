import { cardsData } from './cards-slice';
import { createConflictsData, addOffers, pruneOffers } from './conflicts-slice';
import { covers, duplicateKeys } from './json-check';
import type { Conflict, MergeContext, SliceData } from './merge';
import { metaData } from './meta-slice';
import { mockData } from './mock-slice';
import { migrateUserData } from './migrations';
import { countKeys, provideUserDataCodec, recordSlicesOf, USER_DATA_KEYS, USER_DATA_VERSION, type UserData, type UserDataKey } from './user-data-shape';
import { ownQuestionsData } from './own-questions-slice';
import { principleNotesData } from './principle-notes-slice';
import { questionDraftsData } from './question-drafts-slice';
import { reviewData } from './review-slice';
import { settingsData } from './settings-slice';
import { storiesData } from './stories-slice';
import { syncData, tidyLedger, type SyncLedger } from './sync-slice';
import type { WriteStamp } from './persistence';
import { expectObject, InvalidUserDataError, isRecord, Report, strict, type AsideItem } from './validation';

export { InvalidUserDataError, migrateUserData };
export * from './user-data-shape';

const RECORD_SLICES = {
  stories: storiesData,
  questionDrafts: questionDraftsData,
  cards: cardsData,
  ownQuestions: ownQuestionsData,
  principleNotes: principleNotesData,
} as const;

const conflictsData = createConflictsData((name) =>
  Object.hasOwn(RECORD_SLICES, name) ? RECORD_SLICES[name as keyof typeof RECORD_SLICES].records : undefined,
);

/**
 * The persisted shape, one entry per slice: what the user changed, never content. Adding a slice
 * is one line here (its SliceData: empty value, validator, merge; a record slice through
 * `recordSlice`, which plugs it into import, preview, ledger and conflicts) and one migration step.
 */
export const USER_DATA_SLICES = {
  settings: settingsData,
  ...RECORD_SLICES,
  meta: metaData,
  review: reviewData,
  mock: mockData,
  sync: syncData,
  conflicts: conflictsData,
} as const;

const KEYS = USER_DATA_KEYS;

export function slice<K extends UserDataKey>(key: K): SliceData<UserData[K]> {
  return USER_DATA_SLICES[key] as unknown as SliceData<UserData[K]>;
}

/**
 * Checks a value of the current version. Strict (the default: backups, tests): throws
 * InvalidUserDataError naming the first bad field; a missing field with a default takes it. Lenient (loading this browser's data): a bad
 * record, field or slice is set aside in `report` and the rest loads with defaults in its place.
 */
export function validateUserData(value: unknown, report: Report = strict()): UserData {
  const object = expectObject(value, 'state');
  for (const key of Object.keys(object)) {
    if (!(KEYS as string[]).includes(key)) report.aside(key, 'unknown field', object[key]);
  }
  return Object.fromEntries(
    KEYS.map((key) => {
      // A missing slice (data or a backup from before it existed) is empty, in strict mode too.
      if (!Object.hasOwn(object, key)) return [key, slice(key).empty];
      return [key, report.part(key, object[key], () => slice(key).validate(object[key], key, report)) ?? slice(key).empty];
    }),
  ) as unknown as UserData;
}

/** When a record was removed, from a ledger. */
export const removedLookup = (ledger: SyncLedger) => (sliceName: string, id: string) => ledger.removed[sliceName]?.[id];

export interface MergeOptions {
  /** `tab` (default): another tab's write; `backup`: an imported file. */
  readonly source?: 'tab' | 'backup';
  /** When the versions not kept are set aside. */
  readonly now?: number;
}

/**
 * The one three-way merge of user data, slice by slice (another tab's write, or a backup with its
 * stand-in base from `importBase`). Versions not kept are added to the persisted conflicts, and
 * offers that say what the merged record says are dropped.
 */
export function mergeUserData(base: UserData, local: UserData, incoming: UserData, options: MergeOptions = {}): { merged: UserData; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const context: Omit<MergeContext, 'slice'> = {
    source: options.source ?? 'tab',
    conflicts,
    removedAt: { local: removedLookup(local.sync), incoming: removedLookup(incoming.sync) },
  };
  const merged = Object.fromEntries(
    KEYS.map((key) => [key, slice(key).merge(base[key], local[key], incoming[key], { ...context, slice: key })]),
  ) as unknown as UserData;
  const records = recordSlicesOf(merged);
  return {
    merged: {
      ...merged,
      sync: tidyLedger(merged.sync, records),
      conflicts: pruneOffers(addOffers(merged.conflicts, conflicts, options.now ?? Date.now()), (name, id) => records[name]?.[id]),
    },
    conflicts,
  };
}

/** The stored envelope: `{ state, version }` as zustand's persist reads it, and the write's stamp (see WriteStamp). */
export interface StoredEnvelope {
  readonly state: unknown;
  readonly version: number;
  readonly stamp: WriteStamp | null;
  /** Fields of the envelope other than these (a write would drop them). */
  readonly extra: readonly string[];
  /** How many keys the state had when it was written, if the writer said. */
  readonly keys: number | null;
}

const ENVELOPE = ['state', 'version', 'rev', 'parent', 'keys'];
const REV = /^[0-9a-z]{1,12}\.[0-9]{1,15}$/;

function readStamp(parsed: Record<string, unknown>): WriteStamp | null {
  const { rev, parent } = parsed;
  if (rev === undefined && parent === undefined) return null;
  if (typeof rev !== 'string' || !REV.test(rev) || (parent !== null && (typeof parent !== 'string' || !REV.test(parent)))) {
    throw new InvalidUserDataError('rev', 'expected the stamp of a write');
  }
  return { rev, parent };
}

/** Parses the stored text's envelope; throws on bad JSON, a bad envelope or a newer version. */
export function readEnvelope(raw: string): StoredEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new InvalidUserDataError('json', `not readable as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(parsed)) throw new InvalidUserDataError('json', 'expected an object with "state" and "version"');
  const { version, state } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new InvalidUserDataError('version', 'missing or not a whole number');
  if (version > USER_DATA_VERSION) {
    throw new InvalidUserDataError('version', `stored by a newer version of the app (${version}); this one reads up to ${USER_DATA_VERSION}`);
  }
  if (!('state' in parsed)) throw new InvalidUserDataError('state', 'missing');
  const extra = Object.keys(parsed).filter((key) => !ENVELOPE.includes(key));
  const keys = Number.isSafeInteger(parsed.keys) ? (parsed.keys as number) : null;
  return { state, version, stamp: readStamp(parsed), extra, keys };
}

/** Stored data as loaded: what could be used, and whether writing it back would keep everything. */
export interface LoadedUserData {
  readonly data: UserData;
  /** Parts that were not loaded (bad records, unknown fields), with their values. */
  readonly aside: readonly AsideItem[];
  /** Other reasons a write would not give back the stored text's content (duplicate keys, coerced values). */
  readonly problems: readonly string[];
  /** True when writing `data` back keeps everything the stored text held. */
  readonly lossless: boolean;
  readonly stamp: WriteStamp | null;
}

/**
 * Reads stored text all the way: envelope, migrations (which only add), validation record by
 * record. Throws when nothing can be used (not JSON, no envelope, a newer version, no object);
 * otherwise returns what loads, and says whether anything would be lost by writing it back.
 */
export function loadUserDataWithReport(raw: string): LoadedUserData {
  const { state, version, stamp, extra, keys } = readEnvelope(raw);
  const migrated = migrateUserData(state, version);
  const report = new Report(false);
  const data = report.part('state', migrated, () => validateUserData(migrated, report));
  if (data === undefined) {
    const first = report.items[0];
    throw new InvalidUserDataError(first?.field ?? 'state', first?.reason ?? 'expected an object');
  }
  // Nothing set aside, no key JSON.parse dropped, nothing outside the data, and every stored value
  // in what loaded: writing it back keeps everything.
  // Keys JSON.parse dropped (a key given twice): none when the state holds as many keys as its
  // writer counted (the usual load, no scan of the text). Otherwise (text written without a count,
  // or changed since it was written) the exact check: JSON.stringify writes what it parsed, so a
  // text that reads back to itself lost nothing; one that does not is copied before any write.
  const problems: string[] = [];
  // A key given twice: JSON.parse kept its last copy only. Looked for in the text itself, always.
  const twice = duplicateKeys(raw).map((path) => path.replace(/^state\./, ''));
  if (twice.length > 0) problems.push(`given twice in the stored text (the first copy did not load): ${twice.join(', ')}`);
  const counted = keys !== null && countKeys(state) === keys;
  if (twice.length === 0 && !counted && JSON.stringify(JSON.parse(raw)) !== raw.trim()) {
    problems.push('the stored text does not read back as itself (a field given twice, or changed outside the app)');
  }
  if (extra.length > 0) problems.push(`fields outside the data: ${extra.map((key) => `"${key.slice(0, 40)}"`).join(', ')}`);
  if (report.items.length === 0 && problems.length === 0 && !covers(migrated, data)) problems.push('values the app would store differently');
  return { data, aside: report.items, problems, lossless: report.items.length === 0 && problems.length === 0, stamp };
}

/** Reads stored text that must load whole (another tab's write, tests): throws unless nothing is lost. */
export function loadUserData(raw: string): UserData {
  const loaded = loadUserDataWithReport(raw);
  if (!loaded.lossless) {
    const first = loaded.aside[0];
    throw new InvalidUserDataError(first?.field ?? 'state', first?.reason ?? loaded.problems[0] ?? 'not loadable whole');
  }
  return loaded.data;
}

// What the store's persistence needs to read stored text and merge another tab's write: from here
// on, whoever imported this module (the store finding data to read, a view of the backups) has it.
provideUserDataCodec({
  load: loadUserDataWithReport,
  merge: (base, local, incoming, now) => mergeUserData(base, local, incoming, { source: 'tab', now }),
});
