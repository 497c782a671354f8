import { deepEqual } from './validation';

/**
 * Two tabs changed the same record since they last agreed: this tab keeps its own version (the
 * user may be typing in it) and the other tab's version is offered in a notice.
 */
export interface Conflict {
  /** The slice of user data, e.g. `stories`. */
  readonly slice: string;
  /** The record's id within the slice. */
  readonly id: string;
  /** This tab's version (undefined: removed here). */
  readonly mine: unknown;
  /** The other tab's version (undefined: removed there). */
  readonly theirs: unknown;
}

/** What a slice needs to be stored: an empty value, a validator and a three-way merge. */
export interface SliceData<T> {
  readonly empty: T;
  /** Checks a stored value; throws InvalidUserDataError naming the bad field. */
  readonly validate: (value: unknown, path: string) => T;
  /** Merges another tab's value into this tab's, given the value both last agreed on. */
  readonly merge: (base: T, local: T, incoming: T, conflicts: Conflict[], slice: string) => T;
  /** How many entries a backup of this slice holds (shown before an import), if it counts any. */
  readonly count?: (value: T) => number;
}

/** The record with `id` set to `value`, or without `id` when `value` is undefined (a new object). */
export function setRecord<T>(record: Readonly<Record<string, T>>, id: string, value: T | undefined): Record<string, T> {
  if (value !== undefined) return { ...record, [id]: value };
  const { [id]: _removed, ...rest } = record;
  return rest;
}

/**
 * Three-way merge of records keyed by id: a record only one side changed takes that side's
 * version (including removal); a record both sides changed keeps this tab's version and reports a
 * conflict. Never a whole-blob last-writer-wins.
 */
export function mergeRecords<T>(
  base: Readonly<Record<string, T>>,
  local: Readonly<Record<string, T>>,
  incoming: Readonly<Record<string, T>>,
  conflicts: Conflict[],
  slice: string,
): Record<string, T> {
  const out: Record<string, T> = {};
  const ids = new Set([...Object.keys(local), ...Object.keys(incoming)]);
  for (const id of ids) {
    const b = base[id];
    const l = local[id];
    const i = incoming[id];
    let value: T | undefined;
    if (deepEqual(l, b)) value = i;
    else if (deepEqual(i, b) || deepEqual(l, i)) value = l;
    else {
      // Both changed: keep this tab's version, or the other tab's if this tab only removed it.
      value = l === undefined ? i : l;
      conflicts.push({ slice, id, mine: l, theirs: i });
    }
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
