import { describe, expect, it } from 'vitest';
import { EMPTY_STORY } from '@/domain/story';
import { BACKUP_FORMAT, backupFileName, createBackup, readBackup, readSnapshot, serializeBackup, serializeSnapshot } from '@/stores/backup';
import { EMPTY_USER_DATA, USER_DATA_VERSION, type UserData } from '@/stores/user-data';
import v1 from '../../fixtures/user-data/v1.json?raw';

const data: UserData = {
  ...EMPTY_USER_DATA,
  settings: { language: 'ko', theme: 'dark', interviewDate: '2026-12-15', shortcuts: true },
  stories: {
    'india-gst': { story: { ...EMPTY_STORY, title: '인도 출장 GST 프로젝트' }, updatedAt: 5, deleted: false },
    'story-0abc123': { story: { ...EMPTY_STORY, title: 'Mine' }, updatedAt: 6, deleted: false },
    'story-gone': { story: { ...EMPTY_STORY, title: 'Gone' }, updatedAt: 7, deleted: true },
  },
  questionDrafts: { 'why-amazon': { keyPoints: 'k', draft: 'd', stories: [], updatedAt: 8 } },
  meta: { lastBackupAt: 1 },
};
const now = Date.UTC(2026, 10, 24, 12, 0, 0);
const text = serializeBackup(createBackup(data, now));

describe('the backup file', () => {
  it('holds the format name, the version, the export time and all user data', () => {
    expect(JSON.parse(text)).toEqual({ format: BACKUP_FORMAT, version: USER_DATA_VERSION, exportedAt: '2026-11-24T12:00:00.000Z', data });
    expect(backupFileName(now)).toBe('loop-prep-backup-2026-11-24.json');
  });

  it('reads back what it wrote, with counts of what it holds', () => {
    expect(readBackup(text)).toEqual({
      ok: true,
      backup: {
        data,
        version: USER_DATA_VERSION,
        exportedAt: now,
        counts: { stories: 2, questionDrafts: 1, review: 0, cards: 0, ownQuestions: 0, principleNotes: 0, mock: 0 },
        kind: 'backup',
        unread: [],
      },
    });
  });

  it('reads a backup of an older version, migrating it', () => {
    const old = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00Z', data: (JSON.parse(v1) as { state: unknown }).state });
    const result = readBackup(old);
    expect(result.ok && result.backup.data).toEqual({
      ...EMPTY_USER_DATA,
      settings: { language: 'ko', theme: 'dark', interviewDate: '2026-12-15', shortcuts: true },
    });
  });

  const bad: [string, string, string][] = [
    ['an empty file', '', 'empty'],
    ['a truncated file', text.slice(0, text.length / 2), 'json'],
    ['a file that is not JSON', 'PK\u0003\u0004 not json at all', 'json'],
    ['a foreign JSON file', JSON.stringify({ name: 'loop-prep', version: '0.1.0' }), 'foreign'],
    ['a JSON array', '[1, 2, 3]', 'foreign'],
    ['a kept copy from a newer version of the app', JSON.stringify({ state: data, version: USER_DATA_VERSION + 1 }), 'newer'],
    ['a missing version', JSON.stringify({ format: BACKUP_FORMAT, exportedAt: 'x', data }), 'version'],
    ['a version that is text', JSON.stringify({ format: BACKUP_FORMAT, version: '2', data }), 'version'],
    ['a version from the future', JSON.stringify({ format: BACKUP_FORMAT, version: USER_DATA_VERSION + 1, data }), 'newer'],
    [
      'data of the wrong types',
      JSON.stringify({ format: BACKUP_FORMAT, version: USER_DATA_VERSION, data: { ...data, stories: { x: { story: 1 } } } }),
      'invalid',
    ],
    ['missing data', JSON.stringify({ format: BACKUP_FORMAT, version: USER_DATA_VERSION }), 'invalid'],
  ];

  it.each(bad)('refuses %s, saying what kind of file it is', (_name, input, kind) => {
    const result = readBackup(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe(kind);
  });

  it('reads a copy of stored data kept aside by the app (or downloaded from Settings): what reads, and what still does not', () => {
    const copy = JSON.stringify({
      state: { ...data, stories: { ...data.stories, broken: { story: 1 } } },
      version: USER_DATA_VERSION,
      rev: 'abc.1',
      parent: null,
    });
    const result = readBackup(copy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.kind).toBe('copy');
    expect(Object.keys(result.backup.data.stories)).toEqual(Object.keys(data.stories));
    expect(result.backup.unread).toEqual([expect.stringMatching(/^stories\["broken"\]/)]);
  });

  it('reads a kept copy written by an older version, migrated', () => {
    const result = readBackup(v1);
    expect(result.ok && result.backup.kind).toBe('copy');
    expect(result.ok && result.backup.data.settings.language).toBe('ko');
  });

  it('names the bad field of damaged data', () => {
    const result = readBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: USER_DATA_VERSION, data: { ...data, settings: { ...data.settings, theme: 'neon' } } }),
    );
    expect(!result.ok && result.problem).toEqual({ kind: 'invalid', detail: 'settings.theme: expected "system", "light" or "dark"' });
  });
});

describe('the snapshot kept by an import', () => {
  it('reads back what it wrote, and nothing else', () => {
    expect(readSnapshot(serializeSnapshot(data, now))).toEqual({ data, takenAt: now });
    expect(readSnapshot(null)).toBeNull();
    expect(readSnapshot('{"format":"loop-prep-snapshot"')).toBeNull();
    expect(readSnapshot(text)).toBeNull();
  });
});
