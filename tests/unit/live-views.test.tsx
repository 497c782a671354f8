import './fixtures/mock-content';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { topicCardId } from '@/domain/ids';
import { useAppStore } from '@/stores/app-store';
import { resetAppStore } from './app-helpers';
import { renderApp } from './render';

beforeEach(resetAppStore);

/** Writes a story for Think Big in the form, as a person would: from the principle's link. */
async function writeThinkBigStory(): Promise<void> {
  const view = renderApp('/stories/new?principle=think-big');
  const user = userEvent.setup();
  expect(await screen.findByRole('checkbox', { name: 'Think Big' })).toBeChecked();
  await user.type(screen.getByLabelText('Title'), 'A bold bet');
  await user.type(screen.getByLabelText('Situation'), 'Sales were flat.');
  await user.type(screen.getByLabelText('Action'), 'I proposed a new market.');
  await waitFor(() => expect(Object.keys(useAppStore.getState().stories)).toHaveLength(1));
  view.unmount();
}

describe('one live model: a story written in the app counts everywhere', () => {
  it('shows on /principles, the principle page, the dashboard, /coverage and the principle’s card', async () => {
    await writeThinkBigStory();
    const user = userEvent.setup();

    let view = renderApp('/principles');
    const thinkBig = (await screen.findByRole('link', { name: /Think Big/ })).closest('li') as HTMLElement;
    expect(within(thinkBig).getByText('1 story · 1 question')).toBeInTheDocument();
    view.unmount();

    view = renderApp('/principles/think-big');
    const stories = await screen.findByRole('region', { name: 'Stories for this principle' });
    expect(within(stories).getByRole('link', { name: 'A bold bet' })).toBeInTheDocument();
    view.unmount();

    view = renderApp('/');
    const coverage = await screen.findByRole('region', { name: 'Leadership Principle coverage' });
    // Fixture content: Ownership 1 story, Dive Deep 2, Bias for Action none; now Think Big 1.
    expect(within(coverage).getByText('3 of 4 principles have a story; 1 have two or more.')).toBeInTheDocument();
    expect(within(coverage).getByText('1 principle has no story yet')).toBeInTheDocument();
    expect(within(coverage).getByText('2 principles have one story only')).toBeInTheDocument();
    expect(within(coverage).getByRole('link', { name: 'Open the coverage table' })).toHaveAttribute('href', '/coverage');
    view.unmount();

    view = renderApp('/coverage');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /Think Big/ });
    expect(within(row).getByRole('rowheader', { name: 'Think Big' })).toBeInTheDocument();
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('1Fewer than two');
    expect(within(row).getByRole('link', { name: 'A bold bet: shows it' })).toHaveAttribute('href', expect.stringMatching(/^\/stories\//));
    view.unmount();

    renderApp('/review?deck=lp:think-big&mode=cram');
    await screen.findByRole('heading', { level: 1, name: 'Cram: Think Big' });
    // Cram goes in deck order: recall both ways, then the question prompt, then the LP prompt.
    for (let i = 0; i < 3; i += 1) await user.keyboard(' 3');
    expect(within(screen.getByRole('region', { name: 'Question' })).getByText('Tell me about a time you showed Think Big.')).toBeInTheDocument();
    await user.keyboard(' ');
    const answer = screen.getByRole('region', { name: 'Answer' });
    const mine = within(answer).getByRole('heading', { name: 'Your stories for this principle' });
    expect(mine).toBeInTheDocument();
    expect(within(answer).getByRole('heading', { level: 4, name: 'A bold bet' })).toBeInTheDocument();
    expect(within(answer).getByText('Sales were flat.')).toBeInTheDocument();
    expect(within(answer).getByText('I proposed a new market.')).toBeInTheDocument();
  });
});

describe('behavioural cards show the current text', () => {
  it("shows a question's edited key points on its card", async () => {
    let view = renderApp('/questions/why-amazon');
    const user = userEvent.setup();
    const keyPoints = await screen.findByRole('textbox', { name: 'Key points' });
    await user.clear(keyPoints);
    await user.type(keyPoints, '- long-term thinking');
    view.unmount();

    view = renderApp('/review?deck=questions');
    expect(await within(await screen.findByRole('region', { name: 'Question' })).findByText('Why Amazon?')).toBeInTheDocument();
    await user.keyboard(' ');
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(within(answer).getByText('long-term thinking')).toBeInTheDocument();
    expect(within(answer).queryByText('customers first')).not.toBeInTheDocument();
    // The linked story answers it; the principles' other story stands apart, under its own heading.
    expect(within(answer).getByRole('heading', { name: 'Your stories for this question' })).toBeInTheDocument();
    expect(within(answer).getByRole('heading', { level: 4, name: 'GST launch' })).toBeInTheDocument();
    expect(within(answer).getByText('What would you do differently?')).toBeInTheDocument();
    const other = within(answer).getByRole('heading', { name: 'Other stories for these principles' }).parentElement as HTMLElement;
    expect(within(other).getByRole('heading', { level: 4, name: 'Error alerting' })).toBeInTheDocument();
    view.unmount();
  });
});

describe('cards of your own', () => {
  it('adds a card on a topic page, lists it with the topic’s cards, and reviews it', async () => {
    let view = renderApp('/topics/docker');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add card' }));
    expect(screen.getByRole('combobox', { name: 'Deck' })).toHaveValue('topic:docker');
    await user.type(screen.getByRole('textbox', { name: 'Question' }), 'What is an image layer?');
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'A read-only filesystem diff.');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Card added to “Docker”.');
    const cards = screen.getByRole('region', { name: 'Cards' });
    expect(within(cards).getByText('What is an image layer?')).toBeInTheDocument();
    expect(within(cards).getByText('Your card')).toBeInTheDocument();
    view.unmount();

    view = renderApp('/topics');
    expect(await screen.findByText('3 cards')).toBeInTheDocument();
    view.unmount();

    renderApp('/review?deck=topic:docker&mode=cram');
    await screen.findByText('0 of 3 cards done');
    await user.keyboard(' 3 3');
    expect(within(screen.getByRole('region', { name: 'Question' })).getByText('What is an image layer?')).toBeInTheDocument();
    expect(screen.getByText('Your card · Docker')).toBeInTheDocument();
  });

  it('makes a deck of one’s own from the deck list, edits a card with e, and comes back to the same point', async () => {
    let view = renderApp('/review');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add card' }));
    expect(screen.getByRole('combobox', { name: 'Deck' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'Name of your deck' }), '면접 직전');
    await user.type(screen.getByRole('textbox', { name: 'Question' }), 'STAR?');
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'Situation, Task, Action, Result.');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    const own = await screen.findByRole('table', { name: 'Your own decks' });
    expect(within(own).getByRole('link', { name: '면접 직전' })).toHaveAttribute('href', '/review?deck=own:%EB%A9%B4%EC%A0%91%20%EC%A7%81%EC%A0%84');
    view.unmount();

    view = renderApp('/review?deck=own:면접 직전');
    await screen.findByRole('heading', { level: 1, name: 'Review: 면접 직전' });
    expect(screen.getByText('0 of 1 card done')).toBeInTheDocument();
    await user.keyboard(' ');
    await user.keyboard('e');
    const editor = screen.getByRole('form', { name: 'Edit card' });
    const question = within(editor).getByRole('textbox', { name: 'Question' });
    expect(question).toHaveFocus();
    // Session keys rest while typing: "3" and "z" go into the field.
    await user.clear(question);
    await user.type(question, 'What does STAR stand for? 3z');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('form', { name: 'Edit card' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Question' })).getByText('What does STAR stand for? 3z')).toBeInTheDocument();
    // Same card, same side, same counts.
    expect(screen.getByRole('region', { name: 'Answer' })).toBeInTheDocument();
    expect(screen.getByText('0 of 1 card done')).toBeInTheDocument();
    expect(useAppStore.getState().review.log).toEqual([]);
    view.unmount();
  });

  it('edits a content card with e, keeps its id, and cancelling changes nothing', async () => {
    renderApp('/review?deck=topic:docker&mode=cram');
    const user = userEvent.setup();
    await screen.findByText('0 of 2 cards done');
    await user.click(screen.getByRole('button', { name: /Edit card/ }));
    const editor = screen.getByRole('form', { name: 'Edit card' });
    await user.type(within(editor).getByRole('textbox', { name: 'Answer' }), ' More.');
    await user.click(within(editor).getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().cards).toEqual({});
    await user.keyboard('e');
    await user.type(within(screen.getByRole('form', { name: 'Edit card' })).getByRole('textbox', { name: 'Answer' }), ' Limits too.');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const id = topicCardId('docker', 'What isolates a container?');
    expect(useAppStore.getState().cards[id]).toMatchObject({ deck: null, question: 'What isolates a container?' });
    expect(useAppStore.getState().cards[id]?.answer).toContain('Limits too.');
    expect(screen.getByText('0 of 2 cards done')).toBeInTheDocument();
    expect(screen.getByText('Edited in the app')).toBeInTheDocument();
  });

  it('says why a recall card cannot be edited', async () => {
    renderApp('/review?deck=principles');
    const user = userEvent.setup();
    await screen.findByText(/^0 of \d+ cards done$/);
    await user.keyboard('e');
    expect(screen.getByText(/A recall card shows the official wording/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: /Show answer/ })).toBeInTheDocument();
  });

  it('edits and deletes an own card on the topic page, with undo, and restores a content card’s original', async () => {
    const own = 'own:1-abcdef';
    useAppStore.getState().saveCard(own, { question: 'Mine?', answer: 'Yes.', deck: 'topic:docker' });
    renderApp('/topics/docker');
    const user = userEvent.setup();
    const cards = await screen.findByRole('region', { name: 'Cards' });
    const items = within(cards).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    await user.click(within(items[2] as HTMLElement).getByRole('button', { name: 'Delete' }));
    expect(within(cards).queryByText('Mine?')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(cards).getByText('Mine?')).toBeInTheDocument();

    await user.click(within(within(cards).getAllByRole('listitem')[0] as HTMLElement).getByRole('button', { name: 'Edit' }));
    const editor = within(cards).getByRole('form', { name: 'Edit card' });
    await user.clear(within(editor).getByRole('textbox', { name: 'Answer' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Answer' }), 'Namespaces.');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(within(cards).getByText('This card differs from the original.')).toBeInTheDocument();
    await user.click(within(cards).getByRole('button', { name: 'Restore the original' }));
    expect(useAppStore.getState().cards[topicCardId('docker', 'What isolates a container?')]).toBeUndefined();
    await user.click(within(cards).getByRole('button', { name: 'Undo' }));
    expect(useAppStore.getState().cards[topicCardId('docker', 'What isolates a container?')]?.answer).toBe('Namespaces.');
  });
});

describe('questions of your own', () => {
  it('adds a question with its principles and stories, lists it as yours, and drafts it on its page', async () => {
    const view = renderApp('/questions');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New question' }));
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write the question in Korean or English.');
    await user.type(screen.getByRole('textbox', { name: 'Question in English' }), 'Why this team?');
    await user.click(screen.getByRole('checkbox', { name: 'Ownership' }));
    await user.click(screen.getByRole('checkbox', { name: 'GST launch' }));
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Why this team?' })).toBeInTheDocument();
    const stories = screen.getByRole('region', { name: 'Stories that answer it' });
    expect(within(stories).getByRole('link', { name: 'GST launch' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Draft answer' }), 'We shipped it.');
    expect(within(screen.getByRole('region', { name: 'Hints' })).getByText(/outweighs “I”/)).toBeInTheDocument();
    view.unmount();

    renderApp('/questions');
    const item = (await screen.findByRole('link', { name: 'Why this team?' })).closest('li') as HTMLElement;
    expect(within(item).getByText('Your question')).toBeInTheDocument();
    const id = Object.keys(useAppStore.getState().ownQuestions)[0] ?? '';
    expect(id).toMatch(/^q-[0-9a-z]+$/);
    expect(useAppStore.getState().ownQuestions[id]).toMatchObject({ prompt: { en: 'Why this team?' }, principles: ['ownership'] });
  });

  it('deletes an own question with undo', async () => {
    useAppStore.getState().saveOwnQuestion('q-1', { prompt: { ko: '왜 이 팀인가요?' }, principles: [] });
    renderApp('/questions/q-1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete question' }));
    expect(await screen.findByText('The question “왜 이 팀인가요?” was deleted.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '왜 이 팀인가요?' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('link', { name: '왜 이 팀인가요?' })).toBeInTheDocument();
  });
});

describe('a principle page', () => {
  it('edits My notes as you type, restores the original with undo, and links to write and drill', async () => {
    renderApp('/principles/think-big');
    const user = userEvent.setup();
    const notes = await screen.findByRole('textbox', { name: 'My notes' });
    expect(notes).toHaveValue('Think Big notes.');
    await user.type(notes, ' Bold.');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(useAppStore.getState().principleNotes['think-big']?.notes).toBe('Think Big notes. Bold.');
    await user.click(screen.getByRole('button', { name: 'Restore the original' }));
    expect(notes).toHaveValue('Think Big notes.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(notes).toHaveValue('Think Big notes. Bold.');
    expect(screen.getAllByRole('link', { name: 'Write a story for this principle' })[0]).toHaveAttribute('href', '/stories/new?principle=think-big');
    expect(screen.getByRole('link', { name: 'Drill this principle' })).toHaveAttribute('href', '/review?deck=lp:think-big');
  });
});

describe('coverage', () => {
  it('puts principles with no story first and marks them, flags thin ones and a story over three principles', async () => {
    useAppStore.getState().saveStory('everything', {
      title: 'Everything at once',
      principles: ['ownership', 'dive-deep', 'think-big', 'bias-for-action'],
      followUps: [],
      star: { situation: '', task: '', action: '', result: '' },
      learnings: '',
      notes: '',
      sources: [],
    });
    useAppStore.getState().saveStory('gst', {
      title: 'GST launch',
      principles: ['dive-deep'],
      followUps: [],
      star: { situation: 'S', task: 'T', action: 'A', result: 'R 1' },
      learnings: '',
      notes: '',
      sources: [],
    });
    renderApp('/coverage');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Ownership', 'Think Big', 'Bias for Action', 'Dive Deep']);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Principle', 'Stories', 'Error alerting', 'GST launch', 'Everything at onceOver 3 principles', 'Next step']);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Write a story for this principle' })).toHaveAttribute(
      'href',
      '/stories/new?principle=ownership',
    );
    expect(within(rows[3] as HTMLElement).queryByRole('link', { name: 'Write a story for this principle' })).not.toBeInTheDocument();
    expect(within(rows[3] as HTMLElement).getByRole('link', { name: 'Drill this principle' })).toHaveAttribute('href', '/review?deck=lp:dive-deep');
    expect(within(table).getByRole('link', { name: 'Everything at once' })).toHaveAttribute('href', '/stories/everything');
    expect(screen.getByRole('region', { name: 'Coverage table' })).toHaveAttribute('tabindex', '0');
  });

  it('marks a principle with no story, first, in Korean too', async () => {
    renderApp('/coverage', 'ko');
    const table = await screen.findByRole('table');
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getByRole('rowheader')).toHaveTextContent('크게 생각하기');
    expect(within(first).getByText('스토리 없음')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: '이 원칙의 스토리 쓰기' })).toBeInTheDocument();
  });
});

describe('the STAR form', () => {
  it('places the principle checkboxes before the long text areas', async () => {
    renderApp('/stories/new');
    const checkbox = await screen.findByRole('checkbox', { name: 'Ownership' });
    for (const label of ['Situation', 'Task', 'Action', 'Result']) {
      expect(checkbox.compareDocumentPosition(screen.getByLabelText(label)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('keeps the heading, the field and its position on the first keystroke: no Edit heading, no Delete above it', async () => {
    renderApp('/stories/new');
    const user = userEvent.setup();
    const situation = await screen.findByLabelText('Situation');
    const before = [...document.querySelectorAll('main *')].indexOf(situation);
    await user.type(situation, 'O');
    expect(screen.getByRole('heading', { level: 1, name: 'New story' })).toBeInTheDocument();
    expect(situation).toHaveFocus();
    expect([...document.querySelectorAll('main *')].indexOf(situation)).toBe(before);
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    await user.type(situation, 'ur team was stuck.');
    const del = screen.getByRole('button', { name: 'Delete' });
    expect(situation.compareDocumentPosition(del) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('does not keep a new story with only a stray character when it is left', async () => {
    const view = renderApp('/stories/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Task'), 'x');
    await waitFor(() => expect(Object.keys(useAppStore.getState().stories)).toHaveLength(1));
    view.unmount();
    expect(useAppStore.getState().stories).toEqual({});
  });

  it('keeps a real story when it is left', async () => {
    const view = renderApp('/stories/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Task'), 'Fix it');
    view.unmount();
    expect(Object.values(useAppStore.getState().stories).map((s) => s.story.star.task)).toEqual(['Fix it']);
  });

  it('gives hints in a region labelled Hints, never blocking the save', async () => {
    renderApp('/stories/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Result'), 'Customers were happier.');
    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(within(hints).getByText(/The Result has no number/)).toBeInTheDocument();
    expect(within(hints).getByText('The Situation section is empty.')).toBeInTheDocument();
    expect(within(hints).getByText('About 10 s spoken')).toBeInTheDocument();
    await waitFor(() => expect(Object.values(useAppStore.getState().stories)[0]?.story.star.result).toBe('Customers were happier.'));
  });

  it('gives the hints in Korean', async () => {
    renderApp('/stories/new', 'ko');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('결과 (Result)'), '고객이 만족했습니다.');
    const hints = screen.getByRole('region', { name: '힌트' });
    expect(within(hints).getByText(/결과에 숫자가 없습니다/)).toBeInTheDocument();
    expect(within(hints).getByText('말하면 약 10초')).toBeInTheDocument();
  });
});
