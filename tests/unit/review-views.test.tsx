import './fixtures/mock-review-content';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, DEFAULT_REVIEW_SETTINGS, EMPTY_REVIEW_DATA, MINUTE, STATE_REVIEW, type ReviewLogEntry, type StoredCard } from '@/domain/review';
import { DEFAULT_SETTINGS } from '@/domain/settings';
import { localStudyClock } from '@/domain/study-day';
import { currentLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';
import { importUserData } from '@/stores/backup-actions';
import { EMPTY_USER_DATA } from '@/stores/user-data';
import { renderApp } from './render';

// Whole-app renders (on the review fixture notes) with many role queries: slow on a busy machine, never a timing claim.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  // Noon on 24 Nov 2026, local time: the study day (from 04:00) never turns during a test.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 12));
  useAppStore.setState({ ...EMPTY_USER_DATA, settings: DEFAULT_SETTINGS, review: EMPTY_REVIEW_DATA, reviewUndo: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Views load lazily (the session brings the scheduler and the card faces): the first load in a run can take a few seconds. */
const LOAD = { timeout: 20_000 };
const front = (): HTMLElement => screen.getByRole('region', { name: 'Question' });
/** A deck's card ids as the live model lists them. */
const deckOf = (deck: string): string[] => [...(currentLiveCardModel().decks.get(deck as never) ?? [])];
const counts = (): Record<string, string | null> => {
  const group = screen.getByRole('group', { name: 'Cards left' });
  return Object.fromEntries(['New', 'Learning', 'Review'].map((name) => [name, within(group).getByLabelText(name).textContent]));
};
const dueCard = (extra: Partial<StoredCard> = {}): StoredCard => ({
  due: Date.now() - DAY,
  stability: 3,
  difficulty: 5,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: STATE_REVIEW,
  lastReview: Date.now() - 4 * DAY,
  ...extra,
});
/** `count` new cards of another deck first seen an hour ago: today's shared limit used up. */
const introducedToday = (count: number): ReviewLogEntry[] =>
  Array.from({ length: count }, (_, i): ReviewLogEntry => [Date.now() - 60 * MINUTE + i, `elsewhere:${i}`, 3, 0, 0]);

describe('deck list', () => {
  it('says the new-card limit is shared, and gives one link per deck row', async () => {
    renderApp('/review');
    expect(await screen.findByRole('heading', { level: 1, name: 'Review' }, LOAD)).toBeInTheDocument();
    expect(screen.getAllByText('20 new cards left today, across all decks.').length).toBeGreaterThan(0);
    const decks = screen.getByRole('table', { name: 'Decks' });
    const row = within(decks).getByRole('row', { name: /Leadership Principle recall/ });
    expect(within(row).getAllByRole('link')).toHaveLength(1);
    expect(within(row).getByRole('link', { name: 'Leadership Principle recall' })).toHaveAttribute('href', '/review?deck=principles');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '8', '8']);
    expect(screen.getByRole('link', { name: 'Dive Deep' })).toHaveAttribute('href', '/review?deck=lp:dive-deep');
    expect(screen.getByRole('link', { name: 'Tag: auth' })).toHaveAttribute('href', '/review?deck=tag:auth');
    expect(within(decks).getByRole('link', { name: 'All decks' })).toHaveAttribute('href', '/review?deck=all');
    expect(screen.getByRole('link', { name: 'Review statistics' })).toHaveAttribute('href', '/stats');
  });

  it('finds a deck by typing its name', async () => {
    renderApp('/review');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a deck' }), 'oauth');
    expect(screen.getByRole('link', { name: 'OAuth 2.0' })).toHaveAttribute('href', '/review?deck=topic:oauth2');
    expect(screen.queryByRole('link', { name: 'JWT' })).not.toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Find a deck' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a deck' }), 'no such deck');
    expect(screen.getByText('No deck matches "no such deck".')).toBeInTheDocument();
  });

  it('reviews several chosen topics as one deck', async () => {
    renderApp('/review');
    const user = userEvent.setup();
    const chooser = await screen.findByRole('group', { name: 'Topics to review together' }, LOAD);
    await user.click(screen.getByRole('button', { name: 'Review the chosen topics' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one topic.');
    await user.click(within(chooser).getByRole('checkbox', { name: 'OAuth 2.0' }));
    await user.click(within(chooser).getByRole('checkbox', { name: 'JWT' }));
    await user.click(screen.getByRole('button', { name: 'Review the 2 chosen topics' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Review: OAuth 2.0 + JWT' }, LOAD)).toBeInTheDocument();
    expect(counts()).toEqual({ New: '20', Learning: '0', Review: '0' });
  });

  it('counts the user’s own cards and own questions in every deck they belong to', async () => {
    useAppStore.setState({
      cards: {
        'own:mfk2x0a-aaaaaa': { question: 'What is PKCE for?', answer: 'Public clients.', deck: 'topic:oauth2', updatedAt: 1, deleted: false },
        'own:mfk2x0b-bbbbbb': { question: 'Mine?', answer: 'Yes.', deck: 'own:Mine', updatedAt: 1, deleted: false },
        'own:mfk2x0c-cccccc': { question: 'Deleted?', answer: 'Gone.', deck: 'own:Mine', updatedAt: 1, deleted: true },
      },
      ownQuestions: { 'q-mfk2y00': { prompt: { en: 'What was your hardest call?' }, principles: ['dive-deep'], updatedAt: 1, deleted: false } },
    });
    const view = renderApp('/review');
    await screen.findByRole('heading', { level: 1, name: 'Review' }, LOAD);
    const cells = (table: string, name: string): (string | null)[] =>
      within(within(screen.getByRole('table', { name: table })).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // 44 content cards, one own card in OAuth 2.0, one in a deck of one's own, one own question's prompt.
    expect(cells('Decks', 'All decks')).toEqual(['0', '47', '47']);
    expect(cells('Decks', 'Behavioural prompts')).toEqual(['0', '7', '7']);
    expect(cells('One topic', 'OAuth 2.0')).toEqual(['0', '13', '13']);
    expect(cells('Topics by tag', 'Tag: auth')).toEqual(['0', '25', '25']);
    expect(cells('Your own decks', 'Mine')).toEqual(['0', '1', '1']);
    expect(cells('One Leadership Principle', 'Dive Deep')).toEqual(['0', '5', '5']);
    view.unmount();

    renderApp('/review?deck=lp:dive-deep');
    await screen.findByRole('heading', { level: 1, name: 'Review: Dive Deep' }, LOAD);
    expect(counts()).toEqual({ New: '5', Learning: '0', Review: '0' });
  });

  it('a session length of 10 stops the session after 10 cards, and says more are due', async () => {
    const view = renderApp('/review');
    const user = userEvent.setup();
    const length = await screen.findByRole('combobox', { name: 'Session length' }, LOAD);
    expect(length).toHaveValue('all');
    await user.selectOptions(length, '10 cards');
    expect(useAppStore.getState().review.settings.sessionLength).toBe(10);
    view.unmount();

    renderApp('/review?deck=topic:oauth2');
    await screen.findByRole('heading', { level: 1, name: 'Review: OAuth 2.0' }, LOAD);
    expect(counts()).toEqual({ New: '10', Learning: '0', Review: '0' });
    expect(screen.getByText('0 of 10 cards done')).toBeInTheDocument();
    for (let i = 0; i < 10; i += 1) await user.keyboard(' 4');
    const summary = await screen.findByRole('region', { name: 'Session complete' });
    expect(within(summary).getByText(/^You went through 10 cards with 10 grades/)).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('says so when a deck does not exist', async () => {
    renderApp('/review?deck=lp:no-such-principle');
    expect(await screen.findByText('There is no such deck.', {}, LOAD)).toBeInTheDocument();
  });
});

describe('review session', () => {
  it('runs by keys: Space shows the answer, 1-4 grade with their intervals, z undoes', async () => {
    renderApp('/review?deck=principles');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Review: Leadership Principle recall' }, LOAD)).toBeInTheDocument();
    expect(counts()).toEqual({ New: '8', Learning: '0', Review: '0' });
    expect(screen.getByText('0 of 8 cards done')).toBeInTheDocument();
    expect(within(front()).getByText('Ownership')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Answer' })).not.toBeInTheDocument();

    await user.keyboard(' ');
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(within(answer).getByText('Ownership statement.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Again' })).toHaveAccessibleDescription('1m');
    expect(screen.getByRole('button', { name: 'Hard' })).toHaveAccessibleDescription('6m');
    expect(screen.getByRole('button', { name: 'Good' })).toHaveAccessibleDescription('10m');
    expect(screen.getByRole('button', { name: 'Easy' })).toHaveAccessibleDescription(/^\d+d$/);

    await user.keyboard('4');
    expect(within(front()).getByText('Think Big')).toBeInTheDocument();
    expect(counts()).toEqual({ New: '7', Learning: '0', Review: '0' });
    expect(screen.getByText('1 of 8 cards done')).toBeInTheDocument();
    expect(useAppStore.getState().review.cards['lp:ownership:title-to-statement']?.state).toBe(STATE_REVIEW);

    await user.keyboard('z');
    expect(within(front()).getByText('Ownership')).toBeInTheDocument();
    expect(counts()).toEqual({ New: '8', Learning: '0', Review: '0' });
    expect(useAppStore.getState().review.cards).toEqual({});
    expect(useAppStore.getState().review.log).toEqual([]);
  });

  it('with Again grades, no count grows and the bar only moves forward; the summary gives cards and grades', async () => {
    const ids = deckOf('lp:dive-deep');
    renderApp('/review?deck=lp:dive-deep');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Review: Dive Deep' }, LOAD);
    const seen: Record<string, number> = {};
    let previous = counts();
    let previousDone = 0;
    for (let step = 0; step < 40 && screen.queryByRole('button', { name: 'Show answer' }); step += 1) {
      const question = front().textContent ?? '';
      seen[question] = (seen[question] ?? 0) + 1;
      await user.click(screen.getByRole('button', { name: 'Show answer' }));
      // Again the first time a card is shown, Easy the second time.
      await user.click(screen.getByRole('button', { name: seen[question] === 1 ? 'Again' : 'Easy' }));
      if (!screen.queryByRole('group', { name: 'Cards left' })) break;
      const now = counts();
      for (const key of ['New', 'Learning', 'Review']) expect(Number(now[key])).toBeLessThanOrEqual(Number(previous[key]));
      const bar = screen.getByRole('progressbar');
      expect(Number(bar.getAttribute('value'))).toBeGreaterThanOrEqual(previousDone);
      expect(bar).toHaveAttribute('max', String(ids.length));
      previousDone = Number(bar.getAttribute('value'));
      previous = now;
    }
    const summary = await screen.findByRole('region', { name: 'Session complete' });
    expect(within(summary).getByText(new RegExp(`^You went through ${ids.length} cards with ${2 * ids.length} grades`))).toBeInTheDocument();
    expect(within(summary).getByRole('row', { name: `Again ${ids.length}` })).toBeInTheDocument();
    expect(within(summary).getByRole('row', { name: `Easy ${ids.length}` })).toBeInTheDocument();
    expect(within(summary).getByText(/^Next card due (tomorrow|in \d+ days)\.$/)).toBeInTheDocument();
  });

  it('when the shared limit stops a deck with unseen cards, says so and offers more new cards today', async () => {
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, log: introducedToday(20) } });
    renderApp('/review?deck=topic:oauth2');
    const user = userEvent.setup();
    const summary = await screen.findByRole('region', { name: 'Nothing is due in this deck now.' }, LOAD);
    const unseen = deckOf('topic:oauth2').length;
    expect(
      within(summary).getByText(`Today's limit of 20 new cards, shared by all decks, is reached: ${unseen} cards of this deck are still new.`),
    ).toBeInTheDocument();
    // Tomorrow's new cards count: the next card is not "in 6 days".
    expect(within(summary).getByText('New cards of this deck come in tomorrow (the daily limit).')).toBeInTheDocument();
    await user.click(within(summary).getByRole('button', { name: 'More new cards today' }));
    expect(await screen.findByRole('group', { name: 'Cards left' })).toBeInTheDocument();
    expect(counts()).toEqual({ New: '10', Learning: '0', Review: '0' });
    expect(useAppStore.getState().review.extraNew).toEqual({ day: localStudyClock(4).key(localStudyClock(4).day(Date.now())), count: 10 });
  });

  it('says "tomorrow" in Korean too when the limit holds back a deck’s new cards', async () => {
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, log: introducedToday(20) } });
    renderApp('/review?deck=topic:oauth2', 'ko');
    const summary = await screen.findByRole('region', { name: '지금 이 덱에서 복습할 카드가 없습니다.' }, LOAD);
    expect(within(summary).getByText('이 덱의 새 카드는 내일 나옵니다(하루 한도).')).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: '오늘 새 카드 더 보기' })).toBeInTheDocument();
  });

  it('flags a leech, and buries or suspends a card by key, with undo', async () => {
    const [first, second] = deckOf('lp:dive-deep');
    if (!first || !second) throw new Error('deck too small');
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, cards: { [first]: dueCard({ lapses: 8 }), [second]: dueCard({ due: Date.now() - 2 * DAY }) } } });
    renderApp('/review?deck=lp:dive-deep');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Review: Dive Deep' }, LOAD);
    // The most overdue card first, then the leech.
    expect(screen.queryByText('Leech.')).not.toBeInTheDocument();
    const before = counts();
    await user.keyboard('b');
    expect(screen.getByText(/^Card buried until tomorrow\./)).toBeInTheDocument();
    expect(useAppStore.getState().review.flags[second]?.buriedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(counts().Review).toBe(String(Number(before.Review) - 1));
    expect(screen.getByText('Leech.')).toBeInTheDocument();
    expect(screen.getByText(/You have forgotten this card 8 times/)).toBeInTheDocument();
    await user.keyboard('s');
    expect(useAppStore.getState().review.flags[first]).toEqual({ suspended: true, buriedDay: null });
    await user.keyboard('z');
    expect(useAppStore.getState().review.flags[first]).toBeUndefined();
    expect(screen.getByText('Leech.')).toBeInTheDocument();
    await user.keyboard('z');
    expect(useAppStore.getState().review.flags).toEqual({});
    expect(counts()).toEqual(before);
  });

  it('undo does nothing across an import: the imported history stays', async () => {
    renderApp('/review?deck=principles');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Review: Leadership Principle recall' }, LOAD);
    await user.keyboard(' 4');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
    const imported = dueCard({ reps: 9 });
    const result = importUserData({ ...EMPTY_USER_DATA, review: { ...EMPTY_REVIEW_DATA, cards: { 'lp:ownership:title-to-statement': imported } } });
    expect(result.ok).toBe(true);
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.keyboard('z');
    expect(useAppStore.getState().review.cards['lp:ownership:title-to-statement']).toEqual(imported);
  });

  it('a tag deck joins the cards of every topic with that tag', async () => {
    renderApp('/review?deck=tag:auth');
    expect(await screen.findByRole('heading', { level: 1, name: 'Review: Tag: auth' }, LOAD)).toBeInTheDocument();
    // OAuth 2.0 and JWT (12 cards each) carry the tag; the shared limit lets 20 new cards in today.
    expect(counts()).toEqual({ New: '20', Learning: '0', Review: '0' });
    expect(screen.getByText('0 of 20 cards done')).toBeInTheDocument();
  });

  it('shows the linked stories on a behavioural card', async () => {
    renderApp('/review?deck=questions');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Review: Behavioural prompts' }, LOAD);
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
    await user.type(input, ' 3zbs');
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    expect(useAppStore.getState().review.log).toEqual([]);
    expect(useAppStore.getState().review.flags).toEqual({});
    input.remove();
  });

  it('shows nothing due once every card is scheduled for later, with a way to cram', async () => {
    const later = dueCard({ due: Date.now() + 3 * DAY, lastReview: Date.now() });
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, cards: Object.fromEntries(deckOf('lp:dive-deep').map((id) => [id, later])) } });
    renderApp('/review?deck=lp:dive-deep');
    expect(await screen.findByRole('heading', { level: 2, name: 'Nothing is due in this deck now.' })).toBeInTheDocument();
    expect(screen.getByText('Next card due in 3 days.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cram' })).toBeInTheDocument();
  });

  it('crams a whole deck in order without changing any schedule; Again comes back at the end', async () => {
    renderApp('/review?deck=lp:dive-deep&mode=cram');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Cram: Dive Deep' }, LOAD);
    const ids = deckOf('lp:dive-deep');
    expect(screen.getByText(`${ids.length} cards left`)).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Again' })).toHaveAccessibleDescription('repeat');
    expect(screen.getByRole('button', { name: 'Good' })).toHaveAccessibleDescription('no change');
    await user.keyboard('1');
    expect(screen.getByText(`${ids.length} cards left`)).toBeInTheDocument();
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
    expect(await screen.findByRole('heading', { level: 1, name: '복습: 리더십 원칙 암기' }, LOAD)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '남은 카드' })).getByLabelText('새 카드')).toHaveTextContent('8');
    expect(within(screen.getByRole('region', { name: '질문' })).getByText('주인의식')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '답 보기' }));
    expect(screen.getByRole('button', { name: '다시' })).toHaveAccessibleDescription('1분');
    expect(screen.getByRole('button', { name: '좋음' })).toHaveAccessibleDescription('10분');
    expect(screen.getByRole('button', { name: '벼락치기' })).toBeInTheDocument();
  });
});

describe('dashboard, stats and settings', () => {
  const reviewed = (daysAgo: number, grade: 1 | 3): ReviewLogEntry => [Date.now() - daysAgo * DAY, 'lp:ownership:title-to-statement', grade, 2, 0];

  it('the dashboard counts due today, new cards left (shared), reviewed today and the streak', async () => {
    const due = dueCard();
    useAppStore.setState({
      review: { ...EMPTY_REVIEW_DATA, cards: { 'lp:ownership:title-to-statement': due, 'gone:card': due }, log: [reviewed(1, 3), reviewed(0, 1)] },
    });
    renderApp('/');
    const flashcards = await screen.findByRole('region', { name: 'Flashcards' });
    await within(flashcards).findByText('Due today', {}, LOAD);
    const value = (label: string): string | null | undefined => within(flashcards).getByText(label).nextElementSibling?.textContent;
    expect(value('Due today')).toBe('1');
    expect(value('New cards left today')).toBe('20');
    expect(value('Reviewed today')).toBe('1');
    expect(value('Streak')).toBe('2 days');
    expect(within(flashcards).getByText('The daily limit of new cards is shared by all decks: 20 left today.')).toBeInTheDocument();
    expect(within(flashcards).getByRole('link', { name: 'Start review' })).toHaveAttribute('href', '/review?deck=all');
  });

  it('Start review starts a session at once over every deck, due cards first', async () => {
    const [reviewId] = deckOf('topic:docker');
    if (!reviewId) throw new Error('no docker card');
    useAppStore.setState({ review: { ...EMPTY_REVIEW_DATA, cards: { [reviewId]: dueCard() } } });
    renderApp('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Start review' }, LOAD));
    expect(await screen.findByRole('heading', { level: 1, name: 'Review: All decks' }, LOAD)).toBeInTheDocument();
    expect(counts()).toEqual({ New: '20', Learning: '0', Review: '1' });
  });

  it('with an interview date, the dashboard and every deck give the same pacing figure, and readiness per deck', async () => {
    const today = localStudyClock(4).day(Date.now());
    const date = localStudyClock(4).key(today + 5);
    useAppStore.setState({ settings: { ...DEFAULT_SETTINGS, interviewDate: date } });
    const total = currentLiveCardModel().cards.length;
    const perDay = Math.ceil(total / 5);
    const figure = `Interview in 5 days: ${total} cards were new at the start of today; seeing them all before it takes ${perDay} new cards a day.`;
    const { unmount } = renderApp('/');
    const flashcards = await screen.findByRole('region', { name: 'Flashcards' });
    expect(await within(flashcards).findByText(figure, {}, LOAD)).toBeInTheDocument();
    const readiness = within(flashcards).getByRole('region', { name: 'Predicted recall on the interview morning, if you reviewed nothing more' });
    const topics = deckOf('topics').length;
    expect(within(readiness).getByText(`none seen yet; 0 of ${topics} cards at your desired retention or more`, { exact: false })).toBeInTheDocument();
    expect(within(readiness).getAllByRole('listitem')).toHaveLength(3);
    unmount();
    renderApp('/review?deck=topic:oauth2');
    expect(await screen.findByText(new RegExp(figure.replace(/[.]/g, '\\.')))).toBeInTheDocument();
  });

  it('the stats view: heatmap without printed zeros, forecast, retention that says why it has no figure, accuracy per deck, hardest cards, leeches', async () => {
    const leech = dueCard({ lapses: 9 });
    useAppStore.setState({
      review: {
        ...EMPTY_REVIEW_DATA,
        cards: { 'lp:ownership:title-to-statement': leech },
        log: [reviewed(2, 1), reviewed(1, 3), reviewed(0, 3), reviewed(0, 3)],
      },
    });
    renderApp('/stats');
    expect(await screen.findByRole('heading', { level: 1, name: 'Review statistics' }, LOAD)).toBeInTheDocument();
    const heatmap = screen.getByRole('table', { name: /Grades per day over the last 12 weeks/ });
    expect(within(heatmap).getAllByRole('row')).toHaveLength(13);
    const cells = within(heatmap).getAllByRole('cell');
    expect(cells.some((c) => c.textContent === '2')).toBe(true);
    // Days without a grade print nothing: their 0 is for screen readers only.
    for (const cell of cells.filter((c) => c.textContent === '0')) expect(cell.querySelector('.visually-hidden')).not.toBeNull();
    expect(within(screen.getByRole('table', { name: /Cards due per day/ })).getAllByRole('row')).toHaveLength(15);
    expect(within(screen.getByRole('region', { name: 'Retention' })).getAllByText('75% (3 of 4)')).toHaveLength(2);
    const perDeck = screen.getByRole('table', { name: 'Grades, accuracy and retention per deck' });
    expect(within(perDeck).getByRole('row', { name: /Leadership Principle recall/ })).toHaveTextContent('475%75%');
    const hardest = screen.getByRole('region', { name: 'Hardest cards' });
    // Card names load with the card faces, once a list has a card to name.
    expect(await within(hardest).findByText('The statement of Ownership')).toBeInTheDocument();
    const setAside = screen.getByRole('region', { name: 'Leeches and suspended cards' });
    expect(within(setAside).getByText('9 lapses')).toBeInTheDocument();
    expect(within(setAside).getByRole('listitem')).toHaveTextContent('The statement of Ownership 9 lapses');
  });

  it('retention explains that cards reach the review stage from tomorrow', async () => {
    const learnt = dueCard({ due: Date.now() + 2 * DAY, lastReview: Date.now() });
    useAppStore.setState({
      review: { ...EMPTY_REVIEW_DATA, cards: { 'lp:ownership:title-to-statement': learnt }, log: [[Date.now(), 'lp:ownership:title-to-statement', 4, 0, 0]] },
    });
    renderApp('/stats');
    const retention = await screen.findByRole('region', { name: 'Retention' });
    expect(within(retention).getByText(/^No figure yet: your cards are still in their learning steps\. The first review comes on /)).toBeInTheDocument();
    expect(within(retention).getAllByText('no figure yet')).toHaveLength(2);
  });

  it('settings take desired retention, new cards per day, the start of day and interview mode', async () => {
    renderApp('/settings');
    const user = userEvent.setup();
    const perDay = await screen.findByRole('spinbutton', { name: 'New cards per day' });
    await user.clear(perDay);
    await user.type(perDay, '35');
    expect(useAppStore.getState().review.settings.newCardsPerDay).toBe(35);
    const retention = screen.getByRole('spinbutton', { name: 'Desired retention' });
    expect(retention).toHaveValue(DEFAULT_REVIEW_SETTINGS.desiredRetention);
    await user.clear(retention);
    await user.type(retention, '5');
    expect(retention).toBeInvalid();
    expect(useAppStore.getState().review.settings.desiredRetention).toBe(0.9);
    const start = screen.getByRole('combobox', { name: 'Start of day' });
    expect(start).toHaveValue('4');
    await user.selectOptions(start, '6');
    expect(useAppStore.getState().review.settings.dayStartHour).toBe(6);
    const mode = screen.getByRole('checkbox', { name: 'Interview mode' });
    expect(mode).toBeChecked();
    await user.click(mode);
    expect(useAppStore.getState().review.settings.interviewMode).toBe(false);
  });

  it('a topic page links to its deck', async () => {
    renderApp('/topics/oauth2');
    expect(await screen.findByRole('link', { name: 'Drill this topic' }, LOAD)).toHaveAttribute('href', '/review?deck=topic:oauth2');
  });
});
