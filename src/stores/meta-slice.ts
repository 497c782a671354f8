import type { SliceData } from './merge';
import { deepEqual, expectKeys, expectObject, expectTimeOrNull, type Report } from './validation';
import { type Meta, EMPTY_META } from './meta-state';

export * from './meta-state';

const later = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

export const metaData: SliceData<Meta> = {
  empty: EMPTY_META,
  validate: (value, path, report: Report) => {
    const o = expectObject(value, path);
    expectKeys(o, path, ['lastBackupAt'], report);
    return { lastBackupAt: report.part(`${path}.lastBackupAt`, o.lastBackupAt, () => expectTimeOrNull(o.lastBackupAt, `${path}.lastBackupAt`)) ?? null };
  },
  // Another tab's export counts (the later time); a backup file's does not (its device's, not this one's).
  merge: (base, local, incoming) => (deepEqual(incoming, base) ? local : { lastBackupAt: later(local.lastBackupAt, incoming.lastBackupAt) }),
};
