import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Every browser test fails on an uncaught page error or a console error. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app with a language preference already stored (as the settings store writes it). */
export async function openIn(page: Page, path: string, lang: 'en' | 'ko'): Promise<void> {
  await page.addInitScript((language) => {
    if (!localStorage.getItem('loop-prep')) {
      localStorage.setItem('loop-prep', JSON.stringify({ state: { settings: { language, theme: 'system', interviewDate: null } }, version: 1 }));
    }
  }, lang);
  await page.goto(path);
}

/** Runs axe-core on the page and returns the violations, summarised for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
