import { axeViolations, expect, openIn, test } from './fixtures';

const ROUTES: { path: string; en: RegExp; ko: RegExp }[] = [
  { path: '/', en: /Your interview loop/, ko: /나의 면접 준비/ },
  { path: '/principles', en: /Leadership Principles/, ko: /리더십 원칙/ },
  { path: '/principles/customer-obsession', en: /Customer Obsession/, ko: /고객 집착/ },
  { path: '/principles/dive-deep', en: /Dive Deep/, ko: /깊게|Dive Deep/ },
  { path: '/questions', en: /Expected questions/, ko: /예상 질문/ },
  { path: '/questions/why-amazon', en: /Amazon/, ko: /왜 아마존에 입사하고 싶은가요/ },
  { path: '/stories', en: /Story bank/, ko: /스토리 뱅크/ },
  { path: '/stories/india-gst', en: /GST/, ko: /GST/ },
  { path: '/topics', en: /First-round topics/, ko: /1차 면접 기술 주제/ },
  { path: '/guides', en: /Guides/, ko: /가이드/ },
  { path: '/guides/interview-process', en: /Interview process/, ko: /채용 과정/ },
  { path: '/settings', en: /Settings/, ko: /설정/ },
];

for (const lang of ['en', 'ko'] as const) {
  for (const route of ROUTES) {
    test(`${route.path} opens directly in ${lang} with no axe violations`, async ({ page }) => {
      await openIn(page, route.path, lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('switching language changes the UI and persists over a reload', async ({ page }) => {
  await openIn(page, '/principles', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership Principles');
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('리더십 원칙');
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('리더십 원칙');
  await page.getByRole('button', { name: 'View in English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership Principles');
});

test('the language follows the browser when nothing is stored', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 면접 준비');
  await context.close();
});

test('an unknown address shows a page-not-found view', async ({ page }) => {
  await openIn(page, '/principles/no-such-principle', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await openIn(page, '/principles', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership Principles');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
