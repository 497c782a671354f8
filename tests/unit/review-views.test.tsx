import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, DEFAULT_REVIEW_SETTINGS, EMPTY_REVIEW_DATA, STATE_REVIEW, type StoredCard } from '@/domain/review';
import { DEFAULT_SETTINGS } from '@/domain/settings';
import { currentLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';
import { renderApp } from './render';

beforeEach(() => {
  useAppStore.setState({ settings: DEFAULT_SETTINGS, review: EMPTY_REVIEW_DATA, reviewUndo: [] });
});

const front = (): HTMLElement => screen.getByRole('region', { name: 'Question' });

describe('deck picker', () => {
  it('lists the decks with due and new counts, each linking to its session and its cram', async () => {
    renderApp('/review');
    expect(await screen.findByRole('heading', { level: 1, name: 'Review' })).toBeInTheDocument();
    const decks = screen.getByRole('table', { name: /Decks with the cards due today/ });
    const row = within(decks).getByRole('row', { name: /Leadership Principle recall/ });
    expect(within(row).getByRole('link', { name: 'Leadership Principle recall' })).toHaveAttribute('href', '/review?deck=principles');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '20', '32', 'Cram: Leadership Principle recall']);
    expect(within(row).getByRole('link', { name: 'Cram: Leadership Principle recall' })).toHaveAttribute('href', '/review?deck=principles&mode=cram');
    expect(screen.getByRole('link', { name: 'Dive Deep' })).toHaveAttribute('href', '/review?deck=lp:dive-deep');
    expect(screen.getByRole('link', { name: 'Review statistics' })).toHaveAttribute('href', '/stats');
  });

  it('says so when a deck does not exist', async () => {
    renderApp('/review?deck=lp:no-such-principle');
    expect(await screen.findByText('There is no such deck.')).toBeInTheDocument();
  });
});

describe('review session', () => {
  it('runs by keys: Space shows the answer, 1-4 grade with their intervals, z undoes', async () => {
    renderApp('/review?deck=principles');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Review: Leadership Principle recall' })).toBeInTheDocument();
    expect(screen.getByText('Card 1 of 20')).toBeInTheDocument();
    expect(within(front()).getByText('Customer Obsession')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Answer' })).not.toBeInTheDocument();

    await user.keyboard(' ');
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(within(answer).getByText(/Leaders start with the customer and work backwards/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show answer' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Again' })).toHaveAccessibleDescription('1m');
    expect(screen.getByRole('button', { name: 'Hard' })).toHaveAccessibleDescription('6m');
    expect(screen.getByRole('button', { name: 'Good' })).toHaveAccessibleDescription('10m');
    expect(screen.getByRole('button', { name: 'Easy' })).toHaveAccessibleDescription(/^\d+d$/);

    await user.keyboard('3');
    expect(within(front()).getByText('Ownership')).toBeInTheDocument();
    expect(screen.getByText('Card 2 of 21')).toBeInTheDocument();
    const graded = useAppStore.getState().review.cards['lp:customer-obsession:title-to-statement'];
    expect(graded?.state).toBe(1);
    expect(useAppStore.getState().review.log).toHaveLength(1);

    await user.keyboard('z');
    expect(within(front()).getByText('Customer Obsession')).toBeInTheDocument();
    expect(screen.getByText('Card 1 of 20')).toBeInTheDocument();
    expect(useAppStore.getState().review.cards).toEqual({});
    expect(useAppStore.getState().review.log).toEqual([]);
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
  });

  it('runs by touch: buttons by role and label, through to the end-of-session summary', async () => {
    renderApp('/review?deck=lp:dive-deep');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Review: Dive Deep' });
    const total = Number(/of (\d+)/.exec(screen.getByText(/^Card 1 of/).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < total; i += 1) {
      await user.click(screen.getByRole('button', { name: 'Show answer' }));
      await user.click(screen.getByRole('button', { name: i === 0 ? 'Hard' : 'Easy' }));
      if (i === 0) {
        // Hard on a new card is a 6-minute learning step: it stays in this session.
        await user.click(screen.getByRole('button', { name: 'Show answer' }));
        await user.click(screen.getByRole('button', { name: 'Easy' }));
      }
    }
    const summary = await screen.findByRole('region', { name: 'Session complete' });
    expect(within(summary).getByText(`You graded ${total + 1} cards.`)).toBeInTheDocument();
    expect(within(summary).getByRole('row', { name: `Easy ${total}` })).toBeInTheDocument();
    expect(within(summary).getByRole('row', { name: 'Hard 1' })).toBeInTheDocument();
    expect(within(summary).getByText(/^Next card due in \d+d\.$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
  });

  it('shows the linked stories on a behavioural card', async () => {
    renderApp('/review?deck=questions');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Review: Behavioural prompts' });
    expect(within(front()).getByText('Expected question')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(within(answer).getByRole('heading', { name: 'Your stories for this question' })).toBeInTheDocument();
  });

  it('does not react to keys while typing in a field', async () => {
    renderApp('/review?deck=principles');
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Show answer' });
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'note');
    document.body.append(input);
    await user.type(input, ' 3z');
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    expect(useAppStore.getState().review.log).toEqual([]);
    input.remove();
  });

  it('shows nothing due once every card is scheduled for later, with a way to cram', async () => {
    const later: StoredCard = {
      due: Date.now() + 3 * DAY,
      stability: 3,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: STATE_REVIEW,
      lastReview: Date.now(),
    };
    const ids = [...(currentLiveModel().decks.get('lp:dive-deep') ?? [])];
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, cards: Object.fromEntries(ids.map((id) => [id, later])) } });
    renderApp('/review?deck=lp:dive-deep');
    expect(await screen.findByRole('heading', { level: 2, name: 'Nothing is due in this deck now.' })).toBeInTheDocument();
    expect(screen.getByText('Next card due in 3d.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cram' })).toBeInTheDocument();
  });

  it('crams a whole deck in order without changing any schedule; Again comes back at the end', async () => {
    renderApp('/review?deck=lp:dive-deep&mode=cram');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Cram: Dive Deep' });
    const ids = [...(currentLiveModel().decks.get('lp:dive-deep') ?? [])];
    expect(screen.getByText(`Card 1 of ${ids.length}`)).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Again' })).toHaveAccessibleDescription('repeat');
    expect(screen.getByRole('button', { name: 'Good' })).toHaveAccessibleDescription('no change');
    await user.keyboard('1');
    expect(screen.getByText(`Card 2 of ${ids.length + 1}`)).toBeInTheDocument();
    for (let i = 0; i < ids.length; i += 1) await user.keyboard(' 3');
    expect(await screen.findByRole('region', { name: 'Session complete' })).toBeInTheDocument();
    const { cards, log } = useAppStore.getState().review;
    expect(cards).toEqual({});
    expect(log.map((e) => e[1])).toEqual([...ids, ids[0]]);
    expect(log.every((e) => e[4] === 1)).toBe(true);
  });

  it('speaks Korean', async () => {
    renderApp('/review?deck=principles', 'ko');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: '복습: 리더십 원칙 암기' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '질문' })).getByText('고객 집착')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '답 보기' }));
    expect(screen.getByRole('button', { name: '다시' })).toHaveAccessibleDescription('1분');
    expect(screen.getByRole('button', { name: '좋음' })).toHaveAccessibleDescription('10분');
    expect(screen.getByRole('button', { name: '벼락치기' })).toBeInTheDocument();
  });
});

describe('dashboard, stats and settings', () => {
  const reviewed = (daysAgo: number, grade: 1 | 3): [number, string, 1 | 3, 2, 0] => [
    Date.now() - daysAgo * DAY,
    'lp:ownership:title-to-statement',
    grade,
    2,
    0,
  ];

  it('the dashboard counts due today, reviewed today and the streak from the stored state', async () => {
    const due: StoredCard = {
      due: Date.now() - DAY,
      stability: 3,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: STATE_REVIEW,
      lastReview: Date.now() - 4 * DAY,
    };
    useAppStore.setState({
      review: { ...EMPTY_REVIEW_DATA, cards: { 'lp:ownership:title-to-statement': due, 'gone:card': due }, log: [reviewed(1, 3), reviewed(0, 1)] },
    });
    renderApp('/');
    const flashcards = await screen.findByRole('region', { name: 'Flashcards' });
    const value = (label: string): string | null | undefined => within(flashcards).getByText(label).nextElementSibling?.textContent;
    expect(value('Due today')).toBe('1');
    expect(value('New today')).toBe('20');
    expect(value('Reviewed today')).toBe('1');
    expect(value('Streak')).toBe('2 days');
    expect(within(flashcards).getByRole('link', { name: 'Start review' })).toHaveAttribute('href', '/review');
    expect(within(flashcards).getByRole('link', { name: 'Review statistics' })).toHaveAttribute('href', '/stats');
  });

  it('the stats view shows the heatmap, the forecast and retention', async () => {
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, log: [reviewed(2, 1), reviewed(1, 3), reviewed(0, 3), reviewed(0, 3)] } });
    renderApp('/stats');
    expect(await screen.findByRole('heading', { level: 1, name: 'Review statistics' })).toBeInTheDocument();
    const heatmap = screen.getByRole('table', { name: /Grades per day over the last 12 weeks/ });
    expect(within(heatmap).getAllByRole('row')).toHaveLength(13);
    expect(
      within(heatmap)
        .getAllByRole('cell')
        .some((c) => c.textContent === '2'),
    ).toBe(true);
    const forecast = screen.getByRole('table', { name: /Cards due per day/ });
    expect(within(forecast).getAllByRole('row')).toHaveLength(15);
    const retention = screen.getByRole('region', { name: 'Retention' });
    expect(within(retention).getAllByText('75% (3 of 4)')).toHaveLength(2);
  });

  it('settings take desired retention and new cards per day', async () => {
    renderApp('/settings');
    const user = userEvent.setup();
    const perDay = await screen.findByRole('spinbutton', { name: 'New cards per day' });
    await user.clear(perDay);
    await user.type(perDay, '35');
    expect(useAppStore.getState().review.settings.newCardsPerDay).toBe(35);
    const retention = screen.getByRole('spinbutton', { name: 'Desired retention' });
    expect(retention).toHaveValue(DEFAULT_REVIEW_SETTINGS.desiredRetention);
    await user.clear(retention);
    await user.type(retention, '0.95');
    expect(useAppStore.getState().review.settings.desiredRetention).toBe(0.95);
    await user.clear(retention);
    await user.type(retention, '5');
    expect(retention).toBeInvalid();
    expect(useAppStore.getState().review.settings.desiredRetention).toBe(0.95);
  });
});
