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
        unreadable: {
          raw: '{"state":{"sett',
          reason: 'json: not readable as JSON',
          backupKey: 'loop-prep:unreadable:1',
          at: 1,
          resolved: false,
          partial: false,
          aside: [],
        },
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

  it('offers the other version when another tab changed a story edited here; the offer is stored with the data', async () => {
    const mine = { story: { ...EMPTY_STORY, title: 'Mine' }, updatedAt: 2, deleted: false };
    const theirs = { story: { ...EMPTY_STORY, title: 'Theirs' }, updatedAt: 3, deleted: false };
    act(() => {
      useAppStore.getState().putStoryOverlay('shared-story', mine);
      useAppStore.setState({ conflicts: [{ slice: 'stories', id: 'shared-story', offers: [{ value: theirs, at: 5, source: 'tab' }] }] });
    });
    renderApp('/stories');
    const user = userEvent.setup();
    expect(await screen.findByRole('alert')).toHaveTextContent('Two tabs changed the story “Mine” at the same time');
    await user.click(screen.getByRole('button', { name: 'Use the other tab’s version' }));
    expect(useAppStore.getState().stories['shared-story']?.story).toEqual(theirs.story);
    expect(useAppStore.getState().conflicts).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeping this tab’s version keeps what is there now, including what was typed after the notice appeared', async () => {
    const theirs = { story: { ...EMPTY_STORY, title: 'Theirs' }, updatedAt: 3, deleted: false };
    act(() => {
      useAppStore.getState().saveStory('shared-story', { ...EMPTY_STORY, title: 'Mine' }, 2);
      useAppStore.setState({ conflicts: [{ slice: 'stories', id: 'shared-story', offers: [{ value: theirs, at: 5, source: 'tab' }] }] });
    });
    renderApp('/stories');
    const user = userEvent.setup();
    await screen.findByRole('alert');
    act(() => useAppStore.getState().saveStory('shared-story', { ...EMPTY_STORY, title: 'Mine, typed after the notice' }, 9));
    await user.click(screen.getByRole('button', { name: 'Keep this tab’s version' }));
    expect(useAppStore.getState().stories['shared-story']).toEqual({
      story: { ...EMPTY_STORY, title: 'Mine, typed after the notice' },
      updatedAt: 9,
      deleted: false,
    });
    expect(useAppStore.getState().conflicts).toEqual([]);
  });

  it('offers every version when a later conflict on the same record adds to it', async () => {
    const version = (title: string, updatedAt: number) => ({ story: { ...EMPTY_STORY, title }, updatedAt, deleted: false });
    act(() => {
      useAppStore.getState().putStoryOverlay('shared-story', version('Now', 9));
      useAppStore.setState({
        conflicts: [
          {
            slice: 'stories',
            id: 'shared-story',
            offers: [
              { value: version('First', 3), at: 4, source: 'tab' },
              { value: version('Second', 6), at: 7, source: 'backup' },
            ],
          },
        ],
      });
    });
    renderApp('/stories');
    const user = userEvent.setup();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2 other versions are kept here');
    await user.click(screen.getByRole('button', { name: 'Use the backup’s version (2 of 2)' }));
    expect(useAppStore.getState().stories['shared-story']?.story.title).toBe('Second');
    expect(useAppStore.getState().conflicts[0]?.offers.map((o) => (o.value as { story: { title: string } }).story.title)).toEqual(['First']);
  });

  it('names each kind of record by what it is and what the person called it, never by its id, and shows the version in place', async () => {
    act(() => {
      useAppStore.getState().savePrincipleNotes('ownership', 'notes kept here', 9);
      useAppStore.getState().saveCard('own:mh2x1k0-aaaaaa', { question: 'What is mTLS?', answer: 'here', deck: 'own:네트워크' }, 9);
      useAppStore.getState().saveOwnQuestion('q-mh2x1k0', { prompt: { en: 'Why this team?' }, principles: [] }, 9);
      useAppStore.setState({
        conflicts: [
          { slice: 'principleNotes', id: 'ownership', offers: [{ value: { notes: 'notes from the backup', updatedAt: 5 }, at: 6, source: 'backup' }] },
          {
            slice: 'cards',
            id: 'own:mh2x1k0-aaaaaa',
            offers: [
              { value: { question: 'What is mTLS?', answer: 'from the backup', deck: 'own:네트워크', updatedAt: 5, deleted: false }, at: 6, source: 'backup' },
            ],
          },
          {
            slice: 'ownQuestions',
            id: 'q-mh2x1k0',
            offers: [{ value: { prompt: { en: 'Why this team, really?' }, principles: [], updatedAt: 5, deleted: false }, at: 6, source: 'backup' }],
          },
        ],
      });
    });
    renderApp('/');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.querySelector('.notice-title')?.textContent)).toEqual([
      'This device and the backup both changed your notes on “Ownership”',
      'This device and the backup both changed the card “What is mTLS?”',
      'This device and the backup both changed your question “Why this team?”',
    ]);
    const notes = alerts[0] as HTMLElement;
    expect(notes).toHaveTextContent('notes kept here');
    expect(notes).toHaveTextContent('notes from the backup');
    // Deck names and ids are not the person's text.
    expect(alerts[1]).not.toHaveTextContent('own:');
  });

  it('tells what part of the stored data did not load, and keeps it for download', async () => {
    const downloads = captureDownloads();
    const raw = '{"state":{"stories":{"x":{"story":1}}},"version":4}';
    act(() =>
      persistence.status.setState({
        unreadable: {
          raw,
          reason: 'stories["x"].story: expected an object',
          backupKey: 'loop-prep:unreadable:7',
          at: 7,
          resolved: false,
          partial: true,
          aside: [{ path: 'stories["x"]', field: 'stories["x"].story', reason: 'expected an object', value: { story: 1 } }],
        },
      }),
    );
    renderApp('/');
    const user = userEvent.setup();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Part of your saved data could not be loaded');
    expect(alert).toHaveTextContent('loop-prep:unreadable:7');
    expect(alert).toHaveTextContent('stories["x"].story: expected an object');
    await user.click(screen.getByRole('button', { name: 'Download the stored data' }));
    expect(await downloads[0]?.blob.text()).toBe(raw);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
