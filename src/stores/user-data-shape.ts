import type { WriteStamp } from './persistence';
import type { RecordSlices } from './sync-ledger';
import type { Loaded } from './persistence';
import type { SliceData } from './merge';
import type { USER_DATA_SLICES } from './user-data';
import { DEFAULT_SETTINGS } from '@/domain/settings';
import { EMPTY_REVIEW_DATA } from '@/domain/review';
import { EMPTY_MOCK_DATA } from '@/domain/mock-data';
import { EMPTY_META } from './meta-state';
import { EMPTY_SYNC } from './sync-ledger';

/**
 * The shape of what the user changes, and what the store needs of it from its first moment: the
 * keys, the empty value, picking it out of the state and writing it. Reading stored text back
 * (migrations, validation record by record) and merging another tab's write live in
 * ./user-data.ts, with every slice's validator and merge; that module loads when there is stored
 * data to read or another tab writes, and registers itself here.
 */

type Slices = typeof USER_DATA_SLICES;
export type UserDataKey = keyof Slices;
export type UserData = { readonly [K in UserDataKey]: Slices[K] extends SliceData<infer T> ? T : never };

/** The version of what serializeUserData writes (the last migration's; checked in ./migrations.ts). */
export const USER_DATA_VERSION = 8;

export const USER_DATA_KEYS: readonly UserDataKey[] = [
  'settings',
  'stories',
  'questionDrafts',
  'cards',
  'ownQuestions',
  'principleNotes',
  'meta',
  'review',
  'mock',
  'sync',
  'conflicts',
];

/** The slices of records keyed by id (stories, question drafts, ...). */
export const RECORD_SLICE_KEYS: readonly UserDataKey[] = ['stories', 'questionDrafts', 'cards', 'ownQuestions', 'principleNotes'];

export const EMPTY_USER_DATA: UserData = {
  settings: DEFAULT_SETTINGS,
  stories: {},
  questionDrafts: {},
  cards: {},
  ownQuestions: {},
  principleNotes: {},
  meta: EMPTY_META,
  review: EMPTY_REVIEW_DATA,
  mock: EMPTY_MOCK_DATA,
  sync: EMPTY_SYNC,
  conflicts: [],
};

/** The user data held in a bigger object (the store's state). */
export function pickUserData(state: UserData): UserData {
  return Object.fromEntries(USER_DATA_KEYS.map((key) => [key, state[key]])) as unknown as UserData;
}

/** The record slices of some data, by name. */
export function recordSlicesOf(data: UserData): RecordSlices {
  return Object.fromEntries(RECORD_SLICE_KEYS.map((key) => [key, data[key] as Readonly<Record<string, unknown>>]));
}

/** Every key of every object in a JSON value (what JSON.stringify writes). */
export function countKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countKeys(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    count += 1 + countKeys(item);
  }
  return count;
}

/**
 * The stored text: the envelope zustand reads, with the write's stamp when there is one, and the
 * number of keys in the state (so a load can tell at once that JSON.parse dropped none).
 */
export function serializeUserData(data: UserData, stamp: WriteStamp | null = null): string {
  if (stamp === null) return JSON.stringify({ state: data, version: USER_DATA_VERSION });
  return JSON.stringify({ state: data, version: USER_DATA_VERSION, rev: stamp.rev, parent: stamp.parent, keys: countKeys(data) });
}

/** Reading stored text and merging another tab's write (./user-data.ts). */
export interface UserDataCodec {
  readonly load: (raw: string) => Loaded<UserData>;
  readonly merge: (base: UserData, local: UserData, incoming: UserData, now: number) => { readonly merged: UserData };
}

let codec: UserDataCodec | null = null;

/** Called by ./user-data.ts when it loads. */
export function provideUserDataCodec(provided: UserDataCodec): void {
  codec = provided;
}

/** The codec if its module has loaded, else null. */
export function userDataCodec(): UserDataCodec | null {
  return codec;
}

/** Loads the codec's module (once) and gives the codec. */
export async function loadUserDataCodec(): Promise<UserDataCodec> {
  if (codec === null) await import('./user-data');
  if (codec === null) throw new Error('the code that reads stored data did not register');
  return codec;
}
