import './fixtures/mock-content';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STORY } from '@/domain/story';
import { useAppStore } from '@/stores/app-store';
import { resetAppStore } from './app-helpers';
import { renderApp } from './render';

vi.mock('virtual:loop-prep/search-text', async () => {
  const { searchText } = await import('../../src/node/search-text');
  const { NOTE_BUNDLE } = await import('./fixtures/notes');
  return { searchText: searchText(NOTE_BUNDLE) };
});

beforeEach(() => {
  resetAppStore();
  // jsdom has <dialog> without its modal methods: open and close are enough here (the browser
  // tests cover the modal part, Escape included).
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
  Element.prototype.scrollIntoView ??= () => undefined;
});

describe('the search dialog', () => {
  it('opens from the header, finds the notes by keyboard and opens a result', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const box = await screen.findByRole('combobox', { name: 'Search' });
    await waitFor(() => expect(box).toHaveFocus());
    await user.type(box, 'exit code');
    const option = await screen.findByRole('option', { name: /What does exit code 137 mean\?/ });
    expect(within(screen.getByRole('group', { name: 'Cards' })).getByRole('option')).toBe(option);
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    expect(within(option).getAllByText(/exit|code/i, { selector: 'mark' }).length).toBeGreaterThan(0);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Docker' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('follows what the user writes in the app', async () => {
    const user = userEvent.setup();
    useAppStore.setState({
      stories: { zeppelin: { story: { ...EMPTY_STORY, title: 'Zeppelin rollout', principles: ['ownership'] }, updatedAt: 1, deleted: false } },
    });
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('/');
    const box = await screen.findByRole('combobox', { name: 'Search' });
    await user.type(box, 'zeppelin');
    expect(await screen.findByRole('option', { name: /Zeppelin rollout/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 result');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Back where search was opened from: the page, with focus where the key was pressed.
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
