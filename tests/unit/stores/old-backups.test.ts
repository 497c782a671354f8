// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '@/domain/review';
import { currentUserData, persistence, STORAGE_KEY, useAppStore } from '@/stores/app-store';
import { importUserData, storedSnapshot } from '@/stores/backup-actions';
import { readBackup } from '@/stores/backup';
import { planMerge } from '@/stores/import-merge';
import { EMPTY_USER_DATA, loadUserDataWithReport, RECORD_SLICE_KEYS, validateUserData, type UserData } from '@/stores/user-data';
import { EMPTY, exportFrom, fields, grade, saveCard, saveDraft, saveNote, saveOwnQuestion, saveStory } from './devices';

/**
 * Stored data and backup files exactly as main wrote them at each version (tests/fixtures/backups,
 * made by driving that commit's own store actions and export): every one must load and import
 * with everything it held, and what it gives must pass strict validation.
 */

// The app's store writes to `window.localStorage`: an in-memory one, in place before the store is made.
const storage = vi.hoisted(() => {
  const items = new Map<string, string>();
  const localStorage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  const noop = (): void => undefined;
  vi.stubGlobal('window', { localStorage, addEventListener: noop, removeEventListener: noop, document: { addEventListener: noop, removeEventListener: noop } });
  return localStorage;
});

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/backups');

/** Every version main wrote, with the commit that wrote it (both meanings of version 4). */
const WRITTEN = [
  { name: 'v1-9246569', version: 1, backup: false },
  { name: 'v2-8bec96f', version: 2, backup: false },
  { name: 'v3-5e0ccdb', version: 3, backup: true },
  // Cards, own questions and principle notes, no settings.shortcuts.
  { name: 'v4-761c461', version: 4, backup: true },
  // settings.shortcuts, no cards.
  { name: 'v4-fbf1942', version: 4, backup: true },
  { name: 'v5-5693947', version: 5, backup: true },
  { name: 'v6-51e669b', version: 6, backup: true },
  { name: 'v7-1ae217f', version: 7, backup: true },
  { name: 'v8-b9efab9', version: 8, backup: true },
] as const;

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Fixture {
  readonly label: string;
  readonly text: string;
  /** The data as the old version wrote it. */
  readonly raw: Raw;
}

const read = (file: string): string => readFileSync(path.join(DIR, file), 'utf8');

const stored = (name: string): Fixture => {
  const text = read(`${name}.stored.json`);
  return { label: `${name} stored`, text, raw: (JSON.parse(text) as { state: Raw }).state };
};

const backupFile = (name: string): Fixture => {
  const text = read(`${name}.backup.json`);
  return { label: `${name} backup`, text, raw: (JSON.parse(text) as { data: Raw }).data };
};

const STORED = WRITTEN.map((w) => stored(w.name));
const BACKUPS = WRITTEN.filter((w) => w.backup).map((w) => backupFile(w.name));
/** A v6-and-later stored text is also what Settings downloads as a kept copy; it imports as one. */
const ALL = [...BACKUPS, ...STORED];

/** Strict validation takes the data as it is (what the store writes reads back the same). */
function expectStrict(data: UserData): void {
  expect(validateUserData(JSON.parse(JSON.stringify(data)))).toEqual(data);
}

/** Every record the old version held, with every field it had. */
function expectRecords(data: UserData, raw: Raw): void {
  for (const key of RECORD_SLICE_KEYS) {
    for (const [id, record] of Object.entries((raw[key] ?? {}) as Raw)) expect(data[key], `${key} ${id}`).toHaveProperty([id], expect.objectContaining(record));
  }
}

/** A grade as the log records it, without the card's state before it (a merge replays that). */
const grades = (log: readonly (readonly unknown[])[]): unknown[] => log.map(([at, id, grade, , cram]) => [at, id, grade, cram]);

/** Every review log entry and every mock session the old version held. */
function expectHistory(data: UserData, raw: Raw): void {
  expect(grades(data.review.log)).toEqual(expect.arrayContaining(grades(raw.review?.log ?? [])));
  for (const [id, session] of Object.entries((raw.mock?.sessions ?? {}) as Raw))
    expect(data.mock.sessions, `mock ${id}`).toHaveProperty([id], expect.objectContaining(session));
}

/** The whole of it, settings and card states included (a load, a read backup, a replace). */
function expectEverything(data: UserData, raw: Raw): void {
  expectRecords(data, raw);
  expectHistory(data, raw);
  expect(data.review.log).toEqual(raw.review?.log ?? []);
  expect(data.settings).toMatchObject(raw.settings);
  // A version without the setting has it on (its default).
  if (!('shortcuts' in raw.settings)) expect(data.settings.shortcuts).toBe(true);
  if (raw.review) {
    expect(data.review.cards).toEqual(raw.review.cards);
    expect(data.review.settings).toMatchObject(raw.review.settings);
    if (raw.review.flags) expect(data.review.flags).toEqual(raw.review.flags);
    if (raw.review.extraNew) expect(data.review.extraNew).toEqual(raw.review.extraNew);
  }
  if (raw.meta) expect(data.meta).toMatchObject(raw.meta);
  if (raw.mock) expect(data.mock.settings).toEqual(raw.mock.settings);
  if (raw.conflicts) expect(data.conflicts).toEqual(raw.conflicts);
}

const T = Date.UTC(2026, 11, 8, 9);

/** This device's data now: its own records and grades, with one story and one graded card the files also hold. */
function deviceData(): UserData {
  let data = EMPTY;
  data = saveStory(data, 'desk-story', fields('책상에서 쓴 이야기 (desk story)', '상황'), T);
  data = saveStory(data, 'india-gst', fields('GST (edited on this device)', '이 기기에서'), T + 1000);
  data = saveDraft(data, 'why-this-team', 'Because of the team 팀 때문에', T + 2000);
  data = saveCard(data, 'own:mx0desk-abcdef', '이 기기 카드', 'desk answer', T + 3000);
  data = saveOwnQuestion(data, 'q-desk', 'A question from this device', T + 4000);
  data = saveNote(data, 'ownership', '이 기기 메모', T + 5000);
  data = grade(data, 'lp:ownership:title-to-statement', 3, T + 6000);
  data = grade(data, 'lp:frugality:title-to-statement', 2, T + 7000);
  return exportFrom(data);
}

describe('what main wrote at each version', () => {
  it('is all here: every version 1 to 8 as stored text, and every version with an export as a backup file', () => {
    const files = readdirSync(DIR).sort();
    expect(files).toEqual(WRITTEN.flatMap((w) => (w.backup ? [`${w.name}.backup.json`, `${w.name}.stored.json`] : [`${w.name}.stored.json`])).sort());
    for (const w of WRITTEN) {
      expect((JSON.parse(read(`${w.name}.stored.json`)) as { version: number }).version).toBe(w.version);
      if (w.backup) expect(JSON.parse(read(`${w.name}.backup.json`))).toMatchObject({ format: 'loop-prep-backup', version: w.version });
    }
    // The fixtures hold what each version could hold.
    const v8 = stored('v8-b9efab9').raw;
    expect(Object.keys(v8.mock.sessions)).toHaveLength(2);
    expect(v8.conflicts).toHaveLength(1);
    const v4 = backupFile('v4-761c461').raw;
    expect(v4.settings).not.toHaveProperty('shortcuts');
    expect([Object.keys(v4.cards).length, Object.keys(v4.ownQuestions).length, Object.keys(v4.principleNotes).length]).toEqual([4, 1, 1]);
  });
});

describe.each(STORED)('stored text $label', ({ text, raw }) => {
  it('loads whole through the stored-data reader, with nothing set aside', () => {
    const loaded = loadUserDataWithReport(text);
    expect(loaded.aside).toEqual([]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.lossless).toBe(true);
    expectEverything(loaded.data, raw);
    expectStrict(loaded.data);
  });
});

describe.each(ALL)('import of $label', ({ text, raw }) => {
  let file: UserData;
  beforeAll(() => {
    const result = readBackup(text);
    if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problem)}`);
    expect(result.backup.unread).toEqual([]);
    file = result.backup.data;
  });

  it('reads with everything it held', () => {
    expectEverything(file, raw);
    expectStrict(file);
  });

  it('merges into empty data with everything it held', () => {
    const plan = planMerge(EMPTY_USER_DATA, file, T);
    expectRecords(plan.merged, raw);
    expectHistory(plan.merged, raw);
    expect(plan.merged.review.cards).toEqual(file.review.cards);
    // Suspended and buried cards travel too.
    expect(plan.merged.review.flags).toEqual(file.review.flags);
    expectStrict(plan.merged);
  });

  it("merges into this device's data: its records and the file's both kept, every grade of both in the log", () => {
    const local = deviceData();
    const plan = planMerge(local, file, T + DAY);
    const { merged } = plan;
    // Edited on both sides: one version kept, the other offered.
    const both = raw.stories?.['india-gst'];
    const gst = { ...raw, stories: { ...raw.stories } };
    if (both) {
      delete gst.stories['india-gst'];
      const offered = merged.conflicts.find((c) => c.slice === 'stories' && c.id === 'india-gst')?.offers.map((o) => o.value) ?? [];
      expect([merged.stories['india-gst'], ...offered]).toEqual(expect.arrayContaining([expect.objectContaining(both), local.stories['india-gst']]));
    }
    expectRecords(merged, gst);
    expectHistory(merged, raw);
    expectRecords(merged, { ...local, stories: { 'desk-story': local.stories['desk-story'] } });
    expect(grades(merged.review.log)).toEqual(expect.arrayContaining(grades(local.review.log)));
    expect(merged.review.log).toHaveLength(local.review.log.length + (raw.review?.log ?? []).length);
    for (const id of Object.keys(raw.review?.cards ?? {})) expect(merged.review.cards).toHaveProperty([id]);
    expectStrict(merged);
  });

  it("replaces this device's data with everything it held, and the written data loads back whole", () => {
    useAppStore.setState(deviceData());
    const result = importUserData(file, T + 2 * DAY);
    expect(result).toEqual({ ok: true });
    const now = currentUserData();
    expectEverything(now, raw);
    expect(now.stories).not.toHaveProperty(['desk-story']);
    expect(storedSnapshot()?.data.stories).toHaveProperty(['desk-story']);
    expectStrict(now);
    persistence.flush();
    const loaded = loadUserDataWithReport(storage.getItem(STORAGE_KEY) ?? '');
    expect(loaded.lossless).toBe(true);
    expect(loaded.data).toEqual(now);
  });
});
