import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STORY } from '@/domain/story';
import { persistence, useAppStore } from '@/stores/app-store';
import { captureDownloads, resetAppStore } from './app-helpers';
import { renderApp } from './render';

beforeEach(resetAppStore);

describe('storage notices, on every page', () => {
  it('tells about unreadable data, offers its bytes for download, and starts fresh on request', async () => {
    const downloads = captureDownloads();
    act(() =>
      persistence.status.setState({
        unreadable: { raw: '{"state":{"sett', reason: 'json: not readable as JSON', backupKey: 'loop-prep:unreadable:1', at: 1, resolved: false },
      }),
    );
    renderApp('/principles');
    const user = userEvent.setup();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your saved data could not be read');
    expect(alert).toHaveTextContent('loop-prep:unreadable:1');
    await user.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
    expect(await downloads[0]?.blob.text()).toBe('{"state":{"sett');
    await user.click(screen.getByRole('button', { name: 'Start fresh' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/Saving works again/)).toBeInTheDocument();
  });

  it('shows a failed write, and lets the user download the work kept in memory', async () => {
    const downloads = captureDownloads();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    act(() => useAppStore.getState().saveStory('kept-in-memory', { ...EMPTY_STORY, title: 'Kept in memory' }));
    renderApp('/', 'ko');
    const user = userEvent.setup();
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('이 사이트의 브라우저 저장 공간이 가득 찼습니다.');
    await user.click(screen.getByRole('button', { name: '백업 내려받기' }));
    const backup = JSON.parse(await downloads[0]!.blob.text()) as { data: { stories: Record<string, unknown> } };
    expect(backup.data.stories).toHaveProperty('kept-in-memory');
  });

  it('offers both versions when another tab changed a story edited here', async () => {
    const mine = { story: { ...EMPTY_STORY, title: 'Mine' }, updatedAt: 2, deleted: false };
    const theirs = { story: { ...EMPTY_STORY, title: 'Theirs' }, updatedAt: 3, deleted: false };
    act(() => {
      useAppStore.getState().putStoryOverlay('shared-story', mine);
      persistence.status.setState({ conflicts: [{ slice: 'stories', id: 'shared-story', mine, theirs }] });
    });
    renderApp('/stories');
    const user = userEvent.setup();
    expect(await screen.findByRole('alert')).toHaveTextContent('“Mine” was changed in another tab while you had unsaved changes here');
    await user.click(screen.getByRole('button', { name: 'Use the other tab’s version' }));
    expect(useAppStore.getState().stories['shared-story']).toEqual(theirs);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
