import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { content } from '@/lib/content';
import { STORAGE_KEY, useAppStore } from '@/stores/app-store';
import { resetAppStore } from './app-helpers';
import { renderApp } from './render';

beforeEach(resetAppStore);

describe('question drafts', () => {
  it('edits the key points and the draft answer, with a live preview, and saves them', async () => {
    renderApp('/questions/long-term-over-short-term');
    const user = userEvent.setup();
    const keyPoints = await screen.findByRole('textbox', { name: 'Key points' });
    await user.type(keyPoints, '- 고객 *신뢰*');
    await user.type(screen.getByRole('textbox', { name: 'Draft answer' }), 'I chose');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect((await within(preview).findByText('신뢰')).tagName).toBe('EM');
    expect(useAppStore.getState().questionDrafts['long-term-over-short-term']).toMatchObject({ keyPoints: '- 고객 *신뢰*', draft: 'I chose' });
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toContain('I chose'));
  });

  it('attaches a story and removes one, and reverts to the notes with undo', async () => {
    renderApp('/questions/why-amazon');
    const user = userEvent.setup();
    const stories = await screen.findByRole('region', { name: 'Stories that answer it' });
    const before = within(stories).queryAllByRole('link').length;
    await user.selectOptions(within(stories).getByLabelText('Attach a story'), '인도 출장 GST 프로젝트');
    await user.click(within(stories).getByRole('button', { name: 'Attach' }));
    expect(within(stories).getByRole('link', { name: '인도 출장 GST 프로젝트' })).toHaveAttribute('href', '/stories/india-gst');
    expect(within(stories).getAllByRole('link')).toHaveLength(before + 1);
    expect(screen.getByText('Your answer differs from the original.')).toBeInTheDocument();

    await user.click(within(stories).getByRole('button', { name: 'Remove “인도 출장 GST 프로젝트” from this question' }));
    expect(within(stories).queryByRole('link', { name: '인도 출장 GST 프로젝트' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Draft answer' }), ' More.');
    await user.click(screen.getByRole('button', { name: 'Restore the original' }));
    expect(useAppStore.getState().questionDrafts['why-amazon']).toBeUndefined();
    expect(screen.getByRole('textbox', { name: 'Draft answer' })).not.toHaveValue(expect.stringContaining('More.'));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((screen.getByRole('textbox', { name: 'Draft answer' }) as HTMLTextAreaElement).value).toMatch(/More\.$/);
  });

  it('shows an attached story on the story page as a question it answers', async () => {
    useAppStore.getState().saveQuestionDraft('why-this-team', { keyPoints: '', draft: '', stories: ['framework-config-order'] });
    renderApp('/stories/framework-config-order');
    const questions = await screen.findByRole('region', { name: 'Questions it answers' });
    expect(within(questions).getByRole('link', { name: /team/i })).toHaveAttribute('href', '/questions/why-this-team');
  });

  it('marks a question answered once the user drafts an answer', async () => {
    // Whatever the notes hold, an emptied draft makes the question unanswered and a written one answers it.
    const id = content.questions[0]?.id ?? '';
    useAppStore.getState().saveQuestionDraft(id, { keyPoints: '', draft: '', stories: [] });
    const first = renderApp('/questions');
    await screen.findByRole('heading', { level: 1, name: 'Expected questions' });
    const unanswered = screen.getAllByText('Not answered yet').length;
    first.unmount();
    useAppStore.getState().saveQuestionDraft(id, { keyPoints: '', draft: 'Because', stories: [] });
    renderApp('/questions');
    await screen.findByRole('heading', { level: 1, name: 'Expected questions' });
    expect(screen.queryAllByText('Not answered yet')).toHaveLength(unanswered - 1);
  });
});
