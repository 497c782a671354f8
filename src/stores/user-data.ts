import { cardsData } from './cards-slice';
import type { Conflict, SliceData } from './merge';
import { metaData } from './meta-slice';
import { migrateUserData, USER_DATA_VERSION } from './migrations';
import { ownQuestionsData } from './own-questions-slice';
import { principleNotesData } from './principle-notes-slice';
import { questionDraftsData } from './question-drafts-slice';
import { reviewData } from './review-slice';
import { settingsData } from './settings-slice';
import { storiesData } from './stories-slice';
import { expectKeys, expectObject, InvalidUserDataError, isRecord } from './validation';

export { InvalidUserDataError, migrateUserData, USER_DATA_VERSION };

/**
 * The persisted shape, one entry per slice: what the user changed, never content. Adding a slice
 * is one line here (its SliceData: empty value, validator, merge) and one migration step.
 */
export const USER_DATA_SLICES = {
  settings: settingsData,
  stories: storiesData,
  questionDrafts: questionDraftsData,
  meta: metaData,
  review: reviewData,
  cards: cardsData,
  ownQuestions: ownQuestionsData,
  principleNotes: principleNotesData,
} as const;

type Slices = typeof USER_DATA_SLICES;
export type UserDataKey = keyof Slices;
export type UserData = { readonly [K in UserDataKey]: Slices[K] extends SliceData<infer T> ? T : never };

const KEYS = Object.keys(USER_DATA_SLICES) as UserDataKey[];

function slice<K extends UserDataKey>(key: K): SliceData<UserData[K]> {
  return USER_DATA_SLICES[key] as unknown as SliceData<UserData[K]>;
}

export const EMPTY_USER_DATA: UserData = Object.fromEntries(KEYS.map((key) => [key, slice(key).empty])) as unknown as UserData;

/** Checks a value of the current version; throws InvalidUserDataError naming the bad field. */
export function validateUserData(value: unknown): UserData {
  const object = expectObject(value, 'state');
  expectKeys(object, '', KEYS);
  return Object.fromEntries(KEYS.map((key) => [key, slice(key).validate(object[key], key)])) as unknown as UserData;
}

/** The user data held in a bigger object (the store's state). */
export function pickUserData(state: UserData): UserData {
  return Object.fromEntries(KEYS.map((key) => [key, state[key]])) as unknown as UserData;
}

/** Three-way merge of another tab's data into this tab's, slice by slice. */
export function mergeUserData(base: UserData, local: UserData, incoming: UserData): { merged: UserData; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const merged = Object.fromEntries(KEYS.map((key) => [key, slice(key).merge(base[key], local[key], incoming[key], conflicts, key)])) as unknown as UserData;
  return { merged, conflicts };
}

/** How many entries of each counted slice the data holds (shown before an import replaces data). */
export function countUserData(data: UserData): Partial<Record<UserDataKey, number>> {
  const out: Partial<Record<UserDataKey, number>> = {};
  for (const key of KEYS) {
    const count = slice(key).count;
    if (count) out[key] = count(data[key]);
  }
  return out;
}

/** The stored envelope: `{ state, version }`, as zustand's persist writes it. */
export interface StoredEnvelope {
  readonly state: unknown;
  readonly version: number;
}

/** Parses the stored text's envelope; throws on bad JSON, a bad envelope or a newer version. */
export function readEnvelope(raw: string): StoredEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new InvalidUserDataError('json', `not readable as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(parsed)) throw new InvalidUserDataError('json', 'expected an object with "state" and "version"');
  const { version, state } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new InvalidUserDataError('version', 'missing or not a whole number');
  if (version > USER_DATA_VERSION) {
    throw new InvalidUserDataError('version', `stored by a newer version of the app (${version}); this one reads up to ${USER_DATA_VERSION}`);
  }
  if (!('state' in parsed)) throw new InvalidUserDataError('state', 'missing');
  return { state, version };
}

/** Reads stored text all the way: envelope, migrations, validation. */
export function loadUserData(raw: string): UserData {
  const { state, version } = readEnvelope(raw);
  return validateUserData(migrateUserData(state, version));
}

export function serializeUserData(data: UserData): string {
  return JSON.stringify({ state: data, version: USER_DATA_VERSION });
}
