import { answerWav, ENGLISH_ANSWER, expectNoAxeViolations, microphone, report, storedFigures } from './mock-helpers';
import { expect, openIn, test } from './fixtures';

/** The mock interview by keyboard, with a fake microphone speaking an English answer (espeak-ng). */
const english = answerWav('english', ENGLISH_ANSWER);

test.use(microphone(english.file));

test('a full mock by keyboard with recording: the timer counts, the recording plays, the figures appear, the grade reaches /stats; axe before, during and after', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await openIn(page, '/mock', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mock interview');
  await expectNoAxeViolations(page, 'before (setup)');

  // The setup by keyboard: the switch, one question, begin.
  await page.getByRole('switch', { name: 'Record my answer' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('switch', { name: 'Record my answer' })).toBeChecked();
  await page.getByRole('combobox', { name: 'Number of questions' }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('combobox', { name: 'Number of questions' })).toHaveValue('1');
  await page.getByRole('button', { name: 'Begin the mock' }).focus();
  await page.keyboard.press('Enter');

  const question = page.getByRole('heading', { level: 2 }).first();
  await expect(question).toBeFocused();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('2:00');

  // Space starts the clock and the recording; the clock counts down.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeFocused();
  await expect(page.locator('.recording-dot')).toBeVisible();
  await expect(timer).toHaveText(/^1:5\d$/, { timeout: 10_000 });
  await expectNoAxeViolations(page, 'during an answer');
  // Let espeak-ng's answer play to its end, then Space stops.
  await page.waitForTimeout(english.truth.duration * 1000 + 1500);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Next follow-up' })).toBeFocused();

  // The recording plays back and the figures appear.
  const audio = page.getByRole('region', { name: 'Your answers so far' }).locator('audio').first();
  await expect(audio).toBeAttached();
  const duration = await audio.evaluate(
    (a: HTMLAudioElement) =>
      new Promise<number>((resolve) => {
        if (a.readyState >= 1) resolve(a.duration);
        else a.addEventListener('loadedmetadata', () => resolve(a.duration), { once: true });
      }),
  );
  expect(duration).toBeGreaterThan(english.truth.duration * 0.9);
  expect(Number.isFinite(duration)).toBe(true);
  await expect(page.getByRole('link', { name: 'Download recording' })).toHaveAttribute('download', /^mock-\d{4}-\d{2}-\d{2}-q1-answer\.(webm|ogg|m4a)$/);
  await expect(page.getByText('Talk time', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Pauses', { exact: true })).toBeVisible();
  await expect(page.getByText('Speaking rate', { exact: true })).toBeVisible();
  await expect(page.getByText(/under the 2:00 target/).first()).toBeVisible();
  const figures = page.locator('dl.figures').first();
  await expect(figures).toContainText(/\d:\d\d talking, \d:\d\d silent/);
  await expect(figures).toContainText(/1 pause of 2 s or more, the longest 2\.\d s/);
  await expect(figures).toContainText(/About \d\.\d syllables a second: (slower than|within|faster than) the 3\.5 to 4\.5 a second/);

  // A follow-up, by keys: n asks it, Space starts and stops its shorter clock.
  await page.keyboard.press('n');
  await expect(page.getByText(/^Follow-up 1 of \d$/)).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('1:00');
  await page.keyboard.press('Space');
  await page.waitForTimeout(1500);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Next follow-up' })).toBeFocused();

  // 3 grades Good: the mock ends with its summary.
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { level: 2, name: 'Mock complete' })).toBeFocused();
  await expect(page.getByText('Good', { exact: true })).toBeVisible();
  await expect(page.locator('.mock-summary audio')).toHaveCount(2);
  await expectNoAxeViolations(page, 'after (summary)');
  report('English', await storedFigures(page), english.truth);

  // The grade is in the review statistics, like a review's.
  await page.getByRole('link', { name: 'Review statistics' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review statistics');
  await expect(page.locator('.stat-grid div').filter({ hasText: 'Graded today' }).locator('dd')).toHaveText('1');
  await expect(page.locator('.stat-grid div').filter({ hasText: 'Cards started' }).locator('dd')).toHaveText(/^1 \/ \d+$/);

  // The history lists the mock.
  await page.goto('/mock');
  await expect(page.getByRole('region', { name: 'Past mocks' }).getByRole('link')).toHaveCount(1);
});
