/** The part of the sync ledger the store keeps current from its first moment: tombstones of removed records. */

/**
 * The sync ledger: what a backup merge needs to stand in for a common base, since a file carries
 * none. Per record of every record slice:
 * - `seen`: fingerprints of the versions this device exported or imported (sync points), oldest
 *   first, at most SEEN_LIMIT. A version in the other side's ledger is one it agreed on, so a
 *   record still at that version was not changed there since.
 * - `removed`: when the record was removed here (a revert or a delete that drops the record),
 *   while it stays removed; a deletion and a change are then ordered by time.
 */
export interface SyncLedger {
  readonly seen: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  readonly removed: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export const EMPTY_SYNC: SyncLedger = { seen: {}, removed: {} };

type Records = Readonly<Record<string, unknown>>;

/** The record slices of some data: name to records. */
export type RecordSlices = Readonly<Record<string, Records>>;

/**
 * Tombstones for records that left a record slice between two states, cleared for records that came
 * back (undo, restore). Returns the same ledger when nothing changed.
 */
export function recordRemovals(ledger: SyncLedger, before: RecordSlices, after: RecordSlices, now: number): SyncLedger {
  let removed = ledger.removed;
  for (const [slice, records] of Object.entries(after)) {
    const previous = before[slice];
    if (previous === records || previous === undefined) continue;
    let inner = removed[slice] ?? {};
    for (const id of Object.keys(previous)) {
      if (!Object.hasOwn(records, id)) inner = { ...inner, [id]: now };
    }
    for (const id of Object.keys(inner)) {
      if (Object.hasOwn(records, id)) {
        const { [id]: _back, ...rest } = inner;
        inner = rest;
      }
    }
    if (inner !== (removed[slice] ?? {})) removed = { ...removed, [slice]: inner };
  }
  return removed === ledger.removed ? ledger : { ...ledger, removed };
}
