import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_STORY } from '@/domain/story';
import { persistence, STORAGE_KEY, useAppStore } from '@/stores/app-store';
import { BACKUP_FORMAT, createBackup, serializeBackup } from '@/stores/backup';
import { SNAPSHOT_KEY } from '@/stores/backup-actions';
import { EMPTY_USER_DATA, USER_DATA_VERSION, type UserData } from '@/stores/user-data';
import { captureDownloads, resetAppStore } from './app-helpers';
import { renderApp } from './render';

beforeEach(resetAppStore);

const mine = (title: string) => ({ story: { ...EMPTY_STORY, title }, updatedAt: 1, deleted: false });
const backupData: UserData = {
  ...EMPTY_USER_DATA,
  stories: { 'from-backup': mine('From the backup'), 'second-one': mine('Second') },
  questionDrafts: { 'why-amazon': { keyPoints: 'k', draft: 'd', stories: [], updatedAt: 2 } },
};

function backupFile(text: string, name = 'backup.json'): File {
  return new File([text], name, { type: 'application/json' });
}

async function openSettingsWithData() {
  useAppStore.getState().saveStory('current-one', { ...EMPTY_STORY, title: 'Current' });
  persistence.flush();
  renderApp('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return { user: userEvent.setup(), before: localStorage.getItem(STORAGE_KEY) };
}

describe('backup and restore in settings', () => {
  it('keeps Language, and exports everything as one JSON file, then says when', async () => {
    const downloads = captureDownloads();
    const { user } = await openSettingsWithData();
    expect(screen.getByLabelText('Language')).toBeInTheDocument();
    expect(screen.getByText('No backup made yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(downloads[0]?.name).toMatch(/^loop-prep-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await downloads[0]!.blob.text()) as { format: string; version: number; exportedAt: string; data: UserData };
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: USER_DATA_VERSION });
    expect(Date.parse(file.exportedAt)).not.toBeNaN();
    expect(file.data.stories['current-one']?.story.title).toBe('Current');
    expect(screen.getByText(/^Last backup: /)).toBeInTheDocument();
  });

  it('shows what a backup holds and asks before replacing; keeps the replaced data to restore', async () => {
    const { user } = await openSettingsWithData();
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(backupData, Date.UTC(2026, 0, 2)))));
    const summary = await screen.findByRole('group', { name: 'backup.json' });
    expect(summary).toHaveTextContent('2 stories written or edited in the app');
    expect(summary).toHaveTextContent('1 question draft');
    expect(useAppStore.getState().stories).toHaveProperty('current-one');

    await user.click(within(summary).getByRole('button', { name: 'Replace my data with this backup' }));
    expect(screen.getByRole('status')).toHaveTextContent('The backup was imported.');
    expect(Object.keys(useAppStore.getState().stories).sort()).toEqual(['from-backup', 'second-one']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('from-backup');
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? '{}').data.stories).toHaveProperty('current-one');

    await user.click(screen.getByRole('button', { name: 'Restore the data from before the import' }));
    expect(Object.keys(useAppStore.getState().stories)).toEqual(['current-one']);
    await waitFor(() => expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('current-one'));
  });

  it('changes nothing when the user cancels', async () => {
    const { user, before } = await openSettingsWithData();
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(backupData, 0))));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });

  const bad: [string, string, RegExp][] = [
    ['malformed', '{"format": "loop-prep-backup", "version": 2, "data": {"settings"', /not complete JSON/],
    ['truncated', serializeBackup(createBackup(backupData, 0)).slice(0, 120), /not complete JSON/],
    [
      'wrong-version',
      JSON.stringify({ format: BACKUP_FORMAT, version: USER_DATA_VERSION + 5, exportedAt: '', data: backupData }),
      /newer version of Loop Prep/,
    ],
    ['foreign', JSON.stringify({ compilerOptions: { strict: true } }), /not a Loop Prep backup/],
    [
      'damaged',
      JSON.stringify({ format: BACKUP_FORMAT, version: USER_DATA_VERSION, data: { ...backupData, meta: { lastBackupAt: 'never' } } }),
      /damaged \(meta.lastBackupAt/,
    ],
    ['empty', '', /The file is empty/],
  ];

  it.each(bad)('refuses a %s file with an alert and changes nothing', async (_name, text, message) => {
    const { user, before } = await openSettingsWithData();
    await user.upload(screen.getByLabelText('Import backup'), backupFile(text));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    expect(Object.keys(useAppStore.getState().stories)).toEqual(['current-one']);
  });

  it('says in Korean what it holds', async () => {
    renderApp('/settings', 'ko');
    expect(await screen.findByRole('button', { name: '백업 내보내기' })).toBeInTheDocument();
    expect(screen.getByLabelText('백업 가져오기')).toBeInTheDocument();
  });
});
