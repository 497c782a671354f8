import type { SliceData } from './merge';
import { EMPTY_SYNC, type RecordSlices, type SyncLedger } from './sync-ledger';
import { expectKeys, expectObject, expectTime, InvalidUserDataError, recordPath, type Report } from './validation';

export * from './sync-ledger';

export const SEEN_LIMIT = 12;

const SLICE_NAME = /^[a-zA-Z]{1,40}$/;
/** Any record id of any slice (kebab-case ids, card ids with `:`), never `__proto__`. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what an id may not hold
export const ANY_RECORD_ID = /^(?!__proto__$)[^\u0000-\u001f]{1,200}$/;
const FINGERPRINT = /^[0-9a-z]{1,16}$/;

function nested<T>(value: unknown, path: string, report: Report, item: (value: unknown, path: string) => T): Record<string, Record<string, T>> {
  const outer = expectObject(value, path);
  const out: Record<string, Record<string, T>> = {};
  for (const [slice, records] of Object.entries(outer)) {
    const at = recordPath(path, slice);
    if (!SLICE_NAME.test(slice)) {
      report.aside(at, 'expected a slice name', records);
      continue;
    }
    const inner: Record<string, T> = {};
    const object = report.part(at, records, () => expectObject(records, at));
    if (object === undefined) continue;
    for (const [id, entry] of Object.entries(object)) {
      const entryPath = recordPath(at, id);
      if (!ANY_RECORD_ID.test(id)) {
        report.aside(entryPath, 'expected an id as key', entry);
        continue;
      }
      const valid = report.part(entryPath, entry, () => item(entry, entryPath));
      if (valid !== undefined) inner[id] = valid;
    }
    out[slice] = inner;
  }
  return out;
}

function expectFingerprints(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length > 100 || !value.every((f) => typeof f === 'string' && FINGERPRINT.test(f))) {
    throw new InvalidUserDataError(path, 'expected a list of fingerprints');
  }
  return value as string[];
}

/** Adds `fingerprint` to a list of seen versions, keeping the newest SEEN_LIMIT, order kept (idempotent). */
export function addSeen(list: readonly string[] | undefined, print: string): readonly string[] {
  if (list?.includes(print)) return list;
  return [...(list ?? []), print].slice(-SEEN_LIMIT);
}

/** Drops tombstones of records that exist (a tombstone only speaks for a removed record). */
export function tidyLedger(ledger: SyncLedger, data: RecordSlices): SyncLedger {
  let removed = ledger.removed;
  for (const [slice, inner] of Object.entries(ledger.removed)) {
    const records = data[slice];
    if (!records) continue;
    const kept = Object.fromEntries(Object.entries(inner).filter(([id]) => !Object.hasOwn(records, id)));
    if (Object.keys(kept).length !== Object.keys(inner).length) removed = { ...removed, [slice]: kept };
  }
  return removed === ledger.removed ? ledger : { ...ledger, removed };
}

function unite<T>(a: Readonly<Record<string, Readonly<Record<string, T>>>>, b: Readonly<Record<string, Readonly<Record<string, T>>>>, pick: (x: T, y: T) => T) {
  const out: Record<string, Record<string, T>> = {};
  for (const slice of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const inner: Record<string, T> = { ...(a[slice] ?? {}) };
    for (const [id, value] of Object.entries(b[slice] ?? {})) inner[id] = Object.hasOwn(inner, id) ? pick(inner[id] as T, value) : value;
    out[slice] = inner;
  }
  return out;
}

const uniteSeen = (x: readonly string[], y: readonly string[]): readonly string[] => y.reduce((list, print) => addSeen(list, print), x);

export const syncData: SliceData<SyncLedger> = {
  empty: EMPTY_SYNC,
  validate: (value, path, report) => {
    const o = expectObject(value, path);
    expectKeys(o, path, ['seen', 'removed'], report);
    return {
      seen: nested(o.seen, `${path}.seen`, report, expectFingerprints),
      removed: nested(o.removed, `${path}.removed`, report, expectTime),
    };
  },
  // Two tabs share one device's knowledge: united. A backup's ledger speaks for the other device:
  // only its removals are taken (so a record it removed stays removed here too).
  merge: (_base, local, incoming, context) => ({
    seen: context.source === 'tab' ? unite(local.seen, incoming.seen, uniteSeen) : local.seen,
    removed: unite(local.removed, incoming.removed, Math.max),
  }),
};
