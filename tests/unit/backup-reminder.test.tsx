import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_AFTER_MS, backupReminder, timeAgo } from '@/domain/backup-reminder';
import { DAY } from '@/domain/review';
import { EMPTY_STORY } from '@/domain/story';
import { useAppStore } from '@/stores/app-store';
import { captureDownloads, resetAppStore } from './app-helpers';
import { renderApp } from './render';

beforeEach(resetAppStore);

const NOW = Date.UTC(2026, 10, 29, 12);

describe('when a backup is offered', () => {
  const base = { lastBackupAt: NOW - DAY, reviewTimes: [], newStories: 0, hasData: true };
  it('says nothing before there is data, and offers one at once when there has never been a backup', () => {
    expect(backupReminder({ ...base, hasData: false }, NOW).show).toBe(false);
    expect(backupReminder({ ...base, lastBackupAt: null }, NOW).reasons).toEqual(['never']);
  });
  it('offers one after a week, after 50 reviews, or after a new story since the last one', () => {
    expect(backupReminder(base, NOW).reasons).toEqual([]);
    expect(backupReminder({ ...base, lastBackupAt: NOW - BACKUP_AFTER_MS }, NOW).reasons).toEqual(['week']);
    expect(backupReminder({ ...base, reviewTimes: Array.from({ length: 49 }, () => NOW) }, NOW).reasons).toEqual([]);
    expect(backupReminder({ ...base, reviewTimes: [NOW - 2 * DAY, ...Array.from({ length: 50 }, () => NOW)] }, NOW)).toMatchObject({
      reasons: ['reviews'],
      reviewsSince: 50,
    });
    expect(backupReminder({ ...base, newStories: 1 }, NOW).reasons).toEqual(['story']);
  });
  it('says how long ago in the largest whole unit', () => {
    expect(timeAgo(NOW - 5 * 60_000, NOW)).toEqual({ value: 5, unit: 'minute' });
    expect(timeAgo(NOW - 3 * DAY, NOW)).toEqual({ value: 3, unit: 'day' });
    expect(timeAgo(NOW - 21 * DAY, NOW)).toEqual({ value: 3, unit: 'week' });
  });
});

describe('the backup reminder on the dashboard', () => {
  it('appears once there is data, exports on request, then says when the last backup was', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Your interview loop' });
    expect(screen.queryByRole('region', { name: 'Backup' })).not.toBeInTheDocument();
    act(() => useAppStore.getState().saveStory('my-new-story', { ...EMPTY_STORY, title: 'Mine' }));
    const card = await screen.findByRole('region', { name: 'Backup' });
    expect(card).toHaveTextContent('No backup yet');
    const downloads = captureDownloads();
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await waitFor(() => expect(card).toHaveTextContent('Last backup: just now.'));
    expect(within(card).queryByRole('button', { name: 'Export backup' })).not.toBeInTheDocument();
    // A new story since the last backup brings the offer back.
    act(() => useAppStore.getState().saveStory('another-story', { ...EMPTY_STORY, title: 'Another' }));
    expect(await within(card).findByRole('button', { name: 'Export backup' })).toBeInTheDocument();
    expect(card).toHaveTextContent('You wrote a new story since then.');
  });
});
