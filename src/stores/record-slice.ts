import { ID_PATTERN } from '@/domain/ids';
import { isDeletedRecord, mergeRecords, type PreviewKind, type SliceData } from './merge';
import { expectIdRecord, type Report } from './validation';

type Records<R> = Readonly<Record<string, R>>;

const live = (record: unknown): boolean => record !== undefined && !isDeletedRecord(record);

export interface RecordSliceOptions<R> {
  /** How the import preview names these records. */
  readonly kind: PreviewKind;
  /** Checks one stored record (its id given, for records whose shape depends on it); throws InvalidUserDataError naming the bad field. */
  readonly validateRecord: (value: unknown, path: string, report: Report, id: string) => R;
  /** Valid record ids (default: kebab-case content ids), and what an error calls them. */
  readonly idPattern?: RegExp;
  readonly idName?: string;
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
    validate: (value, path, report) => expectIdRecord(value, path, options.validateRecord, report, options.idPattern ?? ID_PATTERN, options.idName),
    merge: mergeRecords,
    count: options.count ?? ((records) => Object.values(records).filter(live).length),
    records: { kind: options.kind, validateRecord: options.validateRecord, idPattern: options.idPattern ?? ID_PATTERN },
  };
}
