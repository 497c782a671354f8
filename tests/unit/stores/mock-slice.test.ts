import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS, type MockSession } from '@/domain/mock';
import { createBackup, readBackup, serializeBackup } from '@/stores/backup';
import { planMerge } from '@/stores/import-merge';
import { EMPTY_USER_DATA, mergeUserData, validateUserData, type UserData } from '@/stores/user-data';

const session = (patch: Partial<MockSession> = {}): MockSession => ({
  startedAt: 1_764_400_000_000,
  finishedAt: 1_764_400_600_000,
  practice: false,
  source: 'due',
  lang: 'ko',
  targetSeconds: 120,
  followUpSeconds: 60,
  planned: ['prompt:lp:ownership', 'prompt:question:why-amazon'],
  items: [
    {
      card: 'prompt:lp:ownership',
      prompt: '주인의식을 보여 준 경험을 말씀해 주세요.',
      answer: {
        ms: 118_400,
        figures: { duration: 118.2, talkTime: 96.5, silentTime: 21.7, pauses: 14, longPauses: 1, longestPause: 2.6, syllables: 402, speakingRate: 4.1 },
        recording: 'rec-1',
      },
      followUps: [{ text: '결과를 어떻게 측정했나요?', source: 'bank', ms: 41_000, figures: null, recording: null }],
      peeked: true,
      grade: 3,
    },
    { card: 'prompt:question:why-amazon', prompt: '왜 아마존인가요?', answer: null, followUps: [], peeked: false, grade: null },
  ],
  updatedAt: 1_764_400_600_000,
  ...patch,
});
const data = (patch: Partial<UserData>): UserData => ({ ...EMPTY_USER_DATA, ...patch });

describe('the mock slice: stored mock interviews', () => {
  it('accepts sessions with takes, follow-ups, peeks, grades and figures', () => {
    const value = data({ mock: { settings: DEFAULT_MOCK_SETTINGS, sessions: { 'm-mh2x1k0-ab12': session() } } });
    expect(validateUserData(value)).toEqual(value);
  });

  const bad: [string, unknown, RegExp][] = [
    ['a session id that is not one', { 'not an id': session() }, /mock.sessions\["not an id"\]: expected a session id/],
    ['a grade of 5', { 'm-1-a': session({ items: [{ ...session().items[0]!, grade: 5 as never }] }) }, /mock.sessions\["m-1-a"\].items\[0\].grade/],
    ['an unknown source', { 'm-1-a': session({ source: 'all' as never }) }, /mock.sessions\["m-1-a"\].source/],
    [
      'a follow-up from nowhere',
      { 'm-1-a': session({ items: [{ ...session().items[0]!, followUps: [{ text: 'x', source: 'web' as never, ms: 1, figures: null, recording: null }] }] }) },
      /followUps\[0\].source/,
    ],
    ['a negative time', { 'm-1-a': session({ items: [{ ...session().items[0]!, answer: { ms: -4, figures: null, recording: null } }] }) }, /answer.ms/],
  ];
  it.each(bad)('refuses %s, naming the field', (_name, sessions, message) => {
    expect(() => validateUserData(data({ mock: { settings: DEFAULT_MOCK_SETTINGS, sessions } as never }))).toThrow(message);
  });

  it('refuses settings out of range, and reads a limit under the target as the target', () => {
    expect(validateUserData(data({ mock: { settings: { ...DEFAULT_MOCK_SETTINGS, limitSeconds: 60 }, sessions: {} } })).mock.settings.limitSeconds).toBe(
      DEFAULT_MOCK_SETTINGS.targetSeconds,
    );
    expect(() => validateUserData(data({ mock: { settings: { ...DEFAULT_MOCK_SETTINGS, questions: 0 }, sessions: {} } }))).toThrow(/mock.settings.questions/);
  });

  it("merges another tab's sessions by session, the later update winning one both changed, and settings by field", () => {
    const start = data({ mock: { settings: DEFAULT_MOCK_SETTINGS, sessions: { 'm-1-a': session() } } });
    const local = data({
      mock: { settings: { ...DEFAULT_MOCK_SETTINGS, record: true }, sessions: { 'm-1-a': session({ updatedAt: 5 }), 'm-2-b': session({ practice: true }) } },
    });
    const incoming = data({
      mock: { settings: { ...DEFAULT_MOCK_SETTINGS, targetSeconds: 90 }, sessions: { 'm-1-a': session({ updatedAt: 9, finishedAt: 9 }), 'm-3-c': session() } },
    });
    const { merged, conflicts } = mergeUserData(start, local, incoming);
    expect(conflicts).toEqual([]);
    expect(Object.keys(merged.mock.sessions).sort()).toEqual(['m-1-a', 'm-2-b', 'm-3-c']);
    expect(merged.mock.sessions['m-1-a']?.updatedAt).toBe(9);
    expect(merged.mock.settings).toMatchObject({ record: true, targetSeconds: 90 });
  });

  it('goes into the backup and counts its sessions', () => {
    const value = data({ mock: { settings: DEFAULT_MOCK_SETTINGS, sessions: { 'm-1-a': session(), 'm-2-b': session() } } });
    const read = readBackup(serializeBackup(createBackup(value, Date.UTC(2026, 10, 29))));
    expect(read.ok && read.backup.data.mock).toEqual(value.mock);
    expect(read.ok && read.backup.counts.mock).toBe(2);
  });
});

describe('mock interviews in a backup merge', () => {
  it('keeps the mocks of both devices, counts the ones added, and says which a replace would lose', () => {
    const settings = DEFAULT_MOCK_SETTINGS;
    const shared = session();
    const desk = data({ mock: { settings, sessions: { 'm-a-desk': session({ updatedAt: 5 }), 'm-c-both': shared } } });
    const phone = data({ mock: { settings: { ...settings, questions: 5 }, sessions: { 'm-b-phone': session({ lang: 'en' }), 'm-c-both': shared } } });
    const plan = planMerge(desk, phone, 1_764_500_000_000);
    expect(Object.keys(plan.merged.mock.sessions).sort()).toEqual(['m-a-desk', 'm-b-phone', 'm-c-both']);
    // This device's mock settings stay.
    expect(plan.merged.mock.settings).toEqual(settings);
    expect(plan.preview.mocks).toEqual({ adds: 1, changes: 0, conflicts: 0, loses: 1 });
    expect(planMerge(plan.merged, phone, 1_764_500_000_001).unchanged).toBe(true);
  });
});
