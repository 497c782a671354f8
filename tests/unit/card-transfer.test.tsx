import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAnki, parseQuizlet } from '@/domain/card-interop';
import { currentLiveModel } from '@/lib/use-live-model';
import { renderApp } from './render';

vi.setConfig({ testTimeout: 60_000 });
const LOAD = { timeout: 20_000 };

/** What the browser would save: the text of the blob handed to the download link. */
let saved: { text: Promise<string>; name: string } | null = null;

beforeEach(() => {
  saved = null;
  let blob: Blob | null = null;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => ((blob = b), 'blob:test'), revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) saved = { text: blob.text(), name: this.download };
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('export a deck', () => {
  it('writes a topic deck as Anki notes that read back to its cards', async () => {
    renderApp('/review');
    const user = userEvent.setup();
    const form = (await screen.findByRole('combobox', { name: 'Deck to export' }, LOAD)).closest('form') as HTMLFormElement;
    const oauth = currentLiveModel().decks.get('topic:oauth2')?.length ?? 0;
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Deck to export' }), `OAuth 2.0 (${oauth})`);
    await user.click(within(form).getByRole('radio', { name: /^Anki/ }));
    await user.click(within(form).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).not.toBeNull(), LOAD);
    expect(saved?.name).toBe('OAuth 2.0 (Anki).txt');
    const parsed = parseAnki((await saved?.text) ?? '');
    expect(parsed.problems).toEqual([]);
    expect(parsed.deck).toBe('Loop Prep::OAuth 2.0');
    expect(parsed.cards).toHaveLength(oauth);
    expect(parsed.cards[0]?.card.tags).toContain('oauth2');
    expect(await within(form).findByRole('status')).toHaveTextContent(`${oauth} cards written to "OAuth 2.0 (Anki).txt".`);
  });

  it('writes a deck as Quizlet text, one card per line', async () => {
    renderApp('/review');
    const user = userEvent.setup();
    const select = await screen.findByRole('combobox', { name: 'Deck to export' }, LOAD);
    await user.selectOptions(select, 'Leadership Principle recall (32)');
    await user.click(screen.getByRole('radio', { name: /^Quizlet/ }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).not.toBeNull(), LOAD);
    const text = (await saved?.text) ?? '';
    expect(text.trim().split('\n')).toHaveLength(32);
    expect(parseQuizlet(text).cards[0]?.card.question).toBe('Customer Obsession');
  });
});
