import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, openIn, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const dialogOf = (page: Page, lang: 'en' | 'ko'): Locator => page.getByRole('dialog', { name: lang === 'ko' ? '노트 검색' : 'Search your notes' });
const boxOf = (page: Page, lang: 'en' | 'ko'): Locator => page.getByRole('combobox', { name: lang === 'ko' ? '검색' : 'Search', exact: true });

/** The options of the open search, as their text. */
async function optionTexts(page: Page): Promise<string[]> {
  return page.getByRole('option').allInnerTexts();
}

/** Writes a story in the app (the Title and Result fields), and waits until it is stored. */
async function writeStory(page: Page, lang: 'en' | 'ko', title: string, result: string): Promise<void> {
  await page.goto('/stories/new');
  await page.getByLabel(lang === 'ko' ? '제목' : 'Title', { exact: true }).fill(title);
  await expect(page).toHaveURL(/\/stories\/[^/]+\/edit$/);
  await page.getByLabel(lang === 'ko' ? '결과 (Result)' : 'Result', { exact: true }).fill(result);
  await expect(page.getByRole('status').filter({ hasText: /^(Saved|저장했습니다|저장됨)$/ })).toBeVisible();
}

test.describe('on a phone, in Korean', () => {
  test.use({ viewport: PHONE });

  test('the / key opens search; 토큰 finds Korean text with the word marked, and Enter opens it', async ({ page }) => {
    await openIn(page, '/', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('/');
    const dialog = dialogOf(page, 'ko');
    await expect(dialog).toBeVisible();
    const box = boxOf(page, 'ko');
    await expect(box).toBeFocused();
    // The dialog covers the phone's screen; the tab bar is behind it.
    expect((await dialog.boundingBox())?.width).toBe(PHONE.width);
    await box.fill('토큰');
    const first = page.getByRole('option').first();
    await expect(first).toBeVisible();
    // A word followed by a particle ("토큰으로", "토큰을") is found, and the match is marked.
    await expect(dialog.locator('mark', { hasText: /^토큰$/ }).first()).toBeVisible();
    await expect(page.getByRole('group', { name: '카드', exact: true })).toBeVisible();
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await box.press('ArrowDown');
    const second = page.getByRole('option').nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    const title = (await second.locator('.search-option-title').innerText()).trim();
    await box.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/(topics|stories|questions|principles|guides)\//);
    // The result's place on its page has focus (a card opens on its question, a section on its heading).
    await expect(page.locator(':focus')).toContainText(title.slice(0, 10));
    await expect(page.locator(':focus')).toBeInViewport();
  });

  test('the Search button opens it too; a story written in the app is found; axe finds nothing', async ({ page }) => {
    await openIn(page, '/', 'ko');
    await writeStory(page, 'ko', '체펠린 이전 프로젝트', '배포 시간을 절반으로 줄였습니다');
    await page.getByRole('button', { name: '검색', exact: true }).click();
    const box = boxOf(page, 'ko');
    await box.fill('체펠린');
    await expect(page.getByRole('option', { name: /체펠린 이전 프로젝트/ })).toBeVisible();
    await expect(page.getByRole('group', { name: '스토리', exact: true })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('체펠린 이전 프로젝트');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('initial consonants find a title: ㅇㅈ finds 인증', async ({ page }) => {
    await openIn(page, '/', 'ko');
    await page.getByRole('button', { name: '검색', exact: true }).click();
    await boxOf(page, 'ko').fill('ㅇㅈ');
    await expect(page.getByRole('dialog').locator('mark', { hasText: /^인증/ }).first()).toBeVisible();
  });
});

test.describe('on a desktop, in English', () => {
  test.use({ viewport: DESKTOP });

  test('the Search button finds PKCE in the OAuth topic and lands on its section', async ({ page }) => {
    await openIn(page, '/', 'en');
    const button = page.getByRole('button', { name: 'Search', exact: true });
    await button.click();
    const box = boxOf(page, 'en');
    await expect(box).toBeFocused();
    await box.fill('PKCE');
    const topics = page.getByRole('group', { name: 'Topics', exact: true });
    const pkce = topics.getByRole('option', { name: /PKCE \(RFC 7636\)/ });
    await expect(pkce).toBeVisible();
    await expect(pkce).toContainText('OAuth 2.0');
    await expect(pkce.locator('mark').first()).toHaveText('PKCE');
    // Grouped by kind: cards that mention it come in their own group.
    await expect(page.getByRole('group', { name: 'Cards', exact: true })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await pkce.click();
    await expect(page).toHaveURL(/\/topics\/oauth2#pkce-rfc-7636$/);
    const heading = page.getByRole('heading', { name: 'PKCE (RFC 7636)' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0');
  });

  test('/ and Ctrl-K open search, arrows move, Escape closes and gives focus back', async ({ page }) => {
    await openIn(page, '/principles', 'en');
    const button = page.getByRole('button', { name: 'Search', exact: true });
    await button.focus();
    // Typed at once, while search is still opening: nothing is lost.
    await page.keyboard.press('/');
    await page.keyboard.type('dive');
    const dialog = dialogOf(page, 'en');
    await expect(dialog).toBeVisible();
    const box = boxOf(page, 'en');
    await expect(box).toHaveValue('dive');
    await box.pressSequentially(' deep');
    await expect(page.getByRole('option').first()).toContainText('Dive Deep');
    await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
    await box.press('ArrowUp');
    const options = await optionTexts(page);
    await expect(page.getByRole('option').nth(options.length - 1)).toHaveAttribute('aria-selected', 'true');
    await box.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await expect(box).toHaveValue('');
    await box.fill('qzxv');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing found for “qzxv”' })).toBeVisible();
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('keys typed into search during a review go to search: nothing is graded', async ({ page }) => {
    await openIn(page, '/review?deck=topics', 'en');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    // At once, while search opens: 3 would grade Good, e would open the editor.
    await page.keyboard.press('/');
    await page.keyboard.type('3e');
    const box = boxOf(page, 'en');
    await expect(box).toHaveValue('3e');
    await box.press('Escape');
    await expect(page.getByText(/^0 of \d+ cards done$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit card' })).toBeVisible();
  });

  test('a story written in the app is found, and an edit of it too', async ({ page }) => {
    await openIn(page, '/', 'en');
    await writeStory(page, 'en', 'Zeppelin migration', 'Cut deploy time in half');
    await page.keyboard.press('Control+k');
    const box = boxOf(page, 'en');
    await box.fill('zeppelin');
    await expect(page.getByRole('group', { name: 'Stories', exact: true }).getByRole('option', { name: /Zeppelin migration/ })).toBeVisible();
    await box.fill('deploy time');
    await expect(page.getByRole('option', { name: /Zeppelin migration/ })).toContainText('Cut deploy time in half');
    await page.keyboard.press('Escape');
    // Edited: the index follows (only that story is indexed again).
    await page.getByLabel('Result', { exact: true }).fill('Rollback rate fell to zero');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await box.fill('rollback rate');
    await expect(page.getByRole('option', { name: /Zeppelin migration/ })).toBeVisible();
    await box.fill('deploy time');
    await expect(page.getByRole('option', { name: /Zeppelin migration/ })).toHaveCount(0);
  });

  test('with Keyboard shortcuts off, / types nothing and opens nothing; Ctrl-K still opens search', async ({ page }) => {
    await openIn(page, '/settings', 'en');
    const shortcuts = page.getByRole('checkbox', { name: 'Keyboard shortcuts' });
    await shortcuts.uncheck();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Control+k');
    await expect(dialogOf(page, 'en')).toBeVisible();
    await boxOf(page, 'en').pressSequentially('a/b');
    await expect(boxOf(page, 'en')).toHaveValue('a/b');
  });
});
