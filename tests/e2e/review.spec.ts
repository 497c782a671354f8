import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, openIn, test } from './fixtures';

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Stores review state before the app starts, as version 2 of the app wrote it (settings and
 * review); the app migrates it to the current version on load, keeping the review state.
 */
async function seedReview(
  page: Page,
  lang: 'en' | 'ko',
  theme: 'light' | 'dark',
  review: Record<string, unknown>,
  interviewDate: string | null = null,
): Promise<void> {
  await page.addInitScript(
    ({ lang, theme, review, interviewDate }) => {
      if (sessionStorage.getItem('seeded') === null) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('loop-prep', JSON.stringify({ state: { settings: { language: lang, theme, interviewDate }, review }, version: 2 }));
      }
    },
    { lang, theme, review, interviewDate },
  );
}

type StoredReview = { cards: Record<string, { state: number }>; log: unknown[][]; flags: Record<string, unknown> };

/** The review state as stored, once the (debounced) write of `entries` log entries has landed. */
async function storedReview(page: Page, entries: number): Promise<StoredReview> {
  const read = () => page.evaluate(() => (JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as { state?: { review?: StoredReview } }).state?.review);
  await expect.poll(async () => (await read())?.log.length, { message: 'the grades reach storage' }).toBe(entries);
  const review = await read();
  if (!review) throw new Error('no review state stored');
  return review;
}

const question = (page: Page) => page.getByRole('region', { name: 'Question' });
const count = (page: Page, name: 'New' | 'Learning' | 'Review') => page.getByRole('group', { name: 'Cards left' }).getByLabel(name, { exact: true });
const card = (now: number, extra: Record<string, unknown> = {}) => ({
  due: now - DAY,
  stability: 4,
  difficulty: 5,
  scheduledDays: 4,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  lastReview: now - 5 * DAY,
  ...extra,
});
const noSettings = { desiredRetention: 0.9, newCardsPerDay: 20 };

async function expectCounts(page: Page, values: { New: number; Learning: number; Review: number }): Promise<void> {
  for (const [name, value] of Object.entries(values)) await expect(count(page, name as 'New'), name).toHaveText(String(value));
}

test('a session by keyboard only: Space, 1-4 and z, counts in cards, and the grades survive a reload', async ({ page }) => {
  await openIn(page, '/review?deck=principles', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: Leadership Principle recall');
  await expectCounts(page, { New: 20, Learning: 0, Review: 0 });
  await expect(page.getByText('0 of 20 cards done')).toBeVisible();
  await expect(question(page)).toContainText('Customer Obsession');

  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText('Leaders start with the customer');
  await expect(page.getByRole('button', { name: 'Again', exact: true })).toHaveAccessibleDescription('1m');
  await expect(page.getByRole('button', { name: 'Good', exact: true })).toHaveAccessibleDescription('10m');
  await page.keyboard.press('4');

  await expect(question(page)).toContainText('Ownership');
  await expectCounts(page, { New: 19, Learning: 0, Review: 0 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('4');
  await expect(question(page)).toContainText('Invent and Simplify');

  // Undo brings Ownership back, unrevealed, and forgets its grade.
  await page.keyboard.press('z');
  await expect(question(page)).toContainText('Ownership');
  await expectCounts(page, { New: 19, Learning: 0, Review: 0 });
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(question(page)).toContainText('Invent and Simplify');

  const before = await storedReview(page, 2);
  expect(before.log.map((e) => [e[1], e[2]])).toEqual([
    ['lp:customer-obsession:title-to-statement', 4],
    ['lp:ownership:title-to-statement', 1],
  ]);

  await page.reload();
  // Ownership is in a one-minute learning step; Customer Obsession is done for days; two of the
  // day's 20 new cards are used.
  await expectCounts(page, { New: 18, Learning: 1, Review: 0 });
  await expect(page.getByText('0 of 19 cards done')).toBeVisible();
  expect(await storedReview(page, 2)).toEqual(before);
});

test('counts during a session with Again grades never grow, and the bar only moves forward', async ({ page }) => {
  await openIn(page, '/review?deck=lp:dive-deep', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: Dive Deep');
  const bar = page.getByRole('progressbar');
  const total = Number(await bar.getAttribute('max'));
  await expectCounts(page, { New: total, Learning: 0, Review: 0 });
  const seen = new Map<string, number>();
  let lastNew = total;
  let lastDone = 0;
  let grades = 0;
  while ((await page.getByRole('button', { name: 'Show answer' }).count()) > 0) {
    const text = (await question(page).textContent()) ?? '';
    seen.set(text, (seen.get(text) ?? 0) + 1);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Again', exact: true })).toBeVisible();
    await page.keyboard.press(seen.get(text) === 1 ? '1' : '4');
    grades += 1;
    if ((await page.getByRole('group', { name: 'Cards left' }).count()) === 0) break;
    const now = Number(await count(page, 'New').textContent());
    const done = Number(await bar.getAttribute('value'));
    expect(now).toBeLessThanOrEqual(lastNew);
    expect(await count(page, 'Learning').textContent()).toBe('0');
    expect(done).toBeGreaterThanOrEqual(lastDone);
    expect(await bar.getAttribute('max')).toBe(String(total));
    [lastNew, lastDone] = [now, done];
  }
  const summary = page.getByRole('region', { name: 'Session complete' });
  await expect(summary).toContainText(`You went through ${total} cards with ${grades} grades`);
  expect(grades).toBe(2 * total);
});

/** Noon on 24 Nov 2026 (local): far from the 04:00 start of a study day, whenever the tests run. */
const NOON = new Date(2026, 10, 24, 12).getTime();

test('the shared limit: says so when it stops a deck, and More new cards today adds ten for today', async ({ page }) => {
  const now = NOON;
  await page.clock.install({ time: now });
  const log = Array.from({ length: 20 }, (_, i) => [now - 30 * MINUTE + i, `topic:jwt:${i}`, 3, 0, 0]);
  await seedReview(page, 'en', 'light', { cards: {}, log, settings: noSettings });
  await page.goto('/review');
  await expect(page.getByText('0 new cards left today, across all decks.')).toBeVisible();
  await page.getByRole('link', { name: 'OAuth 2.0', exact: true }).click();
  const summary = page.getByRole('region', { name: 'Nothing is due in this deck now.' });
  await expect(summary).toContainText("Today's limit of 20 new cards, shared by all decks, is reached");
  await expect(summary).toContainText('New cards of this deck come in tomorrow (the daily limit).');
  await summary.getByRole('button', { name: 'More new cards today' }).click();
  await expectCounts(page, { New: 10, Learning: 0, Review: 0 });
  await expect(page.getByText('10 new cards left today, across all decks.')).toBeVisible();
});

test('Start review on the dashboard starts a session at once, due cards first', async ({ page }) => {
  const now = Date.now();
  await seedReview(page, 'en', 'light', { cards: { 'lp:ownership:title-to-statement': card(now) }, log: [], settings: noSettings });
  await page.goto('/');
  await page.getByRole('region', { name: 'Flashcards' }).getByRole('link', { name: 'Start review' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: All decks');
  await expectCounts(page, { New: 20, Learning: 0, Review: 1 });
  await expect(question(page)).toContainText('Ownership');
});

test('a tag deck from the deck list, and the deck list in a few key presses', async ({ page }) => {
  await openIn(page, '/review', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  // Skip link, into the page, the deck finder, a few letters, then the deck's one link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Find a deck' })).toBeFocused();
  await page.keyboard.type('oauth');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'OAuth 2.0', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: OAuth 2.0');

  await page.goto('/review');
  await page.getByRole('link', { name: 'Tag: auth' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: Tag: auth');
  await expect(page).toHaveURL(/deck=tag:auth/);
  await expectCounts(page, { New: 20, Learning: 0, Review: 0 });
});

test('a leech is flagged; bury and suspend by key, with undo', async ({ page }) => {
  const now = Date.now();
  await seedReview(page, 'en', 'light', {
    cards: { 'lp:dive-deep:title-to-statement': card(now, { lapses: 8, due: now - 2 * DAY }), 'lp:dive-deep:statement-to-title': card(now) },
    log: [],
    settings: noSettings,
  });
  await page.goto('/review?deck=lp:dive-deep');
  await expect(page.getByText('Leech.')).toBeVisible();
  await expect(page.getByText(/You have forgotten this card 8 times/)).toBeVisible();
  await expect(count(page, 'Review')).toHaveText('2');
  await page.keyboard.press('s');
  await expect(page.getByText(/^Card suspended/)).toBeVisible();
  await expect(count(page, 'Review')).toHaveText('1');
  await expect(page.getByText('Leech.')).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(count(page, 'Review')).toHaveText('0');
  await page.keyboard.press('z');
  await expect(count(page, 'Review')).toHaveText('1');
  await page.keyboard.press('z');
  await expect(page.getByText('Leech.')).toBeVisible();
  await expect(count(page, 'Review')).toHaveText('2');
  await page.keyboard.press('s');
  await expect(count(page, 'Review')).toHaveText('1');
  await expect
    .poll(async () =>
      page.evaluate(() =>
        JSON.stringify((JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as { state: { review: { flags: unknown } } }).state.review.flags),
      ),
    )
    .toBe('{"lp:dive-deep:title-to-statement":{"suspended":true,"buriedDay":null}}');
  await page.goto('/stats');
  const setAside = page.getByRole('region', { name: 'Leeches and suspended cards' });
  await expect(setAside.getByText('8 lapses')).toBeVisible();
  await setAside.getByRole('button', { name: /^Restore/ }).click();
  await expect(setAside.getByText('No card is suspended.')).toBeVisible();
});

test("undo after another tab's import or merge does nothing: the imported history stays", async ({ page, context }) => {
  await openIn(page, '/review?deck=principles', 'en');
  await expect(question(page)).toContainText('Customer Obsession');
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await storedReview(page, 1);

  // Another tab writes data with a different history for that card (an import there).
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => {
    const data = JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as {
      state: { review: { cards: Record<string, { reps: number; lastReview: number }> } };
    };
    const id = 'lp:customer-obsession:title-to-statement';
    const imported = data.state.review.cards[id];
    if (!imported) throw new Error('no card');
    data.state.review.cards[id] = { ...imported, reps: 42, lastReview: imported.lastReview + 1000 };
    // A write of its own: not stamped as this tab's last write.
    delete (data as { rev?: string }).rev;
    delete (data as { parent?: string | null }).parent;
    localStorage.setItem('loop-prep', JSON.stringify(data));
  });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.keyboard.press('z');
  await expect(question(page)).toContainText('Ownership');
  await expect
    .poll(async () =>
      page.evaluate(
        () =>
          (JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as { state: { review: { cards: Record<string, { reps: number }> } } }).state.review.cards[
            'lp:customer-obsession:title-to-statement'
          ]?.reps,
      ),
    )
    .toBe(42);
  await other.close();
});

for (const timezoneId of ['Asia/Seoul', 'America/Los_Angeles']) {
  test(`one study day in ${timezoneId}: a grade at 23:00 and the night after midnight are the same day, 04:00 starts the next`, async ({ browser }) => {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    // 23:00 local on 24 Nov 2026, built in the page's own timezone.
    await page.clock.install({ time: new Date('2026-11-20T00:00:00Z') });
    await openIn(page, '/', 'en');
    const at = (day: number, hour: number, minute = 0) => page.evaluate(([d, h, m]) => new Date(2026, 10, d, h, m).getTime(), [day, hour, minute] as const);
    await page.clock.setSystemTime(await at(24, 23));
    await page.goto('/review?deck=principles');
    await expect(question(page)).toContainText('Customer Obsession');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Easy', exact: true })).toBeVisible();
    await page.keyboard.press('4');
    await storedReview(page, 1);

    await page.clock.setSystemTime(await at(25, 0, 30));
    await page.goto('/stats');
    const totals = page.getByRole('region', { name: 'Totals' });
    await expect(totals.locator('div', { has: page.getByText('Graded today', { exact: true }) }).locator('dd')).toHaveText('1');
    await page.goto('/review');
    await expect(page.getByText('19 new cards left today, across all decks.')).toBeVisible();

    await page.clock.setSystemTime(await at(25, 4, 30));
    await page.goto('/stats');
    await expect(totals.locator('div', { has: page.getByText('Graded today', { exact: true }) }).locator('dd')).toHaveText('0');
    await expect(totals.locator('div', { has: page.getByText('Streak', { exact: true }) }).locator('dd')).toHaveText('1 day');
    await page.goto('/review');
    await expect(page.getByText('20 new cards left today, across all decks.')).toBeVisible();
    await context.close();
  });
}

test('Anki and Quizlet: a file is previewed with its problems, becomes an own deck to review, and a deck exports as Anki reads it', async ({ page }) => {
  await openIn(page, '/review', 'en');
  const anki = [
    '#separator:tab',
    '#html:true',
    '#deck:Interview::Auth',
    '#tags column:3',
    'What does OAuth 2.0 delegate?\tAuthorization,<br>not authentication.\toauth',
    'a line with no answer',
    'What signs a JWT?\tThe issuer’s <b>private key</b> (RS256) or a shared secret (HS256).\tjwt',
    '',
  ].join('\n');
  await page.getByLabel('Choose a file').setInputFiles({ name: 'auth.txt', mimeType: 'text/plain', buffer: Buffer.from(anki) });
  const preview = page.getByRole('form', { name: 'Before anything is added' });
  await expect(preview.getByRole('status')).toHaveText('Anki notes: 2 cards can be added. 1 line is refused (below).');
  await expect(preview.getByText('Line 6: no tab or comma between the question and the answer.')).toBeVisible();
  // Nothing is stored before the user confirms.
  expect(await page.evaluate(() => localStorage.getItem('loop-prep')?.includes('What signs a JWT') ?? false)).toBe(false);
  await expect(preview.getByRole('textbox', { name: 'Add them to my deck' })).toHaveValue('Interview - Auth');
  await preview.getByRole('button', { name: 'Add 2 cards' }).click();
  await expect(page.getByText('Added 2 cards to your deck "Interview - Auth".')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Your own decks' }).getByRole('link', { name: 'Interview - Auth' })).toBeVisible();

  // A malformed Quizlet file: refused line by line, nothing to add.
  await page.getByLabel('Choose a file').setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from('only a term\n,no term here\n') });
  await expect(preview.getByRole('status')).toHaveText('Quizlet text: 0 cards can be added. 2 lines are refused (below).');
  await expect(preview.getByText('Line 1: no tab or comma between the question and the answer.')).toBeVisible();
  await expect(preview.getByText('Line 2: the question is empty.')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Add 0 cards' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Cancel' }).click();

  // The imported cards are reviewed like any other, and survive a reload.
  await page.getByRole('table', { name: 'Your own decks' }).getByRole('link', { name: 'Interview - Auth' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review: Interview - Auth' })).toBeVisible();
  await expectCounts(page, { New: 2, Learning: 0, Review: 0 });
  await expect(question(page).getByText('What does OAuth 2.0 delegate?')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Answer' }).getByText(/not authentication/)).toBeVisible();
  await page.keyboard.press('3');
  await storedReview(page, 1);

  // Export that deck as Anki notes: the file reads back to the same two cards.
  await page.goto('/review');
  await page.getByRole('combobox', { name: 'Deck to export' }).selectOption({ label: 'Interview - Auth (2)' });
  await page.getByRole('radio', { name: /^Anki/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file' }).click()]);
  expect(download.suggestedFilename()).toBe('Interview - Auth (Anki).txt');
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('#separator:tab');
  expect(text).toContain('What signs a JWT?\t');
  expect(text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toHaveLength(2);
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
  await page.getByRole('button', { name: 'Easy', exact: true }).tap();
  await expect(page.getByText(/^1 of \d+ cards done$/)).toBeVisible();
  await context.close();
});

for (const lang of ['en', 'ko'] as const) {
  const words =
    lang === 'en'
      ? {
          show: 'Show answer',
          stats: 'Review statistics',
          grades: 'Grade your recall',
          more: 'More new cards today',
          filter: 'Find a deck',
          paste: 'Or paste the cards as text',
          read: 'Read the cards',
          preview: 'Before anything is added',
        }
      : {
          show: '답 보기',
          stats: '복습 통계',
          grades: '얼마나 잘 떠올렸나요',
          more: '오늘 새 카드 더 보기',
          filter: '덱 찾기',
          paste: '또는 카드를 텍스트로 붙여 넣기',
          read: '카드 읽기',
          preview: '추가하기 전에 확인하세요',
        };
  // Both colour themes are checked: English in light, Korean in dark.
  const theme = lang === 'en' ? 'light' : 'dark';

  test(`/review, a running session with a leech, the limit notice and /stats with readiness have no axe violations in ${lang} (${theme} theme)`, async ({
    page,
  }) => {
    // Several pages, each scanned whole by axe (a behavioural answer shows its stories' full text).
    test.slow();
    const now = Date.now();
    const log = Array.from({ length: 60 }, (_, i) => [now - (i % 40) * DAY - i * 1000, 'lp:ownership:title-to-statement', (i % 4) + 1, 2, 0]).sort(
      (a, b) => (a[0] as number) - (b[0] as number),
    );
    const interview = new Date(now + 10 * DAY).toISOString().slice(0, 10);
    await seedReview(
      page,
      lang,
      theme,
      {
        cards: { 'lp:ownership:title-to-statement': card(now, { lapses: 9 }), 'lp:dive-deep:title-to-statement': card(now, { due: now + 3 * DAY }) },
        log,
        settings: noSettings,
      },
      interview,
    );

    await page.goto('/review');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('searchbox', { name: words.filter })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // The import preview, with a card and a refused line.
    await page.getByRole('textbox', { name: words.paste }).fill('Pod\tThe smallest deployable unit\nno answer here\n');
    await page.getByRole('button', { name: words.read }).click();
    await expect(page.getByRole('form', { name: words.preview })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/review?deck=principles');
    await expect(page.getByRole('button', { name: words.show })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: words.grades })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/review?deck=questions');
    await expect(page.getByRole('button', { name: words.show })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: words.grades })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/stats');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.stats);
    await expect(page.getByRole('definition').nth(2)).toHaveText('60');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/');
    await expect(
      page.getByRole('region', {
        name: lang === 'en' ? 'Predicted recall on the interview morning, if you reviewed nothing more' : '더 복습하지 않을 때 면접 당일 아침 예상 기억률',
      }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`the end-of-session summary and the limit notice have no axe violations in ${lang}`, async ({ page }) => {
    test.slow();
    const now = NOON;
    await page.clock.install({ time: now });
    const log = Array.from({ length: 20 }, (_, i) => [now - 30 * MINUTE + i, `topic:jwt:${i}`, 3, 0, 0]);
    await seedReview(page, lang, theme, { cards: {}, log, settings: noSettings });
    await page.goto('/review?deck=topic:oauth2');
    await expect(page.getByRole('button', { name: words.more })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/review?deck=lp:dive-deep&mode=cram');
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
