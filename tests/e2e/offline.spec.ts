import { expect, openIn, test } from './fixtures';

test('after one visit, the app opens and works offline, on any address', async ({ page, context }) => {
  await openIn(page, '/', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your interview loop');
  // The service worker has installed (precached everything) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });

  await context.setOffline(true);
  // Views never opened online: their chunks come from the precache.
  await page.goto('/topics/oauth2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0');
  await page.goto('/review?deck=topic:jwt');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Easy', exact: true }).click();
  await expect(page.getByText(/^1 of \d+ cards done$/)).toBeVisible();
  await page.goto('/stories/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New story');
});
