import './fixtures/mock-review-content';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAnki, parseQuizlet } from '@/domain/card-interop';
import { currentLiveCardModel } from '@/lib/use-live-cards';
import { topicCardId } from '@/domain/ids';
import { useAppStore } from '@/stores/app-store';
import { resetAppStore } from './app-helpers';
import { renderApp } from './render';

vi.setConfig({ testTimeout: 60_000 });
const LOAD = { timeout: 20_000 };

/** What the browser would save: the text of the blob handed to the download link. */
let saved: { text: Promise<string>; name: string } | null = null;

beforeEach(() => {
  resetAppStore();
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
    const oauth = currentLiveCardModel().decks.get('topic:oauth2')?.length ?? 0;
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Deck to export' }), `OAuth 2.0 (${oauth})`);
    await user.click(within(form).getByRole('radio', { name: /^Anki/ }));
    await user.click(within(form).getByRole('button', { name: 'Download the file' }));
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
    await user.selectOptions(select, 'Leadership Principle recall (8)');
    await user.click(screen.getByRole('radio', { name: /^Quizlet/ }));
    await user.click(screen.getByRole('button', { name: 'Download the file' }));
    await waitFor(() => expect(saved).not.toBeNull(), LOAD);
    const text = (await saved?.text) ?? '';
    expect(text.trim().split('\n')).toHaveLength(8);
    expect(parseQuizlet(text).cards[0]?.card.question).toBe('Ownership');
  });
});

/** Pastes text into the import box and reads it: the preview, nothing stored yet. */
async function readPasted(user: ReturnType<typeof userEvent.setup>, text: string): Promise<HTMLElement> {
  const box = await screen.findByRole('textbox', { name: 'Or paste the cards as text' }, LOAD);
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Read the cards' }));
  return screen.getByRole('form', { name: 'Before anything is added' });
}

const ANKI = [
  '#separator:tab',
  '#html:true',
  '#deck:AWS::Auth',
  '#tags column:3',
  'What does OAuth 2.0 delegate?\tAuthorization<br>without the password.\toauth',
  'A line without an answer',
  'What does a JWT carry?\t<b>Claims</b>, signed.\tjwt',
  '',
].join('\n');

describe('import cards from Anki or Quizlet', () => {
  it('previews an Anki file with its refused lines, writes nothing until confirmed, then adds an own deck that counts everywhere, with undo', async () => {
    renderApp('/review');
    const user = userEvent.setup();
    const preview = await readPasted(user, ANKI);
    expect(within(preview).getByRole('status')).toHaveTextContent('Anki notes: 2 cards can be added. 1 line is refused (below).');
    expect(within(preview).getByText('Line 6: no tab or comma between the question and the answer.')).toBeInTheDocument();
    const table = within(preview).getByRole('table', { name: 'The 2 cards found' });
    expect(within(table).getByRole('row', { name: /What does a JWT carry\?/ })).toHaveTextContent('**Claims**, signed.');
    expect(useAppStore.getState().cards).toEqual({});
    expect(within(preview).getByRole('textbox', { name: 'Add them to my deck' })).toHaveValue('AWS - Auth');

    await user.click(within(preview).getByRole('button', { name: 'Add 2 cards' }));
    expect(screen.getByText('Added 2 cards to your deck "AWS - Auth".')).toBeInTheDocument();
    const stored = Object.entries(useAppStore.getState().cards);
    expect(stored.map(([, c]) => [c.question, c.deck])).toEqual([
      ['What does OAuth 2.0 delegate?', 'own:AWS - Auth'],
      ['What does a JWT carry?', 'own:AWS - Auth'],
    ]);
    // The deck list reads the live model: the new deck has its row, and All decks counts its cards.
    const own = await screen.findByRole('table', { name: 'Your own decks' });
    const row = within(own).getByRole('row', { name: /AWS - Auth/ });
    expect(within(row).getByRole('link', { name: 'AWS - Auth' })).toHaveAttribute('href', '/review?deck=own:AWS%20-%20Auth');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '2', '2']);
    const all = within(screen.getByRole('table', { name: 'Decks' })).getByRole('row', { name: /All decks/ });
    expect(within(all).getAllByRole('cell')[2]).toHaveTextContent('46');

    await user.click(screen.getByRole('button', { name: 'Undo the import' }));
    expect(screen.getByText('Import undone: 2 cards removed.')).toBeInTheDocument();
    expect(useAppStore.getState().cards).toEqual({});
    expect(screen.queryByRole('table', { name: 'Your own decks' })).not.toBeInTheDocument();
  });

  it('reviews the imported Quizlet cards in their own deck; the same file again adds nothing', async () => {
    const view = renderApp('/review');
    const user = userEvent.setup();
    const quizlet = 'Pod,The smallest deployable unit, one or more containers\nService,A stable address for a set of Pods\n';
    let preview = await readPasted(user, quizlet);
    expect(within(preview).getByRole('status')).toHaveTextContent('Quizlet text: 2 cards can be added.');
    const name = within(preview).getByRole('textbox', { name: 'Add them to my deck' });
    await user.clear(name);
    await user.type(name, '쿠버네티스');
    await user.click(within(preview).getByRole('button', { name: 'Add 2 cards' }));
    preview = await readPasted(user, quizlet);
    const again = within(preview).getByRole('textbox', { name: 'Add them to my deck' });
    await user.clear(again);
    await user.type(again, '쿠버네티스');
    expect(
      within(preview).getByText('You already have a deck "쿠버네티스": the cards are added to it (cards it already holds are skipped).'),
    ).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Add 2 cards' }));
    expect(screen.getByText('Added 0 cards to your deck "쿠버네티스". 2 cards were already there and were not added again.')).toBeInTheDocument();
    expect(Object.keys(useAppStore.getState().cards)).toHaveLength(2);
    view.unmount();

    renderApp('/review?deck=own:쿠버네티스');
    expect(await screen.findByRole('heading', { level: 1, name: 'Review: 쿠버네티스' }, LOAD)).toBeInTheDocument();
    const counts = screen.getByRole('group', { name: 'Cards left' });
    expect(within(counts).getByLabelText('New')).toHaveTextContent('2');
    expect(within(screen.getByRole('region', { name: 'Question' })).getByText('Pod')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(within(screen.getByRole('region', { name: 'Answer' })).getByText('The smallest deployable unit, one or more containers')).toBeInTheDocument();
  });

  it('refuses a malformed Quizlet file line by line and adds nothing', async () => {
    renderApp('/review');
    const user = userEvent.setup();
    const preview = await readPasted(user, 'just a term\n,an answer without a term\n');
    expect(within(preview).getByRole('status')).toHaveTextContent('Quizlet text: 0 cards can be added. 2 lines are refused (below).');
    expect(within(preview).getByText('Line 1: no tab or comma between the question and the answer.')).toBeInTheDocument();
    expect(within(preview).getByText('Line 2: the question is empty.')).toBeInTheDocument();
    expect(within(preview).getByRole('button', { name: 'Add 0 cards' })).toBeDisabled();
    expect(useAppStore.getState().cards).toEqual({});
  });
});

describe('export reads the live cards', () => {
  it('writes an own deck, and a topic deck with the user’s edit of a card', async () => {
    const edited = topicCardId('oauth2', 'OAuth 2.0 question 1?');
    useAppStore.setState({
      cards: {
        'own:mfk2x0a-k3j9q1': { question: 'My own question', answer: 'My own answer', deck: 'own:Mine', updatedAt: 1, deleted: false },
        [edited]: { question: 'OAuth 2.0 question 1?', answer: 'My better answer.', deck: null, updatedAt: 1, deleted: false },
      },
    });
    renderApp('/review');
    const user = userEvent.setup();
    const select = await screen.findByRole('combobox', { name: 'Deck to export' }, LOAD);
    await user.selectOptions(select, 'Mine (1)');
    await user.click(screen.getByRole('radio', { name: /^Quizlet/ }));
    await user.click(screen.getByRole('button', { name: 'Download the file' }));
    await waitFor(() => expect(saved).not.toBeNull(), LOAD);
    expect(await saved?.text).toBe('My own question\tMy own answer\n');

    saved = null;
    await user.selectOptions(select, 'OAuth 2.0 (12)');
    await user.click(screen.getByRole('button', { name: 'Download the file' }));
    await waitFor(() => expect(saved).not.toBeNull(), LOAD);
    const second = saved as { text: Promise<string> } | null;
    expect((await second?.text)?.split('\n')[0]).toBe('OAuth 2.0 question 1?\tMy better answer.');
  });
});
