import { fingerprint, sameContent } from './fingerprint';
import { isDeletedRecord, PREVIEW_KINDS, type Conflict, type KindPreview, type PreviewKind, type RemovedAt } from './merge';
import { logKey } from './review-slice';
import { addSeen, type RecordSlices, type SyncLedger } from './sync-slice';
import { RECORD_SLICE_KEYS, recordSlicesOf, removedLookup, slice, USER_DATA_KEYS, type UserData, type UserDataKey } from './user-data';
import { deepEqual } from './validation';
import type { MockData } from '@/domain/mock-data';
import type { ReviewData } from '@/domain/review';

/**
 * What a backup merge needs beyond the one three-way merge, loaded only with the views that import
 * or export: the stand-in for the common base a file does not carry (from the sync ledger), the
 * sync points that fill the ledger, and the preview per kind. Record slices get all of it by
 * declaring themselves (`recordSlice`); the review slice has its own rules here.
 */

type Records = Readonly<Record<string, unknown>>;
type Seen = (slice: string, id: string) => readonly string[];

/** Stands for "both sides changed it since they last agreed" in an import's stand-in base. */
const CHANGED_ON_BOTH_SIDES: unknown = Object.freeze({ 'changed on both sides': true });

const live = (record: unknown): boolean => record !== undefined && !isDeletedRecord(record);
const seenLookup =
  (ledger: SyncLedger): Seen =>
  (name, id) =>
    ledger.seen[name]?.[id] ?? [];

/**
 * The stand-in for a common base when a backup is merged, per record, from the sync ledger (the
 * fingerprints of the versions each device exported or imported, and removal times):
 * - the file's version is one this device already agreed on: the other side did not change it;
 * - this device's version is one the other side agreed on: this side did not change it;
 * - only one side has the record and the other never had or removed it: it is new there;
 * - otherwise both changed it (or both created it): a conflict, or a deletion ordered by time.
 */
export function importRecordsBase(
  name: string,
  local: Records,
  incoming: Records,
  seen: { local: Seen; incoming: Seen },
  removedAt: { local: RemovedAt; incoming: RemovedAt },
): Records {
  const base: Record<string, unknown> = {};
  for (const id of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const l = Object.hasOwn(local, id) ? local[id] : undefined;
    const i = Object.hasOwn(incoming, id) ? incoming[id] : undefined;
    let b: unknown;
    if (deepEqual(l, i)) b = l;
    else if (i !== undefined && seen.local(name, id).includes(fingerprint(i))) b = i;
    else if (l !== undefined && seen.incoming(name, id).includes(fingerprint(l))) b = l;
    else if (l === undefined) b = removedAt.local(name, id) === undefined && seen.local(name, id).length === 0 ? undefined : CHANGED_ON_BOTH_SIDES;
    else if (i === undefined) b = removedAt.incoming(name, id) === undefined && seen.incoming(name, id).length === 0 ? undefined : CHANGED_ON_BOTH_SIDES;
    else b = CHANGED_ON_BOTH_SIDES;
    if (b !== undefined) base[id] = b;
  }
  return base;
}

/**
 * Adds, changes and what a replace would lose, counted record by record (a deletion is a change).
 * A replace loses this device's work the file does not hold: a live record that the merge keeps (or
 * sets aside as an offer) and the file has otherwise. A version of this device that the file's side
 * had already replaced or removed is not counted: the merge takes that change too.
 */
export function previewRecords(
  local: Records,
  merged: Records,
  incoming: Records,
  offered: (id: string) => boolean = () => false,
): Omit<KindPreview, 'conflicts'> {
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
    if (live(l) && !sameContent(l, incoming[id]) && (sameContent(l, merged[id]) || offered(id))) loses += 1;
  }
  return { adds, changes, loses };
}

/** The review slice: logs united (the grades in both are the base), this device's card states and settings kept. */
function reviewImportBase(local: ReviewData, incoming: ReviewData): ReviewData {
  const inIncoming = new Set(incoming.log.map(logKey));
  // Flags: none agreed on, so a card suspended or buried only in the file comes with it, one flagged
  // only here stays, and one flagged differently on both sides takes the file's.
  return { ...incoming, flags: {}, log: local.log.filter((entry) => inIncoming.has(logKey(entry))) };
}

/** Reviews added; cards this device had graded whose schedule the merged reviews change; this device's reviews a replace drops. */
function previewReviews(local: ReviewData, merged: ReviewData, incoming: ReviewData): Omit<KindPreview, 'conflicts'> {
  const inLocal = new Set(local.log.map(logKey));
  const inIncoming = new Set(incoming.log.map(logKey));
  return {
    adds: merged.log.filter((entry) => !inLocal.has(logKey(entry))).length,
    changes: Object.keys(local.cards).filter((id) => !deepEqual(local.cards[id], merged.cards[id])).length,
    loses: local.log.filter((entry) => !inIncoming.has(logKey(entry))).length,
  };
}

/** Mock interviews added or changed by the merge; this device's a replace drops or takes back. */
function previewMocks(local: MockData, merged: MockData, incoming: MockData): Omit<KindPreview, 'conflicts'> {
  const ids = Object.keys(merged.sessions);
  return {
    adds: ids.filter((id) => local.sessions[id] === undefined).length,
    changes: ids.filter((id) => local.sessions[id] !== undefined && !deepEqual(local.sessions[id], merged.sessions[id])).length,
    loses: Object.keys(local.sessions).filter((id) => !deepEqual(local.sessions[id], incoming.sessions[id])).length,
  };
}

/**
 * What a backup import merges against, since a file carries no common base: record slices from the
 * ledgers of both sides, the review log from what both logs hold, and everything else the file's
 * value, so that this device's value is kept (settings, meta, the ledger, pending conflicts).
 */
export function importBase(local: UserData, incoming: UserData): UserData {
  const seen = { local: seenLookup(local.sync), incoming: seenLookup(incoming.sync) };
  const removedAt = { local: removedLookup(local.sync), incoming: removedLookup(incoming.sync) };
  // Mock sessions have no ledger and are never deleted one by one: the base holds none, so the
  // sessions of both sides are kept (one held by both in two versions: the later update).
  const mock: MockData = { ...incoming.mock, sessions: {} };
  const base = { ...incoming, review: reviewImportBase(local.review, incoming.review), mock } as Record<UserDataKey, unknown>;
  for (const key of RECORD_SLICE_KEYS) base[key] = importRecordsBase(key, local[key] as Records, incoming[key] as Records, seen, removedAt);
  return base as UserData;
}

/** The ledger after a sync point: every version in `versions` is one this device agreed on. */
export function markSeen(ledger: SyncLedger, versions: readonly RecordSlices[]): SyncLedger {
  let seen = ledger.seen;
  for (const slices of versions) {
    for (const [name, records] of Object.entries(slices)) {
      let inner = seen[name] ?? {};
      for (const [id, record] of Object.entries(records)) {
        const next = addSeen(inner[id], fingerprint(record));
        if (next !== inner[id]) inner = { ...inner, [id]: next };
      }
      if (inner !== (seen[name] ?? {})) seen = { ...seen, [name]: inner };
    }
  }
  return seen === ledger.seen ? ledger : { ...ledger, seen };
}

/** The data after a sync point (export, import): every record version in `versions` counts as agreed on. */
export function markSynced(data: UserData, versions: readonly UserData[]): UserData {
  const sync = markSeen(data.sync, versions.map(recordSlicesOf));
  return sync === data.sync ? data : { ...data, sync };
}

export type ImportPreview = Readonly<Record<PreviewKind, KindPreview>>;

/** Per kind: what merging adds, changes and conflicts, and what replacing would lose. */
export function previewImport(local: UserData, merged: UserData, incoming: UserData, conflicts: readonly Conflict[]): ImportPreview {
  const out = Object.fromEntries(PREVIEW_KINDS.map((kind) => [kind, { adds: 0, changes: 0, conflicts: 0, loses: 0 }])) as Record<
    PreviewKind,
    { adds: number; changes: number; conflicts: number; loses: number }
  >;
  const add = (kind: PreviewKind, part: Omit<KindPreview, 'conflicts'>): void => {
    out[kind].adds += part.adds;
    out[kind].changes += part.changes;
    out[kind].loses += part.loses;
  };
  for (const key of RECORD_SLICE_KEYS) {
    const kind = slice(key).records?.kind;
    const offered = (id: string): boolean => conflicts.some((c) => c.slice === key && c.id === id && c.source === 'device');
    if (kind) add(kind, previewRecords(local[key] as Records, merged[key] as Records, incoming[key] as Records, offered));
  }
  add('reviews', previewReviews(local.review, merged.review, incoming.review));
  add('mocks', previewMocks(local.mock, merged.mock, incoming.mock));
  // Versions already waiting for the user's choice (the same file merged again) are not new conflicts.
  const pending = new Set(local.conflicts.flatMap((c) => c.offers.map((offer) => `${c.slice}\u0000${c.id}\u0000${fingerprint(offer.value)}`)));
  for (const conflict of conflicts) {
    const kind = (USER_DATA_KEYS as string[]).includes(conflict.slice) ? slice(conflict.slice as UserDataKey).records?.kind : undefined;
    if (kind && !pending.has(`${conflict.slice}\u0000${conflict.id}\u0000${fingerprint(conflict.value)}`)) out[kind].conflicts += 1;
  }
  return out;
}
