import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KEY, storageSnapshot } from './storage-helpers';
import { seededRandom as random } from '../unit/seeded-random';

/**
 * Generated corrupted stored payloads, built from a state the app itself saved: truncations,
 * flipped bytes, wrong types, unknown fields, wrong versions, extreme numbers, duplicate keys,
 * `__proto__` keys, missing fields. For each, in the browser: the app opens, the views render, and
 * either everything stored is kept in the loaded data (a write keeps it all) or the stored text is
 * kept byte for byte under a backup key and a notice says so. Seeded: a failure names its payload.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function paths(value: Json, at: Path = [], out: { path: Path; value: Json }[] = []): { path: Path; value: Json }[] {
  out.push({ path: at, value });
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

function setAt(root: Json, at: Path, value: Json | undefined): Json {
  if (at.length === 0) return value ?? null;
  const [head, ...rest] = at;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (value === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = setAt(copy[head as number] ?? null, rest, value);
    return copy;
  }
  const copy = { ...(root as Record<string, Json>) };
  if (value === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = setAt(copy[head as string] ?? null, rest, value);
  return copy;
}

const KINDS = ['truncated', 'flipped', 'wrong-type', 'unknown-field', 'version', 'extreme-number', 'duplicate-key', 'proto-key', 'missing-field'] as const;
const PER_KIND = 24;

function corrupt(base: string, kind: (typeof KINDS)[number], seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const tree = JSON.parse(base) as Json;
  const all = paths(tree).filter((p) => p.path.length > 1 && p.path[0] === 'state');
  const leaves = all.filter((p) => p.value === null || typeof p.value !== 'object');
  const objects = all.filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value));
  switch (kind) {
    case 'truncated':
      return base.slice(0, Math.floor(next() * base.length));
    case 'flipped': {
      const i = Math.floor(next() * base.length);
      return `${base.slice(0, i)}${pick(['"', '}', ',', '0', 'x', '\\', ' ', 'é', '{', ']'])}${base.slice(i + 1)}`;
    }
    case 'wrong-type': {
      const target = pick(all);
      const wrong = pick<Json>([42, 'text', true, null, [], {}, [1, 'a'], { nested: 1 }]);
      return JSON.stringify(setAt(tree, target.path, wrong));
    }
    case 'unknown-field': {
      const target = pick(objects);
      return JSON.stringify(setAt(tree, [...target.path, pick(['extra', 'plans', 'mood', 'x1', 'z-future'])], pick([1, 'new', { deep: [1, 2] }, null])));
    }
    case 'version':
      return JSON.stringify(setAt(tree, ['version'], pick([0, 1, 2, 3, -1, 1.5, '4', null, 99, 5, 1e20])));
    case 'extreme-number': {
      const numbers = leaves.filter((p) => typeof p.value === 'number');
      const target = numbers.length > 0 ? pick(numbers) : pick(leaves);
      return JSON.stringify(setAt(tree, target.path, pick([1e20, -1, 1e308, -1e308, 8.64e15 + 1, 2 ** 53, 0.5, -0])));
    }
    case 'duplicate-key': {
      const target = pick(objects);
      const key = pick(Object.keys(target.value as object).concat(['title']));
      const text = JSON.stringify(setAt(tree, [...target.path, '__dup__'], pick([1, 'first', { a: 1 }])));
      return text.replace('"__dup__":', `${JSON.stringify(key)}:`);
    }
    case 'proto-key': {
      const target = pick(objects);
      const text = JSON.stringify(setAt(tree, [...target.path, '__p__'], { polluted: true }));
      return text.replace('"__p__":', '"__proto__":');
    }
    case 'missing-field': {
      const target = pick(all);
      return JSON.stringify(setAt(tree, target.path, undefined));
    }
  }
}

/** True when `data` holds every key and value of `tree` (at any depth), `skip` paths aside. */
function covers(tree: unknown, data: unknown, skip: (path: string) => boolean, at = ''): string | null {
  if (skip(at)) return null;
  if (Object.is(tree, data)) return null;
  if (typeof tree !== 'object' || tree === null || typeof data !== 'object' || data === null) return at || '(root)';
  if (Array.isArray(tree)) {
    if (!Array.isArray(data) || data.length !== tree.length) return at;
    for (let i = 0; i < tree.length; i += 1) {
      const miss = covers(tree[i], data[i], skip, `${at}[${i}]`);
      if (miss) return miss;
    }
    return null;
  }
  for (const key of Object.keys(tree)) {
    if (!Object.hasOwn(data, key)) return `${at}.${key}`;
    const miss = covers((tree as Record<string, unknown>)[key], (data as Record<string, unknown>)[key], skip, `${at}.${key}`);
    if (miss) return miss;
  }
  return null;
}

const VIEWS = [
  '/',
  '/principles',
  '/principles/ownership',
  '/principles/think-big',
  '/questions',
  '/questions/q-mh2x1k0',
  '/coverage',
  '/stories',
  '/stories/india-gst',
  '/stories/india-gst/edit',
  '/topics',
  '/topics/docker',
  '/review',
  '/stats',
  '/guides',
  '/guides/interview-process',
  '/settings',
];
const ERROR_TITLE = /Something went wrong on this page|이 페이지에서 문제가 생겼습니다/;

/**
 * A state the app saved: an older stored value (stories, drafts, cards of one's own and edited,
 * an own question, principle notes, reviews) it migrated and wrote back, after a backup was exported.
 */
async function realSavedState(page: Page): Promise<string> {
  const v5 = readFileSync(path.resolve(import.meta.dirname, '../fixtures/user-data/v5.json'), 'utf8');
  await load(page, v5, '/settings');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  await expect
    .poll(async () => (JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}') as { version?: number }).version)
    .toBeGreaterThan(5);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
  if (saved === null) throw new Error('the app saved nothing');
  return saved;
}

async function check(page: Page, raw: string, view: string, label: string): Promise<'kept whole' | 'copied'> {
  await load(page, raw, view);
  await expect(page.locator('main h1').first(), `${label}: ${view} renders`).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('main h1').first(), `${label}: ${view} renders`).not.toHaveText(ERROR_TITLE);
  const copies = Object.entries(await storageSnapshot(page)).filter(([key]) => key.startsWith(`${KEY}:unreadable:`));
  if (copies.some(([, value]) => value === raw)) {
    expect(copies, `${label}: one copy`).toHaveLength(1);
    await expect(page.locator('.storage-notices [role="alert"]').first(), `${label}: the user is told`).toBeVisible();
    return 'copied';
  }
  // No copy: what loaded must hold everything stored. A write (the language switch) shows it.
  expect(copies, `${label}: a copy of something else`).toEqual([]);
  const before = JSON.parse(raw) as { state: Record<string, unknown> };
  await page.locator('.language-switch').click();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const after = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null') as { state: Record<string, unknown> } | null;
  const missing = covers(before.state, after?.state, (p) => p === '.settings.language');
  expect(missing, `${label}: loaded without a notice, but a write dropped ${missing}`).toBeNull();
  return 'kept whole';
}

const GROUPS = 4;

// A payload is handed over in sessionStorage and put in place by an init script before the app's
// code runs on the next page: whatever the previous page wrote on its way out is replaced.
test.beforeEach(async ({ page }) => {
  await page.addInitScript((key) => {
    const next = sessionStorage.getItem('next-payload');
    if (next === null) return;
    sessionStorage.removeItem('next-payload');
    localStorage.clear();
    localStorage.setItem(key, next);
  }, KEY);
});

async function load(page: Page, raw: string, view: string): Promise<void> {
  if (page.url().startsWith('http')) await page.evaluate((value) => sessionStorage.setItem('next-payload', value), raw);
  else {
    await page.goto('/');
    await page.evaluate((value) => sessionStorage.setItem('next-payload', value), raw);
  }
  await page.goto(view);
}

for (let group = 0; group < GROUPS; group += 1) {
  test(`corrupted stored data, group ${group + 1} of ${GROUPS}: the app opens, views render, nothing is lost without a copy and a notice`, async ({ page }) => {
    test.setTimeout(240_000);
    const base = await realSavedState(page);
    const outcomes = { 'kept whole': 0, copied: 0 };
    let n = 0;
    for (const kind of KINDS) {
      for (let i = 0; i < PER_KIND; i += 1) {
        const seed = KINDS.indexOf(kind) * 1000 + i + 1;
        if (seed % GROUPS !== group) continue;
        const raw = corrupt(base, kind, seed);
        outcomes[await check(page, raw, VIEWS[seed % VIEWS.length] ?? '/', `${kind} #${seed}`)] += 1;
        n += 1;
      }
    }
    expect(n).toBeGreaterThanOrEqual(50);
    expect(outcomes.copied).toBeGreaterThan(0);
    expect(outcomes['kept whole']).toBeGreaterThan(0);
  });
}

test('a time out of the range of Date does not take Settings down, and restore stays reachable', async ({ page }) => {
  const base = JSON.parse(await realSavedState(page)) as { state: { meta: { lastBackupAt: number | null } } };
  base.state.meta.lastBackupAt = 1e20;
  await check(page, JSON.stringify(base), '/settings', 'lastBackupAt 1e20');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Export backup|백업 내보내기/ })).toBeVisible();
});

test('every view renders over a corrupted payload that loads in part', async ({ page }) => {
  const base = JSON.parse(await realSavedState(page)) as { state: { stories: Record<string, unknown> } };
  base.state.stories['broken-one'] = { story: 7, updatedAt: 1e20, deleted: 'no' };
  const raw = JSON.stringify(base);
  expect(await check(page, raw, '/', 'a broken record')).toBe('copied');
  for (const view of VIEWS) {
    await page.goto(view);
    await expect(page.locator('main h1').first(), view).toBeVisible();
    await expect(page.locator('main h1').first(), view).not.toHaveText(ERROR_TITLE);
  }
});
