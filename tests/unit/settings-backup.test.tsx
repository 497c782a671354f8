import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockSession } from '@/domain/mock-data';
import { EMPTY_STORY } from '@/domain/story';
import { persistence, STORAGE_KEY, useAppStore } from '@/stores/app-store';
import { recordReview, undoReview } from '@/stores/review-actions';
import { BACKUP_FORMAT, createBackup, serializeBackup } from '@/stores/backup';
import { SNAPSHOT_KEY } from '@/stores/backup-actions';
import { EMPTY_USER_DATA, USER_DATA_VERSION, type UserData } from '@/stores/user-data';
import { captureDownloads, resetAppStore } from './app-helpers';
import { EMPTY, exportFrom, grade, importInto, saveCard, saveDraft, saveNote, saveOwnQuestion, saveStory, fields } from './stores/devices';
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

  it('previews a merge per kind, merges by default, keeps a snapshot, and merging the same file again changes nothing', async () => {
    const { user } = await openSettingsWithData();
    const file = serializeBackup(createBackup(backupData, Date.UTC(2026, 0, 2)));
    await user.upload(screen.getByLabelText('Import backup'), backupFile(file));
    const summary = await screen.findByRole('group', { name: 'backup.json' });
    const table = within(summary).getByRole('table', { name: 'If you merge' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    const cells = (name: string) =>
      within(row(name))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Added', 'Changed', 'Changed on both']);
    expect(cells('Stories')).toEqual(['2', '0', '0']);
    expect(cells('Answer drafts')).toEqual(['1', '0', '0']);
    expect(cells('Reviews')).toEqual(['0', '0', '0']);
    expect(within(summary).getByRole('list', { name: 'If you replace, this device loses' })).toHaveTextContent(/^1 story$/);
    expect(useAppStore.getState().stories).not.toHaveProperty('from-backup');

    await user.click(within(summary).getByRole('button', { name: 'Merge into my data' }));
    expect(screen.getByRole('status')).toHaveTextContent('The backup was merged into your data.');
    expect(Object.keys(useAppStore.getState().stories).sort()).toEqual(['current-one', 'from-backup', 'second-one']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('from-backup');
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? '{}').data.stories).toHaveProperty('current-one');
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? '{}').data.stories).not.toHaveProperty('from-backup');

    const stored = localStorage.getItem(STORAGE_KEY);
    await user.upload(screen.getByLabelText('Import backup'), backupFile(file));
    const again = await screen.findByRole('group', { name: 'backup.json' });
    expect(again).toHaveTextContent('This device already has everything in this backup');
    await user.click(within(again).getByRole('button', { name: 'Merge into my data' }));
    expect(screen.getByRole('status')).toHaveTextContent('Nothing to merge');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(stored);

    await user.click(screen.getByRole('button', { name: 'Restore the data from before the import' }));
    expect(Object.keys(useAppStore.getState().stories)).toEqual(['current-one']);
    await waitFor(() => expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('current-one'));
  });

  it('previews every kind (stories, answer drafts, cards, your questions, principle notes, reviews, mock interviews) in words a candidate reads', async () => {
    const t0 = Date.UTC(2026, 10, 1, 9);
    const h = (hours: number) => t0 + hours * 3_600_000;
    let common = saveStory(EMPTY, 'india-gst', fields('GST', 'common'), h(0));
    common = saveDraft(common, 'why-amazon', 'common draft', h(0));
    common = saveCard(common, 'own:mh2x1k0-aaaaaa', 'What is mTLS?', 'common', h(0));
    common = saveNote(common, 'ownership', 'common notes', h(0));
    common = grade(common, 'lp:ownership:title-to-statement', 3, h(1));
    let desk = exportFrom(common);
    let phone = importInto(EMPTY, desk, h(2));
    phone = saveDraft(phone, 'why-amazon', 'phone draft', h(3));
    phone = saveCard(phone, 'own:mh2x1k0-bbbbbb', 'What is a CSR?', 'A certificate signing request.', h(3));
    phone = saveOwnQuestion(phone, 'q-mh2x1k0', 'Why this team?', h(3));
    phone = saveNote(phone, 'ownership', 'phone notes', h(3));
    phone = grade(phone, 'lp:ownership:title-to-statement', 3, h(30));
    phone = grade(phone, 'lp:think-big:title-to-statement', 3, h(31));
    desk = saveStory(desk, 'written-at-the-desk', fields('Written at the desk'), h(4));
    desk = saveCard(desk, 'own:mh2x1k0-aaaaaa', 'What is mTLS?', 'desk answer', h(4));
    desk = saveNote(desk, 'ownership', 'desk notes', h(4));
    desk = grade(desk, 'lp:dive-deep:title-to-statement', 3, h(32));
    const mock = (at: number): MockSession => ({
      startedAt: at,
      finishedAt: at + 600_000,
      practice: false,
      source: 'due',
      lang: 'en',
      targetSeconds: 120,
      followUpSeconds: 60,
      planned: ['prompt:lp:ownership'],
      items: [{ card: 'prompt:lp:ownership', prompt: 'Tell me about ownership.', answer: null, followUps: [], peeked: false, grade: 3 }],
      updatedAt: at + 600_000,
    });
    phone = { ...phone, mock: { ...phone.mock, sessions: { 'm-phone-1': mock(h(33)), 'm-phone-2': mock(h(34)) } } };
    desk = { ...desk, mock: { ...desk.mock, sessions: { 'm-desk-1': mock(h(35)) } } };
    act(() => useAppStore.setState(desk));
    persistence.flush();
    renderApp('/settings');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(exportFrom(phone), h(40))), 'phone.json'));
    const summary = await screen.findByRole('group', { name: 'phone.json' });
    const table = within(summary).getByRole('table', { name: 'If you merge' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    expect(rows).toEqual([
      ['Stories', '0', '0', '0'],
      ['Answer drafts', '0', '1', '0'],
      ['Cards', '1', '0', '0'],
      ['Your questions', '1', '0', '0'],
      ['Principle notes', '0', '0', '1'],
      ['Reviews', '2', '1', '0'],
      ['Mock interviews', '2', '0', '0'],
    ]);
    expect(summary).toHaveTextContent('For reviews, “Changed” counts the cards whose schedule is worked out again');
    expect(
      within(within(summary).getByRole('list', { name: 'If you replace, this device loses' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 story', '1 card', 'your notes on 1 principle', '1 review', '1 mock interview']);

    await user.click(within(summary).getByRole('button', { name: 'Merge into my data' }));
    const state = useAppStore.getState();
    expect(state.cards['own:mh2x1k0-bbbbbb']?.question).toBe('What is a CSR?');
    expect(state.cards['own:mh2x1k0-aaaaaa']?.answer).toBe('desk answer');
    expect(state.ownQuestions['q-mh2x1k0']?.prompt.en).toBe('Why this team?');
    expect(state.principleNotes.ownership?.notes).toBe('desk notes');
    expect(state.questionDrafts['why-amazon']?.draft).toBe('phone draft');
    expect(state.review.log).toHaveLength(4);
    expect(Object.keys(state.mock.sessions).sort()).toEqual(['m-desk-1', 'm-phone-1', 'm-phone-2']);
    expect(await screen.findByRole('alert')).toHaveTextContent('This device and the backup both changed your notes on “Ownership”');

    // The same file again: nothing to add, change or choose, and the replace list is unchanged.
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(exportFrom(phone), h(40))), 'phone.json'));
    const again = await screen.findByRole('group', { name: 'phone.json' });
    expect(
      within(within(again).getByRole('table', { name: 'If you merge' }))
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual(Array(21).fill('0'));
    expect(again).toHaveTextContent('This device already has everything in this backup');
  });

  it('says when a replace would lose nothing', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(backupData, 0))));
    const summary = await screen.findByRole('group', { name: 'backup.json' });
    expect(summary).toHaveTextContent('If you replace, this device loses nothing');
    expect(within(summary).queryByRole('list')).not.toBeInTheDocument();
  });

  it('undo of a grade does not reach across a merge', async () => {
    const { user } = await openSettingsWithData();
    act(() => recordReview('lp:ownership:title-to-statement', undefined, [Date.UTC(2026, 10, 1), 'lp:ownership:title-to-statement', 3, 0, 1]));
    expect(useAppStore.getState().reviewUndo).toHaveLength(1);
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(backupData, 0))));
    await user.click(within(await screen.findByRole('group', { name: 'backup.json' })).getByRole('button', { name: 'Merge into my data' }));
    expect(undoReview()).toEqual({ ok: false, reason: 'empty' });
    expect(useAppStore.getState().review.log).toHaveLength(1);
  });

  it('says what a replace would lose, and replaces on request, keeping the replaced data to restore', async () => {
    const { user } = await openSettingsWithData();
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(backupData, Date.UTC(2026, 0, 2)))));
    const summary = await screen.findByRole('group', { name: 'backup.json' });
    expect(
      within(within(summary).getByRole('list', { name: 'If you replace, this device loses' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 story']);
    await user.click(within(summary).getByRole('button', { name: 'Replace my data' }));
    expect(screen.getByRole('status')).toHaveTextContent('The backup was imported.');
    expect(Object.keys(useAppStore.getState().stories).sort()).toEqual(['from-backup', 'second-one']);
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? '{}').data.stories).toHaveProperty('current-one');
    await user.click(screen.getByRole('button', { name: 'Restore the data from before the import' }));
    expect(Object.keys(useAppStore.getState().stories)).toEqual(['current-one']);
  });

  it('settings follow the store after an import or another tab’s change, except while the user edits them', async () => {
    const { user } = await openSettingsWithData();
    const retention = screen.getByLabelText('Desired retention');
    expect(retention).toHaveValue(0.9);
    act(() => useAppStore.getState().setReviewSettings({ desiredRetention: 0.85, newCardsPerDay: 7 }));
    expect(retention).toHaveValue(0.85);
    expect(screen.getByLabelText('New cards per day')).toHaveValue(7);
    await user.click(retention);
    await user.clear(retention);
    await user.type(retention, '0.8');
    act(() => useAppStore.getState().setReviewSettings({ newCardsPerDay: 9 }));
    expect(retention).toHaveValue(0.8);
    expect(screen.getByLabelText('New cards per day')).toHaveValue(9);
    await user.tab();
    expect(useAppStore.getState().review.settings.desiredRetention).toBe(0.8);
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
    expect(screen.queryByRole('button', { name: 'Replace my data' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merge into my data' })).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    expect(Object.keys(useAppStore.getState().stories)).toEqual(['current-one']);
  });

  it('an import while saving is stopped (another tab stored a newer version) copies that data first', async () => {
    const { user } = await openSettingsWithData();
    const newer = JSON.stringify({ state: { everything: 'new' }, version: USER_DATA_VERSION + 1 });
    act(() => {
      localStorage.setItem(STORAGE_KEY, newer);
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: newer, storageArea: localStorage }));
    });
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(backupData, 0))));
    await user.click(await screen.findByRole('button', { name: 'Merge into my data' }));
    expect(screen.getByRole('status')).toHaveTextContent('The backup was merged into your data.');
    const copies = Object.keys(localStorage).filter((key) => key.startsWith(`${STORAGE_KEY}:unreadable:`));
    expect(copies.map((key) => localStorage.getItem(key))).toEqual([newer]);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('from-backup');
  });

  it('an import or restore while saving is stopped asks first when no copy can be kept, and changes nothing until then', async () => {
    const { user } = await openSettingsWithData();
    await user.upload(screen.getByLabelText('Import backup'), backupFile(serializeBackup(createBackup(backupData, 0))));
    await user.click(await screen.findByRole('button', { name: 'Replace my data' }));
    const newer = JSON.stringify({ state: { everything: 'new' }, version: USER_DATA_VERSION + 1 });
    const setItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith(`${STORAGE_KEY}:unreadable:`)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    act(() => {
      localStorage.setItem(STORAGE_KEY, newer);
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: newer, storageArea: localStorage }));
    });
    const snapshot = localStorage.getItem(SNAPSHOT_KEY);
    await user.click(screen.getByRole('button', { name: 'Restore the data from before the import' }));
    expect(await screen.findByText(/Importing or restoring now would write over it/)).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBe(snapshot);
    await user.click(screen.getByRole('button', { name: 'Go on without a copy' }));
    expect(screen.getByRole('status')).toHaveTextContent('The data from before the import is back');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('current-one');
    full.mockRestore();
  });

  it('says in Korean what it holds', async () => {
    renderApp('/settings', 'ko');
    expect(await screen.findByRole('button', { name: '백업 내보내기' })).toBeInTheDocument();
    expect(screen.getByLabelText('백업 가져오기')).toBeInTheDocument();
  });
});

describe('kept copies of stored data', () => {
  it('Restore this copy opens the same preview as an import, lists what still does not read, and merges what reads', async () => {
    const copy = JSON.stringify({
      state: { ...EMPTY_USER_DATA, stories: { 'kept-story': mine('Kept aside'), broken: { story: 1 } } },
      version: USER_DATA_VERSION,
    });
    localStorage.setItem(`${STORAGE_KEY}:unreadable:1700000000000`, copy);
    const { user } = await openSettingsWithData();
    await user.click(screen.getByRole('button', { name: 'Restore this copy' }));
    const preview = await screen.findByRole('group', { name: `${STORAGE_KEY}:unreadable:1700000000000` });
    expect(within(preview).getByText(/copy of stored data kept in this browser/)).toBeInTheDocument();
    expect(within(preview).getByText('One part still does not read and is left out')).toBeInTheDocument();
    expect(within(preview).getByText(/^stories\["broken"\]/)).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Merge into my data' }));
    await waitFor(() => expect(useAppStore.getState().stories['kept-story']?.story.title).toBe('Kept aside'));
    expect(useAppStore.getState().stories['current-one']?.story.title).toBe('Current');
  });

  it('Import backup accepts a copy downloaded from Settings', async () => {
    const { user } = await openSettingsWithData();
    const copy = JSON.stringify({ state: { ...EMPTY_USER_DATA, stories: { 'kept-story': mine('Kept aside') } }, version: USER_DATA_VERSION });
    await user.upload(screen.getByLabelText('Import backup'), new File([copy], 'loop-prep-unreadable-1.txt', { type: 'text/plain' }));
    const preview = await screen.findByRole('group', { name: 'loop-prep-unreadable-1.txt' });
    await user.click(within(preview).getByRole('button', { name: 'Replace my data' }));
    await waitFor(() => expect(Object.keys(useAppStore.getState().stories)).toEqual(['kept-story']));
  });
});
