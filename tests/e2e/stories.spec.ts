import type { Page } from '@playwright/test';
import { axeViolations, expect, openIn, test } from './fixtures';
import { downloadText, stored, storedState } from './storage-helpers';

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

test('type, then reload: the story is still there', async ({ page }) => {
  await openIn(page, '/stories/india-gst/edit', 'en');
  await page.getByLabel('Result', { exact: true }).fill('결과: 일정 내 배포 완료 (reloaded)');
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Result', { exact: true })).toHaveValue('결과: 일정 내 배포 완료 (reloaded)');
  await expect(page.getByText('This story differs from the original.')).toBeVisible();
});

test('type, then close the tab at once: nothing is lost', async ({ page, context }) => {
  await openIn(page, '/stories/new', 'en');
  await page.getByLabel('Title', { exact: true }).fill('Closed right away');
  await expect(page).toHaveURL(/\/stories\/closed-right-away\/edit$/);
  await page.getByLabel('Situation', { exact: true }).fill('typed just before the tab closed');
  // Not written yet (the write waits for a pause in typing)...
  expect((await stored(page)) ?? '').not.toContain('typed just before the tab closed');
  // ...and the tab closes right away: pagehide writes it.
  await page.close();
  const again = await context.newPage();
  await again.goto('/stories/closed-right-away');
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Closed right away');
  await expect(again.getByText('typed just before the tab closed')).toBeVisible();
});

test('a new story gets its address on the first text, keeps the focus, and shows in the story bank', async ({ page }) => {
  await openIn(page, '/stories', 'en');
  await page.getByRole('link', { name: 'New story' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New story');
  const title = page.getByLabel('Title', { exact: true });
  await title.click();
  await page.keyboard.type('Kubernetes upgrade');
  await expect(page).toHaveURL(/\/stories\/story-[0-9a-z]{7}\/edit$/);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Kubernetes upgrade');
  await page.getByRole('checkbox', { name: 'Dive Deep' }).check();
  await page.getByLabel('Action', { exact: true }).fill('I read the **changelog**.');
  await expect(page.getByRole('region', { name: 'Preview' }).locator('strong', { hasText: 'changelog' })).toBeVisible();
  await expect(saved(page)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
  await expect(page.getByRole('link', { name: 'Kubernetes upgrade' })).toBeVisible();
});

test('everything in the form works by keyboard', async ({ page }) => {
  await openIn(page, '/stories/new', 'en');
  await page.getByLabel('Title', { exact: true }).focus();
  await page.keyboard.type('Keyboard only');
  // The principles come right after the title, before the long text areas.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Customer Obsession' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Ownership' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Ownership' })).toBeChecked();
  await page.getByLabel('Situation', { exact: true }).focus();
  await page.keyboard.type('S by keyboard');
  await expect(page.getByLabel('Situation', { exact: true })).toHaveValue('S by keyboard');
  await page.getByRole('button', { name: 'Add a follow-up question' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Follow-up question 1')).toBeFocused();
  await page.keyboard.type('왜 그렇게 했나요?');
  await expect(saved(page)).toBeVisible();
  await expect
    .poll(async () => Object.values((await storedState(page)).state.stories as Record<string, { story: unknown }>)[0]?.story)
    .toMatchObject({ title: 'Keyboard only', principles: ['ownership'], followUps: ['왜 그렇게 했나요?'] });
});

test('a question draft is edited, saved and survives a reload', async ({ page }) => {
  await openIn(page, '/questions/creative-experience', 'en');
  await page.getByRole('textbox', { name: 'Draft answer' }).fill('I simplified the deploy script.');
  await page.getByLabel('Attach a story').selectOption({ label: 'LG전자 유지보수 CSR 처리' });
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Draft answer' })).toHaveValue('I simplified the deploy script.');
  await expect(page.getByRole('region', { name: 'Stories that answer it' }).getByRole('link', { name: 'LG전자 유지보수 CSR 처리' })).toBeVisible();
});

test('a story is exported as markdown and imported back', async ({ page }) => {
  await openIn(page, '/stories/india-gst', 'en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('india-gst.md');
  const markdown = await downloadText(download);
  expect(markdown).toContain('title: "인도 출장 GST 프로젝트"');
  await page.goto('/stories');
  await page.getByLabel('Or paste the markdown').fill(markdown.replace('인도 출장 GST 프로젝트', '인도 출장 GST (imported)'));
  await page.getByRole('button', { name: 'Read the markdown' }).click();
  await expect(page.getByText('This updates the story “인도 출장 GST (imported)” with the file’s text.')).toBeVisible();
  await page.getByRole('button', { name: 'Update the story' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('인도 출장 GST (imported)');
});

for (const lang of ['en', 'ko'] as const) {
  for (const path of ['/stories/new', '/stories/india-gst/edit', '/stories', '/questions/why-amazon', '/settings']) {
    test(`${path} has no axe violations in ${lang}, while editing`, async ({ page }) => {
      await openIn(page, path, lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const firstArea = page.locator('main textarea').first();
      if (path.endsWith('/edit') || path.startsWith('/questions/')) {
        await firstArea.fill(`${await firstArea.inputValue()} edited`);
        await expect(page.locator('.save-status')).not.toBeEmpty();
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
