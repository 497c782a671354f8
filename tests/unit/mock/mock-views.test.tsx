import '../fixtures/mock-content';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_MOCK_DATA } from '@/domain/mock';
import { EMPTY_REVIEW_DATA, STATE_NEW } from '@/domain/review';
import { DEFAULT_SETTINGS } from '@/domain/settings';
import { useAppStore } from '@/stores/app-store';
import { renderApp } from '../render';

const WHY = 'prompt:question:why-amazon';

beforeEach(() => {
  useAppStore.setState({ settings: DEFAULT_SETTINGS, review: EMPTY_REVIEW_DATA, reviewUndo: [], mock: EMPTY_MOCK_DATA });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Opens /mock and begins a mock of the expected question "Why Amazon?" only. */
async function beginWhyAmazon(user: ReturnType<typeof userEvent.setup>, options: { practice?: boolean; record?: boolean } = {}): Promise<void> {
  renderApp('/mock');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mock interview' })).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'Chosen questions' }));
  await user.click(screen.getByRole('checkbox', { name: 'Why Amazon?' }));
  if (options.practice) await user.click(screen.getByRole('checkbox', { name: 'Practice only' }));
  if (options.record) await user.click(screen.getByRole('switch', { name: 'Record my answer' }));
  await user.click(screen.getByRole('button', { name: 'Begin the mock' }));
  // The question's heading takes focus once the run (its own chunk) has rendered.
  const question = await screen.findByRole('heading', { level: 2, name: 'Why Amazon?' });
  await waitFor(() => expect(question).toHaveFocus());
}

describe('the mock interview', () => {
  it('runs by keys: Space starts and stops, the story’s follow-up comes before the bank’s, a grade reaches the schedule', async () => {
    const user = userEvent.setup();
    await beginWhyAmazon(user);
    expect(screen.getByText('Question 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left to the target' })).toHaveTextContent('2:00');
    expect(screen.getByText('Target 2:00, limit 3:00.')).toBeInTheDocument();
    // Notes are hidden while answering.
    expect(screen.queryByRole('region', { name: 'Your notes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Grade your answer' })).not.toBeInTheDocument();

    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getAllByText('Stopped at 0:00.').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Next follow-up' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Grade your answer' })).toBeInTheDocument();

    await user.keyboard('n');
    expect(screen.getByText('Follow-up 1 of 3')).toBeInTheDocument();
    expect(screen.getByText('From your story')).toBeInTheDocument();
    expect(screen.getByText('What would you do differently?')).toHaveFocus();
    expect(screen.getByRole('timer', { name: 'Follow-up time left' })).toHaveTextContent('1:00');
    expect(screen.getByText('Target 1:00, limit 1:30.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    await user.keyboard('n');
    expect(screen.getByText('Follow-up 2 of 3')).toBeInTheDocument();
    expect(screen.getByText('Standard follow-up')).toBeInTheDocument();
    // The bank's follow-up meant for the question's principles (Dive Deep) comes first.
    expect(screen.getByText('How did you measure the result?')).toBeInTheDocument();

    await user.keyboard('3');
    expect(await screen.findByRole('heading', { level: 2, name: 'Mock complete' })).toHaveFocus();
    const [item] = within(screen.getByRole('region', { name: 'Mock complete' })).getAllByRole('listitem') as [HTMLElement];
    expect(within(item).getByText('Why Amazon?')).toBeInTheDocument();
    expect(within(item).getByText('What would you do differently?')).toBeInTheDocument();
    expect(within(item).getByText('Not peeked')).toBeInTheDocument();
    expect(within(item).getByText('Good')).toBeInTheDocument();

    const { review, mock } = useAppStore.getState();
    expect(review.cards[WHY]?.state).not.toBe(STATE_NEW);
    expect(review.log).toEqual([[expect.any(Number), WHY, 3, STATE_NEW, 0]]);
    const [session] = Object.values(mock.sessions);
    expect(session).toMatchObject({ practice: false, source: 'questions', planned: [WHY] });
    expect(session?.finishedAt).not.toBeNull();
    expect(session?.items[0]).toMatchObject({ card: WHY, prompt: 'Why Amazon?', peeked: false, grade: 3 });
    expect(session?.items[0]?.followUps).toEqual([
      { text: 'What would you do differently?', source: 'story', ms: expect.any(Number), figures: null, recording: null },
    ]);
  });

  it('practice only with a peek: the notes show the stories’ first lines, the summary says so, the schedule stays', async () => {
    const user = userEvent.setup();
    await beginWhyAmazon(user, { practice: true });
    expect(screen.getByText('Practice only: grades do not change your schedule')).toBeInTheDocument();
    await user.keyboard('p');
    const notes = screen.getByRole('region', { name: 'Your notes' });
    expect(within(notes).getByText('GST launch')).toBeInTheDocument();
    expect(within(notes).getByText('I rebuilt the tax engine.')).toBeInTheDocument();
    expect(within(notes).getByText(/customers first/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByText('Practice only: the grade stays in this mock.')).toBeInTheDocument();
    // The grade buttons say the grade changes nothing.
    expect(screen.getByRole('button', { name: 'Again' })).toHaveAccessibleDescription('no change');
    await user.click(screen.getByRole('button', { name: 'Again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mock complete' })).toBeInTheDocument();
    expect(screen.getByText('Peeked')).toBeInTheDocument();
    expect(screen.getByText(/Practice only: the schedule was not changed/)).toBeInTheDocument();
    const { review } = useAppStore.getState();
    expect(review.cards[WHY]).toBeUndefined();
    expect(review.log).toEqual([[expect.any(Number), WHY, 1, STATE_NEW, 1]]);
  });

  it('says where the time is at 30 s left, the target and the limit, once each; running over is shown, not cut off', async () => {
    const user = userEvent.setup();
    await beginWhyAmazon(user);
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: Date.now() });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const timer = screen.getByRole('timer');
    const live = (): string => document.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
    act(() => vi.advanceTimersByTime(60_000));
    expect(timer).toHaveTextContent('1:00');
    expect(live()).toBe('');
    act(() => vi.advanceTimersByTime(30_000));
    expect(timer).toHaveTextContent('0:30');
    expect(live()).toBe('30 seconds to the target.');
    act(() => vi.advanceTimersByTime(45_000));
    expect(timer).toHaveTextContent('+0:15');
    expect(live()).toBe('Target reached. Time to wrap up.');
    expect(screen.getByText('Over the target: time to wrap up.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(live()).toBe('Limit reached.');
    expect(timer).toHaveTextContent('+1:15');
    expect(screen.getByText(/Past the limit/)).toBeInTheDocument();
    // Still running: Stop ends it, with the whole time kept.
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getAllByText('Stopped at 3:15.').length).toBeGreaterThan(0);
  });

  it('goes on without recording when the microphone is refused, and says so', async () => {
    vi.stubGlobal(
      'MediaRecorder',
      class {
        static isTypeSupported = () => true;
      },
    );
    const getUserMedia = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    try {
      const user = userEvent.setup();
      await beginWhyAmazon(user, { record: true });
      expect(screen.getByRole('switch', { name: 'Record my answer' })).toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Start' }));
      expect(await screen.findByText(/The microphone was refused, so this answer is not recorded. The mock goes on/)).toBeInTheDocument();
      expect(getUserMedia).toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Stop' }));
      await user.click(screen.getByRole('button', { name: 'Good' }));
      expect(await screen.findByRole('heading', { level: 2, name: 'Mock complete' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Download recording/ })).not.toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'mediaDevices');
      vi.unstubAllGlobals();
    }
  });

  it('keeps past mocks: the history links to each summary, and a question can be practised again from it', async () => {
    const user = userEvent.setup();
    await beginWhyAmazon(user);
    await user.keyboard(' ');
    await user.keyboard(' ');
    await user.keyboard('4');
    await user.click(await screen.findByRole('button', { name: 'Begin another mock' }));
    const history = await screen.findByRole('region', { name: 'Past mocks' });
    const link = within(history).getByRole('link', { name: /Summary of the mock of/ });
    expect(within(history).getByText(/1 question · Easy/)).toBeInTheDocument();
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Summary' })).toBeInTheDocument();
    expect(screen.getByText('Why Amazon?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Practise again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Why Amazon?' })).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 1')).toBeInTheDocument();
  });

  it('asks the due behavioural prompts first by default, in Korean with the follow-ups in Korean', async () => {
    useAppStore.setState({ settings: { ...DEFAULT_SETTINGS, language: 'ko' } });
    const user = userEvent.setup();
    renderApp('/mock', 'ko');
    expect(await screen.findByRole('heading', { level: 1, name: '모의 면접' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '복습할 차례인 질문부터' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '모의 면접 시작하기' }));
    expect(await screen.findByRole('heading', { level: 2, name: '왜 아마존인가요?' })).toBeInTheDocument();
    expect(screen.getByText('질문 1/3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '시작' }));
    await user.click(screen.getByRole('button', { name: '멈추기' }));
    await user.click(screen.getByRole('button', { name: '다음 후속 질문' }));
    await user.click(screen.getByRole('button', { name: '다음 후속 질문' }));
    expect(screen.getByText('결과를 어떻게 측정했나요?')).toBeInTheDocument();
  });
});

describe('the mock’s voice and keys', () => {
  it('reads the question aloud with the device’s voice for the language, only when the setting is on', async () => {
    const spoken: string[] = [];
    const voice = { lang: 'en-US', localService: true, name: 'Local English' } as SpeechSynthesisVoice;
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ lang: 'ko-KR', localService: true, name: 'Korean' }, voice],
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: SpeechSynthesisVoice | null = null;
        lang = '';
        constructor(readonly text: string) {}
      },
    );
    try {
      const user = userEvent.setup();
      renderApp('/mock');
      await user.click(await screen.findByText('Timer, follow-ups and voice'));
      const setting = screen.getByRole('checkbox', { name: 'Read the questions aloud' });
      expect(setting).not.toBeChecked();
      await user.click(setting);
      await user.click(screen.getByRole('radio', { name: 'Chosen questions' }));
      await user.click(screen.getByRole('checkbox', { name: 'Why Amazon?' }));
      await user.click(screen.getByRole('button', { name: 'Begin the mock' }));
      await screen.findByRole('heading', { level: 2, name: 'Why Amazon?' });
      expect(spoken).toEqual(['Why Amazon?']);
      await user.keyboard('r');
      expect(spoken).toEqual(['Why Amazon?', 'Why Amazon?']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('without a voice for the language, the setting says so and stays off', async () => {
    renderApp('/mock');
    const user = userEvent.setup();
    await user.click(await screen.findByText('Timer, follow-ups and voice'));
    expect(screen.getByRole('checkbox', { name: 'Read the questions aloud' })).toBeDisabled();
    expect(screen.getByText('This device has no voice for this language, so questions cannot be read aloud.')).toBeInTheDocument();
  });

  it('with single-key shortcuts off, keys do nothing and no key hints show; the buttons still work', async () => {
    useAppStore.setState({ settings: { ...DEFAULT_SETTINGS, shortcuts: false } });
    const user = userEvent.setup();
    await beginWhyAmazon(user);
    expect(screen.queryByText(/^Keys:/)).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start' })).not.toHaveAttribute('aria-keyshortcuts');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.keyboard('3');
    expect(screen.queryByRole('heading', { level: 2, name: 'Mock complete' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Good' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mock complete' })).toBeInTheDocument();
  });
});
