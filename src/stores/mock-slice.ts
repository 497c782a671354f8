import { LANGS } from '@/domain/content';
import {
  consistentMockSettings,
  DEFAULT_MOCK_SETTINGS,
  EMPTY_MOCK_DATA,
  MOCK_LIMITS,
  MOCK_SESSION_ID_PATTERN,
  MOCK_SOURCES,
  type MockData,
  type MockFigures,
  type MockFollowUp,
  type MockItem,
  type MockSession,
  type MockSettings,
  type MockTake,
} from '@/domain/mock-data';
import type { Grade } from '@/domain/review';
import { mergeFields, type SliceData } from './merge';
import {
  deepEqual,
  expectBoolean,
  expectKeys,
  expectObject,
  expectString,
  expectStrings,
  expectTime,
  expectTimeOrNull,
  expectIdRecord,
  expectKnownKeys,
  InvalidUserDataError,
  readField,
  type Report,
} from './validation';

export * from './mock-state';

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function expectNumber(value: unknown, path: string, min = 0): number {
  if (!isFiniteNumber(value) || value < min) throw new InvalidUserDataError(path, `expected a number of at least ${min}`);
  return value;
}

/**
 * The mock's settings, each checked and repaired on its own: a bad, missing or misspelled setting
 * takes its default and the others load; a settings problem never takes the sessions with it. A
 * limit below the target (two tabs each changing one) is read as the target.
 */
function validateSettings(value: unknown, path: string, report: Report): MockSettings {
  const o = expectObject(value, path);
  expectKnownKeys(o, path, Object.keys(DEFAULT_MOCK_SETTINGS), report);
  const whole = (key: keyof typeof MOCK_LIMITS): number =>
    readField(o, path, key, report, DEFAULT_MOCK_SETTINGS[key], (v, at) => {
      const { min, max } = MOCK_LIMITS[key];
      if (!Number.isInteger(v) || (v as number) < min || (v as number) > max)
        throw new InvalidUserDataError(at, `expected a whole number from ${min} to ${max}`);
      return v as number;
    });
  const flag = (key: 'readAloud' | 'record' | 'keepRecordings'): boolean => readField(o, path, key, report, DEFAULT_MOCK_SETTINGS[key], expectBoolean);
  return consistentMockSettings({
    targetSeconds: whole('targetSeconds'),
    limitSeconds: whole('limitSeconds'),
    followUpSeconds: whole('followUpSeconds'),
    followUpsPerQuestion: whole('followUpsPerQuestion'),
    questions: whole('questions'),
    readAloud: flag('readAloud'),
    record: flag('record'),
    keepRecordings: flag('keepRecordings'),
  });
}

/** Field by field, then repaired as a whole: the merged pair of target and limit keeps the limit at least the target. */
export function mergeMockSettings(base: MockSettings, local: MockSettings, incoming: MockSettings): MockSettings {
  return consistentMockSettings(mergeFields(base, local, incoming));
}

const FIGURE_KEYS = ['duration', 'talkTime', 'silentTime', 'pauses', 'longPauses', 'longestPause', 'syllables', 'speakingRate'] as const;

function validateFigures(value: unknown, path: string, report: Report): MockFigures | null {
  if (value === null) return null;
  const o = expectObject(value, path);
  expectKeys(o, path, FIGURE_KEYS, report);
  for (const key of FIGURE_KEYS) {
    if (key === 'speakingRate' && o[key] === null) continue;
    expectNumber(o[key], `${path}.${key}`);
  }
  return o as unknown as MockFigures;
}

const TAKE_KEYS = ['ms', 'figures', 'recording'] as const;

function validateTake(value: unknown, path: string, report: Report, extra: readonly string[] = []): MockTake {
  const o = expectObject(value, path);
  expectKeys(o, path, [...TAKE_KEYS, ...extra], report);
  return {
    ms: expectNumber(o.ms, `${path}.ms`),
    figures: validateFigures(o.figures, `${path}.figures`, report),
    recording: o.recording === null ? null : expectString(o.recording, `${path}.recording`),
  };
}

function validateFollowUp(value: unknown, path: string, report: Report): MockFollowUp {
  const take = validateTake(value, path, report, ['text', 'source']);
  const o = value as Record<string, unknown>;
  if (o.source !== 'story' && o.source !== 'bank') throw new InvalidUserDataError(`${path}.source`, 'expected "story" or "bank"');
  return { ...take, text: expectString(o.text, `${path}.text`), source: o.source };
}

function validateItem(value: unknown, path: string, report: Report): MockItem {
  const o = expectObject(value, path);
  expectKeys(o, path, ['card', 'prompt', 'answer', 'followUps', 'peeked', 'grade'], report);
  if (!Array.isArray(o.followUps)) throw new InvalidUserDataError(`${path}.followUps`, 'expected a list');
  if (o.grade !== null && ![1, 2, 3, 4].includes(o.grade as number)) throw new InvalidUserDataError(`${path}.grade`, 'expected 1, 2, 3, 4 or null');
  return {
    card: expectString(o.card, `${path}.card`),
    prompt: expectString(o.prompt, `${path}.prompt`),
    answer: o.answer === null ? null : validateTake(o.answer, `${path}.answer`, report),
    followUps: o.followUps.map((f: unknown, i) => validateFollowUp(f, `${path}.followUps[${i}]`, report)),
    peeked: expectBoolean(o.peeked, `${path}.peeked`),
    grade: o.grade as Grade | null,
  };
}

function validateSession(value: unknown, path: string, report: Report): MockSession {
  const o = expectObject(value, path);
  expectKeys(o, path, ['startedAt', 'finishedAt', 'practice', 'source', 'lang', 'targetSeconds', 'followUpSeconds', 'planned', 'items', 'updatedAt'], report);
  if (!(MOCK_SOURCES as readonly unknown[]).includes(o.source)) throw new InvalidUserDataError(`${path}.source`, `expected one of ${MOCK_SOURCES.join(', ')}`);
  if (!(LANGS as readonly unknown[]).includes(o.lang)) throw new InvalidUserDataError(`${path}.lang`, 'expected "en" or "ko"');
  if (!Array.isArray(o.items)) throw new InvalidUserDataError(`${path}.items`, 'expected a list');
  return {
    startedAt: expectTime(o.startedAt, `${path}.startedAt`),
    finishedAt: expectTimeOrNull(o.finishedAt, `${path}.finishedAt`),
    practice: expectBoolean(o.practice, `${path}.practice`),
    source: o.source as MockSession['source'],
    lang: o.lang as MockSession['lang'],
    targetSeconds: expectNumber(o.targetSeconds, `${path}.targetSeconds`, 1),
    followUpSeconds: expectNumber(o.followUpSeconds, `${path}.followUpSeconds`, 1),
    planned: expectStrings(o.planned, `${path}.planned`),
    items: o.items.map((item: unknown, i) => validateItem(item, `${path}.items[${i}]`, report)),
    updatedAt: expectTime(o.updatedAt, `${path}.updatedAt`),
  };
}

/**
 * Checks the stored mock data: settings, then session by session (a session that fails its check
 * is set aside through `report`, the others load).
 */
export function validateMockData(value: unknown, path: string, report: Report): MockData {
  const o = expectObject(value, path);
  expectKnownKeys(o, path, ['settings', 'sessions'], report);
  const sessions = readField(o, path, 'sessions', report, EMPTY_MOCK_DATA.sessions, (v, at) =>
    expectIdRecord(v, at, validateSession, report, MOCK_SESSION_ID_PATTERN, 'a session id (m-<time>-<random>)'),
  );
  return { settings: readField(o, path, 'settings', report, DEFAULT_MOCK_SETTINGS, (v, at) => validateSettings(v, at, report)), sessions };
}

/**
 * Sessions merge three-way per session; when both tabs changed the same one, the later update
 * wins (a session is written by the one tab running it, so there is nothing to ask about).
 */
function mergeSessions(base: MockData['sessions'], local: MockData['sessions'], incoming: MockData['sessions']): Record<string, MockSession> {
  const out: Record<string, MockSession> = {};
  for (const id of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const [b, l, i] = [base[id], local[id], incoming[id]];
    const value = deepEqual(l, b) ? i : deepEqual(i, b) ? l : (l?.updatedAt ?? 0) >= (i?.updatedAt ?? 0) ? l : i;
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/** How the mock interview is stored: empty value, validator, merge with another tab, count for backups. */
export const mockData: SliceData<MockData> = {
  empty: EMPTY_MOCK_DATA,
  validate: validateMockData,
  merge: (base, local, incoming) => ({
    settings: mergeMockSettings(base.settings, local.settings, incoming.settings),
    sessions: mergeSessions(base.sessions, local.sessions, incoming.sessions),
  }),
  count: (value) => Object.keys(value.sessions).length,
};
