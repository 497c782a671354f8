import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { content } from '@/lib/content';
import { renderApp } from './render';

describe('browse views', () => {
  it('lists the 16 principles, each linking to its page', async () => {
    renderApp('/principles');
    expect(await screen.findByRole('heading', { level: 1, name: 'Leadership Principles' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('heading', { level: 2 })).toHaveLength(16);
    expect(screen.getByRole('link', { name: /Customer Obsession/ })).toHaveAttribute('href', '/principles/customer-obsession');
  });

  it('shows a principle with both statements and its stories', async () => {
    renderApp('/principles/customer-obsession');
    expect(await screen.findByRole('heading', { level: 1, name: 'Customer Obsession' })).toBeInTheDocument();
    expect(screen.getByText(/Leaders start with the customer and work backwards/)).toBeInTheDocument();
    const stories = screen.getByRole('region', { name: 'Stories for this principle' });
    expect(within(stories).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('speaks Korean when asked', async () => {
    renderApp('/principles/customer-obsession', 'ko');
    expect(await screen.findByRole('heading', { level: 1, name: '고객 집착' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '이 원칙의 스토리' })).toBeInTheDocument();
  });

  it('shows empty STAR sections as prompts to write, not as errors', async () => {
    renderApp('/stories/mydata-rescue');
    const action = await screen.findByRole('region', { name: 'Action' });
    expect(within(action).getByText('Not written yet: a prompt to write.')).toBeInTheDocument();
  });

  it('shows a not-found view for an unknown story', async () => {
    renderApp('/stories/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('navigates from the dashboard to the principles', async () => {
    renderApp('/');
    const user = userEvent.setup();
    const main = await screen.findByRole('main');
    await user.click(await within(main).findByRole('link', { name: 'Principles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leadership Principles' })).toBeInTheDocument();
  });
});

describe('questions, topics and guides', () => {
  it('shows a question with its key points and the stories that answer it', async () => {
    renderApp('/questions/why-amazon');
    expect(await screen.findByRole('heading', { level: 1, name: /Amazon/ })).toBeInTheDocument();
    expect(screen.getByText('왜 아마존에 입사하고 싶은가요?')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Key points' })).getByText(/AWS 서비스 품질과 완성도/)).toBeInTheDocument();
  });

  it('marks every question the notes leave unanswered as a prompt to fill', async () => {
    renderApp('/questions');
    await screen.findByRole('heading', { level: 1, name: 'Expected questions' });
    expect(screen.queryAllByText('Not answered yet')).toHaveLength(content.questions.filter((q) => !q.answered).length);
  });

  it('lists topics with their card counts', async () => {
    renderApp('/topics');
    expect(await screen.findByRole('link', { name: 'Docker' })).toHaveAttribute('href', '/topics/docker');
  });

  it('shows the interview process guide in Korean', async () => {
    renderApp('/guides/interview-process', 'ko');
    expect(await screen.findByRole('heading', { level: 1, name: '채용 과정' })).toBeInTheDocument();
    expect(screen.getByText(/1차 면접: Docker, PKI/)).toBeInTheDocument();
  });
});

describe('language', () => {
  it('switches the whole UI from any page and remembers the choice', async () => {
    const { useAppStore } = await import('@/stores/app-store');
    renderApp('/stories', 'en');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Story bank' });
    await user.click(screen.getByRole('button', { name: '한국어로 보기' }));
    expect(useAppStore.getState().settings.language).toBe('ko');
    // Writes are debounced (a few hundred ms), like every change to the store.
    await waitFor(() => expect(JSON.parse(localStorage.getItem('loop-prep') ?? '{}')).toMatchObject({ state: { settings: { language: 'ko' } } }));
  });
});
