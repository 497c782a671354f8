import { readFileSync } from 'node:fs';
import { EMPTY_USER_DATA, RECORD_SLICE_KEYS, slice, USER_DATA_KEYS, USER_DATA_VERSION } from '@/stores/user-data';
import { MIGRATIONS } from '@/stores/migrations';

// The store starts from a shape written out by hand (src/stores/user-data-shape.ts), so that a first
// visit does not load every slice's validator and merge; it has to say what the slices say.
describe('the shape the store starts with', () => {
  it('has every slice, in order, with the empty value each slice declares', () => {
    expect(Object.keys(EMPTY_USER_DATA)).toEqual([...USER_DATA_KEYS]);
    for (const key of USER_DATA_KEYS) expect(EMPTY_USER_DATA[key], key).toEqual(slice(key).empty);
  });

  it('lists exactly the slices of records', () => {
    expect([...RECORD_SLICE_KEYS]).toEqual(USER_DATA_KEYS.filter((key) => slice(key).records !== undefined));
  });

  it('writes the version of the last migration', () => {
    expect(USER_DATA_VERSION).toBe(Math.max(...MIGRATIONS.map((step) => step.to)));
  });

  it('is not imported by the store with the validators and merges', () => {
    const store = readFileSync('src/stores/app-store.ts', 'utf8');
    expect(store).not.toMatch(/from '\.\/user-data'/);
    expect(store).not.toMatch(/^import (?!type )[^;]*-slice';/m);
  });
});
