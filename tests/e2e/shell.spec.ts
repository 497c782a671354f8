import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, openIn, test } from './fixtures';
import { storedState } from './storage-helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const mainNav = (page: Page, lang: 'en' | 'ko'): Locator => page.getByRole('navigation', { name: lang === 'ko' ? '주 메뉴' : 'Main' });

/** The link or button that marks the current place is on screen, not scrolled or folded away. */
async function expectCurrentInSight(page: Page, lang: 'en' | 'ko', name: string): Promise<void> {
  const nav = mainNav(page, lang);
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(name);
  if (await current.isVisible()) {
    await expect(current).toBeInViewport({ ratio: 1 });
  } else {
    // A place under More: the More button names it.
    const more = nav.getByRole('button', { name: new RegExp(name) });
    await expect(more).toBeInViewport({ ratio: 1 });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  }
}

/**
 * Every word (a run without spaces) in the text under `root` that the layout split over two lines,
 * measured on its line boxes; with the number of words and of distinct lines seen.
 */
function splitWords(root: Element): { split: string[]; words: number; lines: number } {
  const split: string[] = [];
  const lineTops = new Set<number>();
  let words = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top + window.scrollY)));
      if (tops.size === 0) continue;
      words += 1;
      for (const top of tops) lineTops.add(top);
      if (tops.size > 1) split.push(match[0]);
    }
  }
  return { split, words, lines: lineTops.size };
}

test.describe('on a phone, in Korean', () => {
  test.use({ viewport: PHONE });

  test('every place is reachable from the tab bar or More, and the current one stays in sight', async ({ page }) => {
    await openIn(page, '/', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 면접 준비');
    const nav = mainNav(page, 'ko');
    // A bottom bar: nothing scrolls sideways, and it sits at the bottom of the screen.
    const box = await nav.boundingBox();
    expect(box && box.y + box.height).toBeCloseTo(PHONE.height, 0);
    expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expectCurrentInSight(page, 'ko', '홈');

    for (const name of ['리더십 원칙', '스토리', '복습', '홈']) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expectCurrentInSight(page, 'ko', name);
    }

    const more = nav.getByRole('button', { name: '더보기' });
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const places = await nav.locator('.nav-more-list a').allInnerTexts();
    expect(places).toEqual(expect.arrayContaining(['예상 질문', '기술 주제', '가이드', '설정']));
    await more.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();

    for (const name of places) {
      await nav.getByRole('button', { name: /더보기/ }).click();
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expectCurrentInSight(page, 'ko', name);
    }
  });

  test('Korean on a story page breaks between words, never inside one', async ({ page }) => {
    await openIn(page, '/stories/india-gst', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('인도 출장 GST 프로젝트');
    const broken = await page.locator('main').evaluate(splitWords);
    // The page has plenty of Korean text, wrapped over many lines, and no word is split.
    expect(broken.words).toBeGreaterThan(100);
    expect(broken.lines).toBeGreaterThan(20);
    expect(broken.split).toEqual([]);
  });

  test('a wide table scrolls in its own box, which the keyboard can reach', async ({ page }) => {
    await openIn(page, '/topics/jwt', 'ko');
    const box = page.locator('main .scroll-box:has(table)').first();
    await expect(box).toHaveAttribute('role', 'region');
    await expect(box).toHaveAttribute('tabindex', '0');
    await expect(box).toHaveAccessibleName(/^표: /);
    // The page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // No word in a table cell is split ("com/pact", "head/er").
    const { split } = await box.evaluate(splitWords);
    expect(split).toEqual([]);
  });

  test('a whole list card is its link, and targets are at least 44 px high', async ({ page }) => {
    await openIn(page, '/stories', 'ko');
    const card = page.locator('main .card-list > .card').first();
    const title = await card.locator('.card-title a').innerText();
    const cardBox = await card.boundingBox();
    if (!cardBox) throw new Error('no card');
    // Tap the card's bottom-right corner, away from its title.
    await page.mouse.click(cardBox.x + cardBox.width - 8, cardBox.y + cardBox.height - 8);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    for (const path of ['/', '/stories', '/principles', '/principles/think-big', '/questions', '/topics/oauth2', '/review', '/coverage', '/settings']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'a, button, summary, select, input:not([type="checkbox"]):not([type="radio"]), label:has(> input[type="checkbox"])',
          ),
        ]
          // Links inside running text are exempt (WCAG 2.5.8); so is the skip link until focused.
          .filter((el) => !el.closest('.prose, .lead p, .meta, .help, .statement-preview') && !el.matches('.skip-link'))
          .filter(
            (el) =>
              !(el.tagName === 'A' && el.parentElement?.tagName === 'P' && (el.parentElement.textContent ?? '').length > (el.textContent ?? '').length + 5),
          )
          .filter((el) => el.checkVisibility())
          // A list card's title link covers its card: the card is the target.
          .filter((el) => ((el.closest('.card-title') && el.closest('.card-list > .card')) || el).getBoundingClientRect().height < 44)
          .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(el.getBoundingClientRect().height)}px`),
      );
      expect(small, path).toEqual([]);
    }
  });

  test('the Korean views have no axe violations, with the More menu open too', async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of ['/', '/stories', '/stories/india-gst', '/topics/oauth2', '/settings', '/questions/why-amazon', '/review', '/stats']) {
      await openIn(page, path, 'ko');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await mainNav(page, 'ko')
      .getByRole('button', { name: /더보기/ })
      .click();
    expect(await axeViolations(page), 'More open').toEqual([]);
  });
});

test.describe('on a wide screen, in English', () => {
  test.use({ viewport: DESKTOP });

  test('every place is in the header, the current one marked; focus lands on each new heading', async ({ page }) => {
    await openIn(page, '/', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your interview loop');
    const nav = mainNav(page, 'en');
    await expect(nav.getByRole('button')).toBeHidden();
    const places = await nav.getByRole('link').allInnerTexts();
    expect(places).toEqual(expect.arrayContaining(['Home', 'Principles', 'Questions', 'Stories', 'Topics', 'Review', 'Guides', 'Settings']));
    for (const name of [...places.slice(1), places[0] ?? 'Home']) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expectCurrentInSight(page, 'en', name);
    }
    // The back button lands on the heading too; the header stays on screen while scrolling.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.goto('/topics/oauth2');
    await page.mouse.wheel(0, 4000);
    await expect(page.locator('.site-header')).toBeInViewport();
  });

  test('a long topic page has a table of contents and a way back to the top', async ({ page }) => {
    await openIn(page, '/topics/oauth2', 'en');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'PKCE (RFC 7636)' }).click();
    const heading = page.getByRole('heading', { name: 'PKCE (RFC 7636)' });
    await expect(heading).toBeInViewport();
    // Not hidden under the sticky header.
    const headerBottom = (await page.locator('.site-header').boundingBox())?.height ?? 0;
    expect((await heading.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(headerBottom);
    await page.getByRole('link', { name: /Back to top/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('with Keyboard shortcuts off, 3 types nothing and grades nothing in a review', async ({ page }) => {
    await openIn(page, '/settings', 'en');
    const shortcuts = page.getByRole('checkbox', { name: 'Keyboard shortcuts' });
    await expect(shortcuts).toBeChecked();
    await shortcuts.uncheck();
    await expect.poll(async () => (await storedState(page)).state.settings).toMatchObject({ shortcuts: false });

    await page.goto('/review?deck=principles');
    await expect(page.getByText('0 of 20 cards done')).toBeVisible();
    await expect(page.getByText(/Keys: Space/)).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
    await page.keyboard.press('3');
    await page.keyboard.press('z');
    // Still the first card, answer shown, nothing graded or stored, no 3 typed anywhere.
    await expect(page.getByText('0 of 20 cards done')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
    await page.waitForTimeout(600);
    expect((await storedState(page)).state.review).toMatchObject({ log: [] });
    expect(await page.evaluate(() => document.body.innerText.includes('3Show') || (document.activeElement as HTMLInputElement | null)?.value === '3')).toBe(
      false,
    );
    // The buttons still grade.
    await page.getByRole('button', { name: 'Good', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Question' })).toContainText('Ownership');
  });

  test('theme-color follows the chosen theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openIn(page, '/settings', 'en');
    const colors = () => page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => (m as HTMLMetaElement).content));
    await expect.poll(colors).toEqual(['#1f4e79', '#1e2125']);
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(colors).toEqual(['#1e2125', '#1e2125']);
    await page.getByLabel('Theme').selectOption('light');
    await expect.poll(colors).toEqual(['#1f4e79', '#1f4e79']);
  });

  test('the English views have no axe violations', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ['/', '/stories/india-gst', '/topics/oauth2', '/settings', '/questions/why-amazon']) {
      await openIn(page, path, 'en');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
