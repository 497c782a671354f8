import { ID_PATTERN } from '@/domain/ids';
import { fingerprint, sameContent } from './fingerprint';
import { isDeletedRecord, mergeRecords, type ImportContext, type PreviewKind, type SliceData } from './merge';
import { deepEqual, expectIdRecord, type Report } from './validation';

/** Stands for "both sides changed it since they last agreed" in an import's stand-in base. */
const CHANGED_ON_BOTH_SIDES: unknown = Object.freeze({ 'changed on both sides': true });

type Records<R> = Readonly<Record<string, R>>;

const live = (record: unknown): boolean => record !== undefined && !isDeletedRecord(record);

/**
 * The stand-in for a common base when a backup is merged, per record, from the sync ledger (the
 * fingerprints of the versions each device exported or imported, and removal times):
 * - the file's version is one this device already agreed on: the other side did not change it;
 * - this device's version is one the other side agreed on: this side did not change it;
 * - only one side has the record and the other never removed it: it is new there;
 * - otherwise both changed it (or both created it): a conflict, or a deletion ordered by time.
 */
export function importRecordsBase<R>(local: Records<R>, incoming: Records<R>, context: ImportContext): Records<R> {
  const { slice, seen, removedAt } = context;
  const base: Record<string, R> = {};
  for (const id of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const l = Object.hasOwn(local, id) ? local[id] : undefined;
    const i = Object.hasOwn(incoming, id) ? incoming[id] : undefined;
    let b: unknown;
    if (deepEqual(l, i)) b = l;
    else if (i !== undefined && seen.local(slice, id).includes(fingerprint(i))) b = i;
    else if (l !== undefined && seen.incoming(slice, id).includes(fingerprint(l))) b = l;
    else if (l === undefined) b = removedAt.local(slice, id) === undefined && seen.local(slice, id).length === 0 ? undefined : CHANGED_ON_BOTH_SIDES;
    else if (i === undefined) b = removedAt.incoming(slice, id) === undefined && seen.incoming(slice, id).length === 0 ? undefined : CHANGED_ON_BOTH_SIDES;
    else b = CHANGED_ON_BOTH_SIDES;
    if (b !== undefined) base[id] = b as R;
  }
  return base;
}

/** Adds, changes and what a replace would lose, counted record by record (a deletion is a change). */
export function previewRecords<R>(local: Records<R>, merged: Records<R>, incoming: Records<R>): { adds: number; changes: number; loses: number } {
  let adds = 0;
  let changes = 0;
  let loses = 0;
  for (const id of new Set([...Object.keys(local), ...Object.keys(merged)])) {
    const l = local[id];
    const m = merged[id];
    if (!live(l) && live(m)) adds += 1;
    else if (!sameContent(l, m) && (live(l) || live(m))) changes += 1;
  }
  for (const [id, l] of Object.entries(local)) {
    if (live(l) && !sameContent(l, incoming[id])) loses += 1;
  }
  return { adds, changes, loses };
}

export interface RecordSliceOptions<R> {
  /** How the import preview names these records. */
  readonly kind: PreviewKind;
  /** Checks one stored record; throws InvalidUserDataError naming the bad field. */
  readonly validateRecord: (value: unknown, path: string, report: Report) => R;
  /** Valid record ids (default: kebab-case content ids). */
  readonly idPattern?: RegExp;
  /** What a backup counts (default: records not marked deleted). */
  readonly count?: (records: Records<R>) => number;
}

/**
 * A slice of records keyed by id, plugged into storage, merge, import and preview by declaring
 * itself: validated record by record (a bad record is set aside, the rest load), merged with the
 * one three-way record merge, its import base from the sync ledger. Records may carry `updatedAt`
 * (epoch ms) and `deleted` (kept but hidden); both are read when a deletion meets a change.
 */
export function recordSlice<R>(options: RecordSliceOptions<R>): SliceData<Records<R>> {
  return {
    empty: {},
    validate: (value, path, report) => expectIdRecord(value, path, options.validateRecord, report, options.idPattern ?? ID_PATTERN),
    merge: mergeRecords,
    count: options.count ?? ((records) => Object.values(records).filter(live).length),
    importBase: importRecordsBase,
    records: { kind: options.kind, validateRecord: options.validateRecord },
    preview: (local, merged, incoming) => ({ kind: options.kind, ...previewRecords(local, merged, incoming) }),
  };
}
