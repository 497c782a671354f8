import type { Page } from '@playwright/test';
import { axeViolations, expect, openIn, test } from './fixtures';

const DAY = 86_400_000;

/**
 * Stores review state before the app starts, as version 2 of the app wrote it (settings and
 * review); the app migrates it to the current version on load, keeping the review state.
 */
async function seedReview(page: Page, lang: 'en' | 'ko', theme: 'light' | 'dark', review: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    ({ lang, theme, review }) => {
      if (sessionStorage.getItem('seeded') === null) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('loop-prep', JSON.stringify({ state: { settings: { language: lang, theme, interviewDate: null }, review }, version: 2 }));
      }
    },
    { lang, theme, review },
  );
}

type StoredReview = { cards: Record<string, { state: number }>; log: unknown[][] };

/** The review state as stored, once the (debounced) write of `entries` log entries has landed. */
async function storedReview(page: Page, entries: number): Promise<StoredReview> {
  const read = () => page.evaluate(() => (JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as { state?: { review?: StoredReview } }).state?.review);
  await expect.poll(async () => (await read())?.log.length, { message: 'the grades reach storage' }).toBe(entries);
  const review = await read();
  if (!review) throw new Error('no review state stored');
  return review;
}

const question = (page: Page) => page.getByRole('region', { name: 'Question' });

test('a session by keyboard only: Space, 1-4 and z, and the grades survive a reload', async ({ page }) => {
  await openIn(page, '/review?deck=principles', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: Leadership Principle recall');
  await expect(page.getByText('Card 1 of 20')).toBeVisible();
  await expect(question(page)).toContainText('Customer Obsession');

  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText('Leaders start with the customer');
  await expect(page.getByRole('button', { name: 'Again', exact: true })).toHaveAccessibleDescription('1m');
  await expect(page.getByRole('button', { name: 'Good', exact: true })).toHaveAccessibleDescription('10m');
  await page.keyboard.press('3');

  await expect(question(page)).toContainText('Ownership');
  await page.keyboard.press('Enter');
  await page.keyboard.press('4');
  await expect(question(page)).toContainText('Invent and Simplify');

  // Undo brings Ownership back, unrevealed, and forgets its grade.
  await page.keyboard.press('z');
  await expect(question(page)).toContainText('Ownership');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(question(page)).toContainText('Invent and Simplify');

  const before = await storedReview(page, 2);
  expect(before.log.map((e) => [e[1], e[2]])).toEqual([
    ['lp:customer-obsession:title-to-statement', 3],
    ['lp:ownership:title-to-statement', 1],
  ]);
  expect(Object.keys(before.cards).sort()).toEqual(['lp:customer-obsession:title-to-statement', 'lp:ownership:title-to-statement']);

  await page.reload();
  await expect(question(page)).toContainText('Invent and Simplify');
  await expect(page.getByText('Card 1 of 20')).toBeVisible();
  expect(await storedReview(page, 2)).toEqual(before);
});

test('the dashboard counts change after a session', async ({ page }) => {
  await openIn(page, '/', 'en');
  const flashcards = page.getByRole('region', { name: 'Flashcards' });
  const figure = (label: string) => flashcards.locator('div', { has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(figure('Reviewed today')).toHaveText('0');
  await expect(figure('Due today')).toHaveText('0');
  await expect(figure('New today')).toHaveText('20');

  await flashcards.getByRole('link', { name: 'Start review' }).click();
  await page.getByRole('link', { name: 'Topic cards', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: Topic cards');
  for (const [i, grade] of ['1', '4'].entries()) {
    await expect(page.getByText(`Card ${i + 1} of`, { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Again', exact: true })).toBeVisible();
    await page.keyboard.press(grade);
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(figure('Reviewed today')).toHaveText('2');
  // Again puts a card into a 1-minute learning step: due today.
  await expect(figure('Due today')).toHaveText('1');
  await expect(figure('New today')).toHaveText('18');
  await expect(figure('Streak')).toHaveText('1 day');
});

test('cram reviews a deck without changing the schedule', async ({ page }) => {
  await openIn(page, '/review?deck=lp:dive-deep', 'en');
  await page.getByRole('button', { name: 'Cram' }).click();
  await expect(page).toHaveURL(/deck=lp:dive-deep&mode=cram/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cram: Dive Deep');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
  await page.keyboard.press('3');
  const stored = await storedReview(page, 1);
  expect(stored.cards).toEqual({});
  expect(stored.log[0]?.[4]).toBe(1);
});

test('by touch on a phone: large targets', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openIn(page, '/review?deck=topics', 'en');
  const show = page.getByRole('button', { name: 'Show answer' });
  expect((await show.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await show.tap();
  for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
    expect(box?.width, name).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole('button', { name: 'Good', exact: true }).tap();
  await expect(page.getByText(/^Card 2 of/)).toBeVisible();
  await context.close();
});

for (const lang of ['en', 'ko'] as const) {
  const words = lang === 'en' ? { show: 'Show answer', stats: 'Review statistics' } : { show: '답 보기', stats: '복습 통계' };
  // Both colour themes are checked: English in light, Korean in dark.
  const theme = lang === 'en' ? 'light' : 'dark';

  test(`/review, a running session and /stats have no axe violations in ${lang} (${theme} theme)`, async ({ page }) => {
    // Four pages, each scanned whole by axe (a behavioural answer shows its stories' full text).
    test.slow();
    const now = Date.now();
    const log = Array.from({ length: 60 }, (_, i) => [now - (i % 40) * DAY - i * 1000, 'lp:ownership:title-to-statement', (i % 4) + 1, 2, 0]).sort(
      (a, b) => (a[0] as number) - (b[0] as number),
    );
    const card = { due: now - DAY, stability: 4, difficulty: 5, scheduledDays: 4, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: now - 5 * DAY };
    await seedReview(page, lang, theme, {
      cards: { 'lp:ownership:title-to-statement': card, 'lp:dive-deep:title-to-statement': { ...card, due: now + 3 * DAY } },
      log,
      settings: { desiredRetention: 0.9, newCardsPerDay: 20 },
    });

    await page.goto('/review');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('link', { name: words.stats })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/review?deck=principles');
    await expect(page.getByRole('button', { name: words.show })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Space');
    await expect(page.getByRole('group')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/review?deck=questions');
    await expect(page.getByRole('button', { name: words.show })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/stats');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.stats);
    // The seeded history is there: 60 grades, drawn in the heatmap.
    await expect(page.getByRole('definition').nth(2)).toHaveText('60');
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`the end-of-session summary has no axe violations in ${lang}`, async ({ page }) => {
    await openIn(page, '/review?deck=lp:dive-deep&mode=cram', lang);
    await expect(page.getByRole('button', { name: words.show })).toBeVisible();
    for (let i = 0; i < 12 && (await page.getByRole('button', { name: words.show }).count()) > 0; i += 1) {
      await page.keyboard.press('Space');
      await expect(page.getByRole('button', { name: words.show })).toHaveCount(0);
      await page.keyboard.press('4');
    }
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
}
