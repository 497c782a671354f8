import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';

export const KEY = 'loop-prep';

/** Puts raw text under localStorage keys before the app first runs in this page (once, not on reloads). */
export async function seedStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded-by-test') !== null) return;
    sessionStorage.setItem('seeded-by-test', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

/** Every localStorage key and value of the page's origin. */
export async function storageSnapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key !== null) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

export async function stored(page: Page, key = KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

export async function downloadText(download: Download): Promise<string> {
  const file = await download.path();
  return readFile(file, 'utf8');
}

/** Fills localStorage up to its quota with filler keys; returns how many it wrote. */
export async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let i = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) {
          localStorage.setItem(`filler-${i}`, chunk);
          i += 1;
        }
      } catch {
        // Full at this size: go on with smaller pieces.
      }
    }
    return i;
  });
}

export async function emptyFiller(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

/** The stored state (envelope `{ state, version }`) as an object. */
export async function storedState(page: Page): Promise<{ state: Record<string, unknown>; version: number }> {
  return JSON.parse((await stored(page)) ?? 'null') as { state: Record<string, unknown>; version: number };
}

/**
 * Adds records to the user data the app itself stored (whatever its current version and shape),
 * so a test can start from data only the app could have written. Opens `/` first to let it write.
 */
export async function seedUserData(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('loop-prep')) {
      localStorage.setItem('loop-prep', JSON.stringify({ state: { settings: { language: 'en', theme: 'system', interviewDate: null } }, version: 1 }));
    }
  });
  await page.goto('/');
  // The app migrates the stored value and writes its own version back.
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as { version?: number }).version !== 1);
  await page.evaluate((records) => {
    const envelope = JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as { state: Record<string, unknown> };
    Object.assign(envelope.state, records);
    localStorage.setItem('loop-prep', JSON.stringify(envelope));
  }, patch);
}
