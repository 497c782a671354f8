import { expect, test } from './fixtures';
import { seedUserData } from './storage-helpers';

const story = (situation: string) => ({
  story: {
    title: 'A very long story',
    principles: ['ownership'],
    followUps: [],
    star: { situation, task: 'Task', action: 'Action', result: 'Result' },
    learnings: '',
    notes: '',
    sources: [],
  },
  updatedAt: Date.UTC(2026, 10, 20),
  deleted: false,
});

test('a 1 MB story section renders at once, as plain text, and the page stays responsive', async ({ page }) => {
  const line = '- 로그를 분석했습니다 and **checked** the `pods` again [link](https://example.com)\n';
  const long = `${line.repeat(Math.ceil(1_000_000 / line.length))}THE END OF THE SECTION`;
  await seedUserData(page, { stories: { 'long-story': story(long) } });
  const started = Date.now();
  await page.goto('/stories/long-story');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A very long story');
  await expect(page.getByText(/THE END OF THE SECTION/)).toBeAttached();
  expect(Date.now() - started).toBeLessThan(8_000);
  // Still responsive: a click navigates at once.
  const clicked = Date.now();
  await page.getByRole('link', { name: 'Principles' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership Principles');
  expect(Date.now() - clicked).toBeLessThan(3_000);
});
