import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openIn, test } from './fixtures';

const dist = path.resolve(import.meta.dirname, '../../dist');
const assets = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));

const YAML = /YAMLParseError|YAMLSemanticError/;
const code = (file: string): string => readFileSync(path.join(dist, 'assets', file), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
/** [source, built file] of the text modules whose source matches. */
const textChunksOf = (source: RegExp): [string, string][] =>
  Object.entries(manifest)
    .filter(([key]) => source.test(key))
    .map(([key, { file }]) => [key, file]);

test('the browser bundle carries data only: no schema library or file system code, and YAML only in the story import', () => {
  expect(assets.length).toBeGreaterThan(3);
  for (const file of assets) {
    expect(code(file), file).not.toMatch(/ZodError|\$ZodType|node:fs|readFileSync/);
  }
  // The YAML reader sits in the one chunk the story import loads, nowhere else.
  expect(assets.filter((file) => YAML.test(code(file)))).toEqual([expect.stringMatching(/^story-markdown-reader-[\w-]+\.js$/)]);
});

test('the YAML reader loads only when the user imports a story, never on the first page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(path.basename(new URL(request.url()).pathname));
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((file) => assets.includes(file) && YAML.test(code(file)))).toEqual([]);
  await page.getByRole('link', { name: 'Stories' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Story bank');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((file) => assets.includes(file) && YAML.test(code(file)))).toEqual([]);
  await page.getByLabel('Or paste the markdown').fill('---\ntitle : "Pasted"\n---\n## Situation\n\n## Task\n\n## Action\n\n## Result\n');
  await page.getByRole('button', { name: 'Read the markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pasted' })).toBeVisible();
  expect(scripts.filter((file) => assets.includes(file) && YAML.test(code(file)))).toEqual([expect.stringMatching(/^story-markdown-reader-/)]);
});

test('the built page sends a Content-Security-Policy with script-src self', async ({ page }) => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8').replaceAll('&#39;', "'");
  expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self'/);
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the first page loads no other view and no markdown renderer', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => /dashboard-page/.test(s))).toBe(true);
  expect(scripts.filter((s) => /(principle|question|story|stories|topic|guide|settings|coverage|sheet|mock)s?-page|markdown/.test(s))).toEqual([]);
  // Search and print load when used, not before.
  expect(scripts.filter((s) => /search|cheat-sheet|minisearch/.test(s))).toEqual([]);
  // Nothing of the mock interview either: its run, the recorder and the speech analysis load with /mock.
  expect(scripts.filter((s) => /runner|recorder|analyse-recording|speech-analysis|follow-ups/.test(s))).toEqual([]);
  // Text loads per feature and per language: the dashboard's English words, no other feature's,
  // and no Korean text at all.
  const textChunks = textChunksOf(/^src\/features\/[\w-]+\/text(-ko)?\.ts$/);
  expect(textChunks.filter(([source]) => source.endsWith('-ko.ts')).length).toBeGreaterThan(3);
  for (const [source, file] of textChunks) {
    expect(scripts.includes(`/${file}`), source).toBe(source === 'src/features/dashboard/text.ts');
  }
  for (const [source, file] of textChunksOf(/^src\/i18n\/[\w-]+-ko\.ts$/)) expect(scripts.includes(`/${file}`), source).toBe(false);
});

test('a Korean first page loads the Korean text only; switching to English loads the English', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openIn(page, '/', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 면접 준비');
  await page.waitForLoadState('networkidle');
  const fetched = (source: string): boolean => scripts.includes(`/${textChunksOf(new RegExp(`^${source}$`))[0]?.[1] ?? '-'}`);
  expect(fetched('src/features/dashboard/text-ko.ts')).toBe(true);
  expect(fetched('src/i18n/common-ko.ts')).toBe(true);
  expect(fetched('src/features/dashboard/text.ts')).toBe(false);
  await page.getByRole('button', { name: 'View in English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your interview loop');
  expect(fetched('src/features/dashboard/text.ts')).toBe(true);
  // And back: the Korean text is already here.
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 면접 준비');
});

test('search loads when it opens: its dialog, its worker and the text of the notes', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /search/.test(s))).toEqual([]);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill('PKCE');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(scripts.some((s) => /search-dialog/.test(s))).toBe(true);
  expect(scripts.some((s) => /search-text/.test(s))).toBe(true);
  // The index is built in a worker, not on the page.
  expect(workers.some((w) => /search-worker/.test(w))).toBe(true);
  expect(scripts.some((s) => /search-handler/.test(s))).toBe(false);
});

test('Print on a principle page loads the sheet only when pressed', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/principles/ownership');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /sheet-page|cheat-sheet/.test(s))).toEqual([]);
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => scripts.some((s) => /sheet-page/.test(s))).toBe(true);
});

test('the statistics and the mock setup of a new user load no card faces: they load when a card is named or asked', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Review statistics' })).toBeVisible();
  await expect(page.getByText('No card has been graded Again yet.')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => /stats-page/.test(s))).toBe(true);
  expect(scripts.filter((s) => /card-faces|card-list-label/.test(s))).toEqual([]);
  // The mock's setup neither: the faces come with the first question.
  await page.goto('/mock');
  await expect(page.getByRole('button', { name: 'Begin the mock' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /card-faces/.test(s))).toEqual([]);
  await page.getByRole('button', { name: 'Begin the mock' }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  expect(scripts.filter((s) => /card-faces/.test(s))).toHaveLength(1);
});

test('a first visit loads no reader of stored data; it comes for another tab’s write and for a returning visit', async ({ browser }) => {
  const context = await browser.newContext();
  const scripts: string[] = [];
  context.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(path.basename(new URL(request.url()).pathname));
  });
  const readers = (): string[] => scripts.filter((file) => /^user-data-/.test(file));
  const first = await context.newPage();
  await first.goto('/');
  await expect(first.getByRole('heading', { level: 1, name: 'Your interview loop' })).toBeVisible();
  await first.waitForLoadState('networkidle');
  expect(readers()).toEqual([]);
  // A second tab writes (a first write needs no reader either); the first tab takes it in.
  const second = await context.newPage();
  await second.goto('/');
  await second.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(second.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(first.locator('html')).toHaveAttribute('lang', 'ko');
  expect(readers().length).toBeGreaterThan(0);
  // A returning visit reads what is stored before it shows anything.
  const returning = await context.newPage();
  scripts.length = 0;
  await returning.goto('/');
  await expect(returning.getByRole('heading', { level: 1 })).toHaveText('나의 면접 준비');
  expect(readers()).toHaveLength(1);
  await context.close();
});
