import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContentIndex, QuestionEntry } from '@/domain/content';
import { renderApp } from './render';

/** A question the notes keep by number but leave blank. */
const { blank } = vi.hoisted(() => ({
  blank: { id: 'question-5', order: 5, prompt: { ko: '' }, principles: [], stories: [], keyPoints: '', draft: '', sources: [] },
}));

vi.mock('virtual:loop-prep/content/questions', () => ({ entries: [blank satisfies QuestionEntry] }));
vi.mock('virtual:loop-prep/trees/questions', () => ({ trees: {} }));
vi.mock('virtual:loop-prep/content-index', async (importOriginal) => {
  const original = await importOriginal<{ contentIndex: ContentIndex }>();
  const { keyPoints: _k, draft: _d, ...summary } = blank;
  return { contentIndex: { ...original.contentIndex, questions: [{ ...summary, answered: false }] } };
});

describe('a question left blank in the notes', { timeout: 40_000 }, () => {
  it('is listed as a prompt to write the question, not as an empty link', async () => {
    renderApp('/questions');
    const link = await screen.findByRole('link', { name: '(Empty question) Write the question' });
    expect(link).toHaveAttribute('href', '/questions/question-5');
    expect(screen.getByText('Not answered yet')).toBeInTheDocument();
  });

  it('opens with the prompt to write as its heading, in both languages', async () => {
    const { unmount } = renderApp('/questions/question-5');
    expect(await screen.findByRole('heading', { level: 1, name: '(Empty question) Write the question' })).toBeInTheDocument();
    unmount();
    renderApp('/questions/question-5', 'ko');
    expect(await screen.findByRole('heading', { level: 1, name: '(빈 질문) 질문을 적어 보세요' })).toBeInTheDocument();
  });

  it('asks on its flashcard for the question to be written', async () => {
    renderApp('/review?deck=questions&mode=cram');
    const front = await screen.findByRole('region', { name: 'Question' });
    expect(within(front).getByText('(Empty question) Write the question')).toBeInTheDocument();
  });
});
