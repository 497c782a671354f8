import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_MOCK_DATA } from '@/domain/mock';
import { DEFAULT_SETTINGS } from '@/domain/settings';
import { countRecordings, keptRecordings, memoryRecordings } from '@/lib/recordings';
import { useAppStore } from '@/stores/app-store';
import { renderApp } from '../render';

beforeEach(async () => {
  useAppStore.setState({ settings: DEFAULT_SETTINGS, mock: EMPTY_MOCK_DATA });
  await memoryRecordings().clear();
  await keptRecordings().clear();
});

describe('recordings in the settings', () => {
  it('keeps recordings on the device only when asked, moves this visit’s there, and deletes them all', async () => {
    await memoryRecordings().put({ blob: new Blob(['take'], { type: 'audio/webm' }), durationMs: 1000, label: 'Why Amazon?' });
    const user = userEvent.setup();
    renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Recordings' });
    const keep = within(section).getByRole('checkbox', { name: 'Keep recordings on this device' });
    expect(keep).not.toBeChecked();
    expect(await within(section).findByText('1 recording.')).toBeInTheDocument();

    await user.click(keep);
    expect(await within(section).findByText('1 recording is now kept on this device.')).toBeInTheDocument();
    expect(keep).toBeChecked();
    expect(useAppStore.getState().mock.settings.keepRecordings).toBe(true);
    expect(await keptRecordings().list()).toHaveLength(1);
    expect(await memoryRecordings().list()).toHaveLength(0);

    await user.click(within(section).getByRole('button', { name: 'Delete all recordings' }));
    expect(within(section).getByText('Delete 1 recording? This cannot be undone.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Delete' }));
    expect(await within(section).findByText('All recordings deleted.')).toBeInTheDocument();
    expect(await countRecordings(true)).toBe(0);
    expect(within(section).getByRole('button', { name: 'Delete all recordings' })).toBeDisabled();
  });
});
