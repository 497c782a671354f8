import { expect, test, type Page } from '@playwright/test';
import { stored } from './storage-helpers';

/**
 * The part of the app that reads stored data (the `user-data` chunk) fails or hangs on a returning
 * visit: the app says that part did not load, never that the data is unreadable, never offers to
 * start fresh, writes nothing over the stored data, retries on its own, and then shows the data.
 */

const READER = /\/assets\/user-data-[\w-]+\.js$/;

/** A returning visit: a story stored by the app in an earlier visit. */
async function storeStory(page: Page): Promise<string> {
  await page.goto('/stories/new');
  await page.getByLabel('Title').fill('A story written before the reload');
  await page.getByLabel('Situation').fill('The migration was late.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const raw = await stored(page);
  expect(raw).toContain('A story written before the reload');
  return raw ?? '';
}

test.describe('the reader of stored data fails to load', () => {
  test('fails once: says part of the app did not load, keeps the data, retries on its own and shows the story', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const raw = await storeStory(page);
    await page.context().serviceWorkers();
    let failures = 0;
    await page.route(READER, async (route) => {
      if (failures === 0) {
        failures += 1;
        await route.abort('failed');
      } else await route.continue();
    });
    await page.goto('/stories');
    await expect(page.getByRole('alert').filter({ hasText: 'Part of the app did not load' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
    await expect(page.getByText('Your saved data could not be read')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Start fresh/ })).toHaveCount(0);
    expect(await stored(page)).toBe(raw);
    // Retried on its own: the story shows, and the notice goes.
    await expect(page.getByRole('link', { name: 'A story written before the reload' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Part of the app did not load')).toHaveCount(0);
    expect(await stored(page)).toBe(raw);
    expect(errors).toEqual([]);
  });

  test('hangs: says part of the app is taking long, with Reload; the data stays; a reload then shows it', async ({ page }) => {
    const raw = await storeStory(page);
    let hang = true;
    await page.route(READER, async (route) => {
      if (hang) return; // never answered
      await route.continue();
    });
    await page.goto('/stories');
    await expect(page.getByRole('alert').filter({ hasText: 'Part of the app is taking long to load' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('button', { name: /Start fresh/ })).toHaveCount(0);
    expect(await stored(page)).toBe(raw);
    hang = false;
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('link', { name: 'A story written before the reload' })).toBeVisible();
    expect(await stored(page)).toBe(raw);
  });

  test("a returning visit that receives another tab's write while its reader loads keeps both", async ({ context }) => {
    const first = await context.newPage();
    await storeStory(first);
    // The second tab's reader arrives only after the first tab has written again.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const second = await context.newPage();
    await second.route(READER, async (route) => {
      await held;
      await route.continue();
    });
    const opened = second.goto('/stories');
    await second.waitForRequest(READER);
    await first.goto('/stories/new');
    await first.getByLabel('Title').fill('Written in the other tab meanwhile');
    await expect(first.getByText('Saved', { exact: true })).toBeVisible();
    release();
    await opened;
    await expect(second.getByRole('link', { name: 'A story written before the reload' })).toBeVisible();
    await expect(second.getByRole('link', { name: 'Written in the other tab meanwhile' })).toBeVisible();
    // The second tab writes (a language switch) and both stories stay stored.
    await second
      .getByRole('button', { name: /한국어|Korean/ })
      .first()
      .click();
    await expect.poll(async () => (await stored(second))?.includes('"language":"ko"')).toBe(true);
    const after = (await stored(second)) ?? '';
    expect(after).toContain('A story written before the reload');
    expect(after).toContain('Written in the other tab meanwhile');
  });
});
