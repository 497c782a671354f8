import { axeViolations, expect, openIn, test } from './fixtures';
import { BROWSER_ARGS, executablePath } from './mock-helpers';

/** The mock interview when the microphone is refused: it says so and goes on. */

test.use({ launchOptions: { executablePath, args: [...BROWSER_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream=deny'] } });

test('says so, and the mock runs to its summary without recording', async ({ page }) => {
  await openIn(page, '/mock', 'en');
  await page.getByRole('switch', { name: 'Record my answer' }).check();
  await page.getByRole('combobox', { name: 'Number of questions' }).selectOption('1');
  await page.getByRole('button', { name: 'Begin the mock' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText(/The microphone was refused, so this answer is not recorded\. The mock goes on/)).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^1:5\d$/, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Next follow-up' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Hard' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mock complete' })).toBeVisible();
  await expect(page.getByText('Hard', { exact: true })).toBeVisible();
  await expect(page.locator('audio')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
