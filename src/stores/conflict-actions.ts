import { useAppStore, type AppState } from './app-store';
import { setRecord, updatedAtOf } from './merge';
import { markSeen } from './import-plan';
import type { SyncLedger } from './sync-slice';
import { isRecord } from './validation';

type Store = typeof useAppStore;

/** The ledger with `versions` of one record counted as seen: a backup holding one of them does not offer it again. */
const seenVersions = (ledger: SyncLedger, slice: string, id: string, versions: readonly unknown[]): SyncLedger =>
  markSeen(
    ledger,
    versions.filter((v) => v !== undefined).map((value) => ({ [slice]: { [id]: value } })),
  );

/**
 * Keeps the version the record has now (what the user sees and may still be typing, not a copy
 * taken when the conflict was found) and drops the versions offered for it, for good: a later
 * merge that meets one of them again does not offer it again.
 */
export function keepCurrentVersion(slice: string, id: string, store: Store = useAppStore): void {
  store.setState((s) => {
    const dropped = s.conflicts.filter((c) => c.slice === slice && c.id === id);
    if (dropped.length === 0) return {};
    return {
      conflicts: s.conflicts.filter((c) => !dropped.includes(c)),
      sync: seenVersions(
        s.sync,
        slice,
        id,
        dropped.flatMap((c) => c.offers.map((o) => o.value)),
      ),
    };
  });
}

/**
 * Puts an offered version in place of the record (as a change made now, so that it wins over older
 * copies elsewhere) and drops that offer; other offers for the record stay.
 */
export function takeOfferedVersion(slice: string, id: string, index: number, at = Date.now(), store: Store = useAppStore): void {
  store.setState((s) => {
    const conflict = s.conflicts.find((c) => c.slice === slice && c.id === id);
    const offer = conflict?.offers[index];
    if (!conflict || !offer) return {};
    const value =
      isRecord(offer.value) && typeof offer.value.updatedAt === 'number' ? { ...offer.value, updatedAt: Math.max(at, updatedAtOf(offer.value)) } : offer.value;
    const records = (s as unknown as Record<string, Readonly<Record<string, unknown>>>)[slice] ?? {};
    const offers = conflict.offers.filter((_, i) => i !== index);
    const conflicts = offers.length === 0 ? s.conflicts.filter((c) => c !== conflict) : s.conflicts.map((c) => (c === conflict ? { ...c, offers } : c));
    // The version replaced was chosen against: a later merge meeting it does not bring it back.
    const sync = seenVersions(s.sync, slice, id, [records[id]]);
    return { [slice]: setRecord(records, id, value), conflicts, sync } as Partial<AppState>;
  });
}
