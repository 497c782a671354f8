import { sameContent } from './fingerprint';
import { deepEqual, isRecord, type Report } from './validation';

/**
 * The one three-way merge of user data, used for another tab's write and for a backup import.
 * Records are matched by id: a record only one side changed takes that side's version (removal
 * included); a record both sides changed keeps this side's version and the other one is offered to
 * the user (kept in the persisted `conflicts` slice until they choose).
 */

/** Where a version offered in a conflict came from. */
export type OfferSource = 'tab' | 'backup' | 'device';

/** A version the merge did not keep: offered to the user, never dropped. */
export interface Conflict {
  /** The slice of user data, e.g. `stories`. */
  readonly slice: string;
  /** The record's id within the slice. */
  readonly id: string;
  /** The version not kept. */
  readonly value: unknown;
  /** `tab`: another tab's version; `backup`: the imported file's; `device`: this device's, replaced by a later deletion. */
  readonly source: OfferSource;
}

/** When a record was removed (a tombstone), if known. */
export type RemovedAt = (slice: string, id: string) => number | undefined;

export interface MergeContext {
  readonly slice: string;
  /** `tab`: another tab of this browser wrote; `backup`: a backup file is merged in. */
  readonly source: 'tab' | 'backup';
  /** Where versions not kept are collected. */
  readonly conflicts: Conflict[];
  /** Removal times on this side and on the incoming side. */
  readonly removedAt: { readonly local: RemovedAt; readonly incoming: RemovedAt };
}

/** The kinds of records an import preview counts. */
export const PREVIEW_KINDS = ['stories', 'questionDrafts', 'cards', 'questions', 'notes', 'reviews', 'mocks'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

/** What a merge would do to one kind of record, and what a replace would lose. */
export interface KindPreview {
  readonly adds: number;
  readonly changes: number;
  readonly conflicts: number;
  /** Records (or reviews) of this device that a replace would drop. */
  readonly loses: number;
}

/** What a slice needs to be stored, merged and previewed. */
export interface SliceData<T> {
  readonly empty: T;
  /** Checks a stored value; a bad part is set aside through `report` (or thrown when strict). */
  readonly validate: (value: unknown, path: string, report: Report) => T;
  /** Merges the incoming value into this side's, given the value both last agreed on. */
  readonly merge: (base: T, local: T, incoming: T, context: MergeContext) => T;
  /** How many entries a backup of this slice holds, if it counts any. */
  readonly count?: (value: T) => number;
  /**
   * Set for slices of records keyed by id: their kind and one record's validator. That is all a
   * record slice declares; the import's stand-in base, its preview, the sync ledger and the
   * conflicts' offers then work on it generically (src/stores/import-plan.ts).
   */
  readonly records?: RecordsInfo;
}

/** What a slice of records keyed by id declares (see `recordSlice`). */
export interface RecordsInfo {
  readonly kind: PreviewKind;
  readonly validateRecord: (value: unknown, path: string, report: Report, id: string) => unknown;
  /** The ids its records may have. */
  readonly idPattern: RegExp;
}

/** A record's last change (epoch ms), from its `updatedAt` field; 0 if it has none. */
export function updatedAtOf(record: unknown): number {
  return isRecord(record) && typeof record.updatedAt === 'number' ? record.updatedAt : 0;
}

/** A record kept but marked deleted (stories keep their text so that they can be restored). */
export function isDeletedRecord(record: unknown): boolean {
  return isRecord(record) && record.deleted === true;
}

/**
 * Resolves a record both sides changed. Another tab: this tab's version stays (the user may be
 * typing in it). A backup: this device's version stays, except that a deletion and a change are
 * ordered by time: the later one wins ("deleted stays deleted unless changed after the deletion").
 * The version not kept is offered, unless it is a deletion (a deletion that loses drops no text).
 */
function resolveBoth<T>(id: string, l: T | undefined, i: T | undefined, context: MergeContext): T | undefined {
  const { slice, source, conflicts } = context;
  const lGone = l === undefined || isDeletedRecord(l);
  const iGone = i === undefined || isDeletedRecord(i);
  const removedAt = (value: T | undefined, side: 'local' | 'incoming'): number =>
    value === undefined ? (context.removedAt[side](slice, id) ?? Number.NEGATIVE_INFINITY) : updatedAtOf(value);
  if (lGone && iGone) return l;
  if (lGone) {
    if (source === 'tab' || updatedAtOf(i) > removedAt(l, 'local')) return i;
    conflicts.push({ slice, id, value: i, source: 'backup' });
    return l;
  }
  if (iGone) {
    if (source === 'tab' || updatedAtOf(l) > removedAt(i, 'incoming')) return l;
    conflicts.push({ slice, id, value: l, source: 'device' });
    return i;
  }
  conflicts.push({ slice, id, value: i, source: source === 'tab' ? 'tab' : 'backup' });
  return l;
}

/** Three-way merge of records keyed by id (see the top of this file). Never a whole-blob last-writer-wins. */
export function mergeRecords<T>(
  base: Readonly<Record<string, T>>,
  local: Readonly<Record<string, T>>,
  incoming: Readonly<Record<string, T>>,
  context: MergeContext,
): Record<string, T> {
  const out: Record<string, T> = {};
  const ids = new Set([...Object.keys(local), ...Object.keys(incoming)]);
  for (const id of ids) {
    const b = Object.hasOwn(base, id) ? base[id] : undefined;
    const l = Object.hasOwn(local, id) ? local[id] : undefined;
    const i = Object.hasOwn(incoming, id) ? incoming[id] : undefined;
    let value: T | undefined;
    if (deepEqual(l, b)) value = i;
    else if (deepEqual(i, b) || deepEqual(l, i)) value = l;
    else if (l !== undefined && i !== undefined && sameContent(l, i)) value = updatedAtOf(i) > updatedAtOf(l) ? i : l;
    else value = resolveBoth(id, l, i, context);
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/** Field-by-field three-way merge of a small object; when both changed a field, `incoming` wins. */
export function mergeFields<T extends object>(base: T, local: T, incoming: T): T {
  const out = { ...local } as Record<string, unknown>;
  for (const key of Object.keys(incoming) as (keyof T & string)[]) {
    if (deepEqual(local[key], base[key]) || !deepEqual(incoming[key], base[key])) out[key] = incoming[key];
  }
  return out as T;
}

export { setRecord } from './records';
