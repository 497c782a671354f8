import type { SliceData } from './merge';
import { deepEqual, expectKnownKeys, expectObject, expectTimeOrNull, readField, type Report } from './validation';
import { type Meta, EMPTY_META } from './meta-state';

export * from './meta-state';

const later = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

export const metaData: SliceData<Meta> = {
  empty: EMPTY_META,
  validate: (value, path, report: Report) => {
    const o = expectObject(value, path);
    expectKnownKeys(o, path, ['lastBackupAt'], report);
    return { lastBackupAt: readField(o, path, 'lastBackupAt', report, EMPTY_META.lastBackupAt, expectTimeOrNull) };
  },
  // Another tab's export counts (the later time); a backup file's does not (its device's, not this one's).
  merge: (base, local, incoming) => (deepEqual(incoming, base) ? local : { lastBackupAt: later(local.lastBackupAt, incoming.lastBackupAt) }),
};
