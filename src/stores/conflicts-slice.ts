import { fingerprint, sameContent } from './fingerprint';
import type { Conflict, OfferSource, RecordsInfo, SliceData } from './merge';
import { ANY_RECORD_ID } from './sync-slice';
import { expectKeys, expectObject, expectTime, InvalidUserDataError } from './validation';

/**
 * Conflicts waiting for the user: for a record both sides changed, the versions the merge did not
 * keep. Stored with the data (not in a tab's memory), so they survive reloads and closing either
 * tab; a later conflict on the same record adds its version to the offer.
 */
export interface Offer {
  readonly value: unknown;
  /** When the version was set aside (epoch ms). */
  readonly at: number;
  readonly source: OfferSource;
}

export interface PendingConflict {
  readonly slice: string;
  readonly id: string;
  /** Oldest first. */
  readonly offers: readonly Offer[];
}

export type Conflicts = readonly PendingConflict[];

const SOURCES: readonly OfferSource[] = ['tab', 'backup', 'device'];
const MAX_CONFLICTS = 1000;
const MAX_OFFERS = 50;

const offerKey = (slice: string, id: string, offer: Offer): string => `${slice}\u0000${id}\u0000${fingerprint(offer.value)}`;

function flatten(conflicts: Conflicts): Map<string, { slice: string; id: string; offer: Offer }> {
  const out = new Map<string, { slice: string; id: string; offer: Offer }>();
  for (const { slice, id, offers } of conflicts) for (const offer of offers) out.set(offerKey(slice, id, offer), { slice, id, offer });
  return out;
}

function group(entries: Iterable<{ slice: string; id: string; offer: Offer }>): PendingConflict[] {
  const out = new Map<string, { slice: string; id: string; offers: Offer[] }>();
  for (const { slice, id, offer } of entries) {
    const key = `${slice}\u0000${id}`;
    const conflict = out.get(key) ?? { slice, id, offers: [] };
    conflict.offers.push(offer);
    out.set(key, conflict);
  }
  return [...out.values()].map((c) => ({ ...c, offers: c.offers.sort((a, b) => a.at - b.at) }));
}

/** Adds the versions a merge did not keep to the pending conflicts (a version already offered is not repeated). */
export function addOffers(conflicts: Conflicts, added: readonly Conflict[], at: number): Conflicts {
  if (added.length === 0) return conflicts;
  const all = flatten(conflicts);
  let changed = false;
  for (const { slice, id, value, source } of added) {
    const offer: Offer = { value, at, source };
    const key = offerKey(slice, id, offer);
    if (!all.has(key)) {
      all.set(key, { slice, id, offer });
      changed = true;
    }
  }
  return changed ? group(all.values()) : conflicts;
}

/** Drops offers that say what the record now says (nothing left to choose), and empty conflicts. */
export function pruneOffers(conflicts: Conflicts, current: (slice: string, id: string) => unknown): Conflicts {
  let changed = false;
  const out: PendingConflict[] = [];
  for (const conflict of conflicts) {
    const now = current(conflict.slice, conflict.id);
    const offers = conflict.offers.filter((offer) => !sameContent(offer.value, now));
    if (offers.length !== conflict.offers.length) changed = true;
    if (offers.length > 0) out.push(offers.length === conflict.offers.length ? conflict : { ...conflict, offers });
  }
  return changed ? out : conflicts;
}

/** Validates a pending conflict's offered versions with the record validator of its slice. */
export type RecordValidator = (slice: string) => RecordsInfo | undefined;

export function createConflictsData(validatorOf: RecordValidator): SliceData<Conflicts> {
  return {
    empty: [],
    validate: (value, path, report) => {
      if (!Array.isArray(value)) throw new InvalidUserDataError(path, 'expected a list');
      if (value.length > MAX_CONFLICTS) throw new InvalidUserDataError(path, 'too many conflicts');
      const out: PendingConflict[] = [];
      value.forEach((item: unknown, i) => {
        const at = `${path}[${i}]`;
        const valid = report.part(at, item, () => {
          const o = expectObject(item, at);
          expectKeys(o, at, ['slice', 'id', 'offers'], report);
          const { slice, id, offers } = o;
          const records = typeof slice === 'string' ? validatorOf(slice) : undefined;
          if (records === undefined) throw new InvalidUserDataError(`${at}.slice`, 'expected a slice of records');
          const { validateRecord, idPattern } = records;
          if (typeof id !== 'string' || !ANY_RECORD_ID.test(id) || !idPattern.test(id)) throw new InvalidUserDataError(`${at}.id`, 'expected a record id');
          if (!Array.isArray(offers) || offers.length === 0 || offers.length > MAX_OFFERS)
            throw new InvalidUserDataError(`${at}.offers`, `expected 1 to ${MAX_OFFERS} versions`);
          const checked: Offer[] = [];
          offers.forEach((offer: unknown, j) => {
            const offerPath = `${at}.offers[${j}]`;
            const valid = report.part(offerPath, offer, () => {
              const f = expectObject(offer, offerPath);
              expectKeys(f, offerPath, ['value', 'at', 'source'], report);
              if (!(SOURCES as readonly unknown[]).includes(f.source))
                throw new InvalidUserDataError(`${offerPath}.source`, 'expected "tab", "backup" or "device"');
              return {
                value: validateRecord(f.value, `${offerPath}.value`, report, id),
                at: expectTime(f.at, `${offerPath}.at`),
                source: f.source as OfferSource,
              };
            });
            if (valid !== undefined) checked.push(valid);
          });
          return checked.length === 0 ? undefined : { slice: slice as string, id, offers: checked };
        });
        if (valid !== undefined) out.push(valid);
      });
      return out;
    },
    // Three-way over the offered versions: one resolved (dropped) on either side is gone, one added on
    // either side is kept.
    merge: (base, local, incoming) => {
      const inBase = flatten(base);
      const inIncoming = flatten(incoming);
      const kept = [...flatten(local)].filter(([key]) => !(inBase.has(key) && !inIncoming.has(key)));
      const seen = new Set(kept.map(([key]) => key));
      const added = [...inIncoming].filter(([key]) => !inBase.has(key) && !seen.has(key));
      const merged = group([...kept, ...added].map(([, entry]) => entry));
      return merged.length === 0 && local.length === 0 ? local : merged;
    },
  };
}
