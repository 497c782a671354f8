import type { Page } from '@playwright/test';
import { axeViolations, expect, openIn, test } from './fixtures';

/** Pages in a PDF from Chromium (one page object per page). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** What prints: the colour of the text and of the page behind it, and the buttons or fields that show. */
async function printed(page: Page): Promise<{ text: string; background: string; block: string; controls: number }> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const visible = (el: Element): boolean => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const block = document.querySelector('.sheet-block');
    return {
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
      block: block ? `${getComputedStyle(block).color} on ${getComputedStyle(block).backgroundColor}` : '',
      controls: [...document.querySelectorAll('button, .button, input, select, textarea, nav, [role="button"]')].filter(visible).length,
    };
  });
}

test.describe('the cheat sheet', () => {
  test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });

  test('prints the whole loop dark on white, without buttons, on at most 4 A4 pages', async ({ page }) => {
    await openIn(page, '/sheet', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cheat sheet');
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    // Every principle, with a story line that carries the first line of its Result.
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(17);
    const gst = page.getByRole('listitem').filter({ hasText: '인도 출장 GST 프로젝트' }).first();
    await expect(gst).toContainText('결과적으로는 현지에서 지속적인 시스템 개선사항들에 대해 반영하며');
    await expect(page.getByText('Follow-ups to expect on any story')).toBeVisible();
    // On screen the dark theme shows light text...
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(0, 0, 0)');
    // ...and on paper it is black on white.
    expect(await printed(page)).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', block: 'rgb(0, 0, 0) on rgb(255, 255, 255)', controls: 0 });
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
  });

  test('one principle fits one page; Print on its page prints that sheet only', async ({ page }) => {
    await openIn(page, '/sheet?principle=deliver-results', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cheat sheet: Deliver Results');
    // Both statements on the one-principle sheet.
    await expect(page.getByText('Leaders focus on the key inputs for their business')).toBeVisible();
    await expect(page.locator('.sheet-statement[lang="ko"]')).toBeVisible();
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);

    await page.goto('/principles/deliver-results');
    // What is on the page when the print dialog would open.
    await page.evaluate(() => {
      const w = window as unknown as { printedSheet: string[] };
      w.printedSheet = [];
      window.print = () => {
        const sheet = document.querySelector('.print-sheet');
        // What the paper shows: the page's text as laid out for print.
        w.printedSheet.push(sheet ? `${getComputedStyle(sheet).display}|${document.body.innerText}` : 'none');
      };
    });
    const print = page.getByRole('button', { name: 'Print' });
    await expect(print).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // Buttons do not print: on paper it is hidden, so the click is dispatched to it.
    await page.getByRole('button', { name: 'Print', includeHidden: true }).dispatchEvent('click');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printedSheet: string[] }).printedSheet.length)).toBe(1);
    const [sheet] = await page.evaluate(() => (window as unknown as { printedSheet: string[] }).printedSheet);
    expect(sheet).toMatch(/^block\|/);
    expect(sheet).toContain('Deliver Results');
    expect(sheet).toContain('인도 출장 GST 프로젝트');
    // Only the sheet: not the page's own sections, its buttons or the navigation.
    expect(sheet).not.toContain('My notes');
    expect(sheet).not.toContain('Write a story for this principle');
    expect(sheet).not.toContain('Principles');
    // Done printing: the sheet leaves the page.
    await expect(page.locator('.print-sheet')).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
  });

  test('a story written in the app is on the sheet', async ({ page }) => {
    await openIn(page, '/stories/new?principle=think-big', 'en');
    await page.getByLabel('Title', { exact: true }).fill('Moonshot launch');
    await page.getByLabel('Result', { exact: true }).fill('Doubled sign-ups in a quarter.\nSecond line stays off the sheet.');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.goto('/sheet?principle=think-big');
    const line = page.getByRole('listitem').filter({ hasText: 'Moonshot launch' });
    await expect(line).toContainText('Doubled sign-ups in a quarter.');
    await expect(line).not.toContainText('Second line');
  });
});

for (const lang of ['en', 'ko'] as const) {
  test(`the sheet has no axe violations (${lang})`, async ({ page }) => {
    await openIn(page, '/sheet', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'ko' ? '요약 시트' : 'Cheat sheet');
    expect(await axeViolations(page)).toEqual([]);
  });
}
