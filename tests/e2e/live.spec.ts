import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeViolations, expect, openIn, test } from './fixtures';

/**
 * One live model of the notes, in a real browser: what is written in the app shows on every page
 * and on the cards. These run on the real notes, so they compare before and after instead of
 * pinning how many stories the candidate has written (their gaps are theirs to fill).
 */

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

/** The number at the start of a text ("3 stories · 1 question" -> 3). */
const leadingNumber = async (locator: Locator): Promise<number> => Number(/\d+/.exec((await locator.textContent()) ?? '')?.[0] ?? Number.NaN);

/** The figures of the dashboard's coverage summary: principles with a story, with two or more. */
async function dashboardCoverage(page: Page): Promise<{ covered: number; solid: number }> {
  await page.goto('/');
  const text =
    (await page
      .getByRole('region', { name: 'Leadership Principle coverage' })
      .getByText(/principles have a story/)
      .textContent()) ?? '';
  const [covered = Number.NaN, , solid = Number.NaN] = (text.match(/\d+/g) ?? []).map(Number);
  return { covered, solid };
}

async function coverageCount(page: Page, principle: string): Promise<number> {
  await page.goto('/coverage');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: principle, exact: true }) });
  return leadingNumber(row.getByRole('cell').first());
}

/** Steps through a cram session until the front shows `front`; returns false if the deck ends first. */
async function cramTo(page: Page, front: string | RegExp): Promise<boolean> {
  const question = page.getByRole('region', { name: 'Question' });
  await expect(question).toBeVisible();
  for (let i = 0; i < 200; i += 1) {
    if (!(await question.isVisible())) return false;
    if ((await question.getByText(front).count()) > 0) return true;
    const progress = (await page.getByText(/^\d+ of \d+ cards? done$/).textContent()) ?? '';
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.getByText(/^\d+ of \d+ cards? done$/).or(page.getByRole('heading', { name: 'Session complete' }))).not.toHaveText(progress);
  }
  return false;
}

test('a story written for Think Big counts on /principles, its page, the dashboard, /coverage and its card', async ({ page }) => {
  await openIn(page, '/principles', 'en');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Think Big/ }) });
  const storiesBefore = await leadingNumber(card.locator('.meta'));
  const dashboardBefore = await dashboardCoverage(page);
  const coverageBefore = await coverageCount(page, 'Think Big');
  expect(coverageBefore).toBe(storiesBefore);

  await page.goto('/principles/think-big');
  await page.getByRole('link', { name: 'Write a story for this principle' }).first().click();
  await expect(page).toHaveURL(/\/stories\/new\?principle=think-big$/);
  await expect(page.getByRole('checkbox', { name: 'Think Big' })).toBeChecked();
  await page.getByLabel('Title', { exact: true }).fill('Ten times the scale');
  await page.getByLabel('Situation', { exact: true }).fill('Our batch jobs could not grow.');
  await page.getByLabel('Action', { exact: true }).fill('I redesigned the pipeline to shard by tenant.');
  await page.getByLabel('Result', { exact: true }).fill('Throughput grew 10x in 3 months.');
  await expect(saved(page)).toBeVisible();

  await page.goto('/principles');
  await expect(card.locator('.meta')).toHaveText(new RegExp(`^${storiesBefore + 1} stor`));
  await page.goto('/principles/think-big');
  await expect(page.getByRole('region', { name: 'Stories for this principle' }).getByRole('link', { name: 'Ten times the scale' })).toBeVisible();
  expect(await dashboardCoverage(page)).toEqual({
    covered: dashboardBefore.covered + (storiesBefore === 0 ? 1 : 0),
    solid: dashboardBefore.solid + (storiesBefore === 1 ? 1 : 0),
  });
  expect(await coverageCount(page, 'Think Big')).toBe(storiesBefore + 1);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Think Big', exact: true }) });
  await row.getByRole('link', { name: 'Ten times the scale: shows it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ten times the scale');

  await page.goto('/review?deck=lp:think-big&mode=cram');
  expect(await cramTo(page, /Think Big|크게 생각하기/)).toBe(true);
  // Past the recall cards: the principle's prompt card, whatever its phrasing.
  expect(await cramTo(page, 'Answer aloud with a STAR story, then show the answer and grade yourself.')).toBe(true);
  for (;;) {
    await page.keyboard.press('Space');
    const answer = page.getByRole('region', { name: 'Answer' });
    if ((await answer.getByRole('heading', { name: 'Your stories for this principle' }).count()) > 0) {
      await expect(answer.getByRole('heading', { name: 'Ten times the scale' })).toBeVisible();
      await expect(answer.getByText('I redesigned the pipeline to shard by tenant.')).toBeVisible();
      break;
    }
    await page.getByRole('button', { name: /^Good/ }).click();
  }
});

test("a question's edited key points show on its card", async ({ page }) => {
  await openIn(page, '/questions/why-amazon', 'en');
  const prompt = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const keyPoints = page.getByRole('textbox', { name: 'Key points' });
  await keyPoints.fill(`${await keyPoints.inputValue()}\n- a point written in the browser`);
  await expect(saved(page)).toBeVisible();
  await page.goto('/review?deck=questions&mode=cram');
  expect(await cramTo(page, prompt)).toBe(true);
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Answer' }).getByText('a point written in the browser')).toBeVisible();
});

test('a card added on a topic page is reviewed, and edited with e without losing the place', async ({ page }) => {
  await openIn(page, '/topics/docker', 'en');
  await page.getByRole('button', { name: 'Add card' }).click();
  await page.getByRole('textbox', { name: 'Question' }).fill('What does docker image history show?');
  await page.getByRole('textbox', { name: 'Answer' }).fill('The layers of an image and the instruction that made each.');
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByText('Card added to “Docker”.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cards' }).getByText('What does docker image history show?')).toBeVisible();

  await page.goto('/review?deck=topic:docker&mode=cram');
  expect(await cramTo(page, 'What does docker image history show?')).toBe(true);
  const progress = (await page.getByText(/^\d+ of \d+ cards? done$/).textContent()) ?? '';
  await page.keyboard.press('Space');
  await page.keyboard.press('e');
  const question = page.getByRole('form', { name: 'Edit card' }).getByRole('textbox', { name: 'Question' });
  await expect(question).toBeFocused();
  await question.fill('What does `docker image history` show?');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Question' }).getByText('What does `docker image history` show?')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
  await expect(page.getByText(/^\d+ of \d+ cards? done$/)).toHaveText(progress);
  await page.reload();
  await page.goto('/topics/docker');
  await expect(page.getByRole('region', { name: 'Cards' }).getByText('What does `docker image history` show?')).toBeVisible();
});

test('a question added on /questions is listed as yours and kept over a reload', async ({ page }) => {
  await openIn(page, '/questions', 'en');
  await page.getByRole('button', { name: 'New question' }).click();
  await page.getByRole('textbox', { name: 'Question in Korean' }).fill('이 팀에 지원한 이유는 무엇인가요?');
  await page.getByRole('checkbox', { name: 'Customer Obsession' }).check();
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('이 팀에 지원한 이유는 무엇인가요?');
  await page.getByRole('textbox', { name: 'Draft answer' }).fill('고객에게 가까운 팀이기 때문입니다.');
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await page.goto('/questions');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '이 팀에 지원한 이유는 무엇인가요?' }) });
  await expect(item.getByText('Your question')).toBeVisible();
  await page.goto('/principles/customer-obsession');
  await expect(page.getByRole('region', { name: 'Expected questions' }).getByRole('link', { name: '이 팀에 지원한 이유는 무엇인가요?' })).toBeVisible();
});

test('the coverage table scrolls in its own box on a phone, the principle column staying in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openIn(page, '/coverage', 'ko');
  const box = page.getByRole('region', { name: '원칙별 스토리 표' });
  await expect(box).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const header = page.getByRole('rowheader').first();
  const before = await header.boundingBox();
  await box.focus();
  await page.keyboard.press('End');
  await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  const after = await header.boundingBox();
  expect(after?.x).toBe(before?.x);
  await page.getByRole('link', { name: '이 원칙의 스토리 쓰기' }).first().click();
  await expect(page).toHaveURL(/\/stories\/new\?principle=/);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
});

/** axe on one part of a page (the part this work added), with the same rules as axeViolations. */
async function axeViolationsIn(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

const VIEWS: { path: string; open?: (page: Page) => Promise<void>; only?: string }[] = [
  { path: '/coverage' },
  { path: '/principles/think-big' },
  { path: '/questions', open: (page) => page.locator('.page-actions button').click() },
  // The topic's study notes are content (their code blocks and tables are checked elsewhere): the cards part here.
  { path: '/topics/oauth2', open: (page) => page.locator('main section button.button').last().click(), only: 'main section:has(form.card-form)' },
  { path: '/review', open: (page) => page.locator('main section button.button').last().click() },
  { path: '/review?deck=topic:docker&mode=cram', open: (page) => page.keyboard.press('e') },
  { path: '/review?deck=questions&mode=cram', open: async (page) => page.keyboard.press('Space') },
  { path: '/stories/new', open: (page) => page.locator('main textarea').nth(2).fill('We fixed it.') },
];

for (const [lang, width, height] of [
  ['en', 1280, 800],
  ['ko', 390, 844],
] as const) {
  for (const view of VIEWS) {
    test(`${view.path} has no axe violations in ${lang} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openIn(page, view.path, lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await view.open?.(page);
      // Opening a form scrolls the page; axe counts whatever then sits under the sticky header as an
      // obscured target. From the top, the header covers nothing and every target is measured whole.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      expect(view.only === undefined ? await axeViolations(page) : await axeViolationsIn(page, view.only)).toEqual([]);
    });
  }
}
