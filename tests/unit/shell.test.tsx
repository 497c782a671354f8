import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/feature-text';
import { SiteNav } from '@/app/site-nav';
import { useAppStore } from '@/stores/app-store';
import { resetAppStore } from './app-helpers';
import { renderApp } from './render';

beforeEach(resetAppStore);

/** The nav alone, at an address, with the routes `hasRoute` says exist. */
function renderNav(path: string, hasRoute: (path: string) => boolean = () => true) {
  return render(
    <I18nextProvider i18n={createAppI18n('en')}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="*" element={<SiteNav hasRoute={hasRoute} />} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('the app nav', () => {
  it('lists a place only once its route exists', () => {
    renderNav('/', (path) => path !== '/coverage');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Coverage' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Mock interview' })).toHaveAttribute('href', '/mock');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
  });

  it('marks the current place, including the pages that belong to it', () => {
    renderNav('/stats');
    expect(screen.getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('has a More disclosure that opens, closes on Escape with focus back on it, and names the current place under it', async () => {
    renderNav('/topics/oauth2');
    const user = userEvent.setup();
    const more = screen.getByRole('button', { name: 'More: Topics' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')).toContainElement(screen.getByRole('link', { name: 'Topics' }));
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
  });

  it('closes More on navigation', async () => {
    renderNav('/');
    const user = userEvent.setup();
    const more = screen.getByRole('button', { name: 'More' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('link', { name: 'Guides' }));
    expect(screen.getByRole('button', { name: 'More: Guides' })).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('focus', () => {
  it('stays put on the first page, then moves to each new page’s heading', async () => {
    renderApp('/');
    const user = userEvent.setup();
    const first = await screen.findByRole('heading', { level: 1, name: 'Your interview loop' });
    expect(first).not.toHaveFocus();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Principles' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Leadership Principles' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('goes to the add button after a follow-up is removed, not to the next remove button', async () => {
    renderApp('/stories/new');
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Add a follow-up question' });
    await user.click(add);
    await user.keyboard('First?');
    await user.click(add);
    await user.keyboard('Second?');
    await user.click(screen.getByRole('button', { name: 'Remove follow-up question 1' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a follow-up question' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Follow-up question 1' })).toHaveValue('Second?');
  });

  it('goes to Undo after restoring the original, and back to the restore button after undoing', async () => {
    renderApp('/questions/why-amazon');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Draft answer' }), ' More.');
    await user.click(screen.getByRole('button', { name: 'Restore the original' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Restore the original' })).toHaveFocus());
  });

  it('goes to the attached story after attaching one, and to the attach field after removing it', async () => {
    renderApp('/questions/why-amazon');
    const user = userEvent.setup();
    const stories = await screen.findByRole('region', { name: 'Stories that answer it' });
    await user.selectOptions(within(stories).getByLabelText('Attach a story'), '인도 출장 GST 프로젝트');
    await user.click(within(stories).getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(within(stories).getByRole('link', { name: '인도 출장 GST 프로젝트' })).toHaveFocus());
    await user.click(within(stories).getByRole('button', { name: 'Remove “인도 출장 GST 프로젝트” from this question' }));
    await waitFor(() => expect(within(stories).getByLabelText('Attach a story')).toHaveFocus());
  });
});

describe('Keyboard shortcuts setting', () => {
  it('is on by default and can be turned off', async () => {
    renderApp('/settings');
    const user = userEvent.setup();
    const checkbox = await screen.findByRole('checkbox', { name: 'Keyboard shortcuts' });
    expect(checkbox).toBeChecked();
    await user.click(checkbox);
    expect(useAppStore.getState().settings.shortcuts).toBe(false);
  });

  it('when off, hides the key hints and leaves the review alone when 3 is pressed', async () => {
    useAppStore.getState().setShortcuts(false);
    renderApp('/review?deck=principles');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    expect(screen.queryByText(/Keys: Space/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Good' })).not.toHaveAttribute('aria-keyshortcuts');
    await user.keyboard('3');
    expect(screen.getByRole('button', { name: 'Good' })).toBeInTheDocument();
    expect(useAppStore.getState().review.log).toEqual([]);
  });
});

describe('long topic pages', () => {
  it('have a table of contents linking to the notes’ sections, and Back to top', async () => {
    renderApp('/topics/oauth2');
    const toc = await screen.findByRole('navigation', { name: 'On this page' });
    const link = within(toc).getByRole('link', { name: 'PKCE (RFC 7636)' });
    // The notes appear a few screens at a time; the section is there right after.
    const id = link.getAttribute('href')?.slice(1) ?? '';
    await waitFor(() => expect(document.getElementById(id)).toHaveTextContent('PKCE (RFC 7636)'));
    expect(document.getElementById(id)?.tagName).toBe('H3');
    expect(screen.getByRole('link', { name: /Back to top/ })).toBeInTheDocument();
  });

  it('show the whole notes at once when the address names a section, and focus it', async () => {
    renderApp('/topics/oauth2#pkce-rfc-7636');
    await screen.findByRole('navigation', { name: 'On this page' });
    const target = document.getElementById('pkce-rfc-7636');
    expect(target).toHaveTextContent('PKCE (RFC 7636)');
    await waitFor(() => expect(target).toHaveFocus());
  });

  it('put wide tables in a focusable region named after their header row', async () => {
    renderApp('/topics/jwt');
    await screen.findByRole('navigation', { name: 'On this page' });
    const regions = screen.getAllByRole('region', { name: /^Table: / });
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) expect(region).toHaveAttribute('tabindex', '0');
  });
});
