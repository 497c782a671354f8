import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KEY, seedStorage, seedUserData } from './storage-helpers';

/** Markdown a story could hold (typed, pasted or imported) that tries to run script. */
const HOSTILE = [
  '<script>window.__pwned = "script"; alert("script")</script>',
  '<img src="x" onerror="window.__pwned = \'img\'; alert(\'img\')">',
  '<svg onload="window.__pwned = \'svg\'"><script>alert("svg")</script></svg>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<div onmouseover="window.__pwned = \'hover\'">hover me</div>',
  '<a href="javascript:alert(\'raw a\')">raw link</a>',
  "[js link](javascript:window.__pwned='link')",
  '[mixed case](JaVaScRiPt:alert(1))',
  '[entity](&#106;avascript:alert(1))',
  '[tab](java\tscript:alert(1))',
  '[vb](vbscript:msgbox(1))',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)',
  '<javascript:alert(1)>',
  '[reference][evil]\n\n[evil]: javascript:alert("ref")',
  '<style>body { display: none }</style>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  'plain **safe** text stays',
].join('\n\n');

const story = {
  story: {
    title: 'Hostile <img src=x onerror=alert(1)>',
    principles: ['ownership'],
    followUps: ['<script>alert("follow-up")</script>'],
    star: { situation: HOSTILE, task: HOSTILE, action: HOSTILE, result: HOSTILE },
    learnings: HOSTILE,
    notes: HOSTILE,
    sources: [],
  },
  updatedAt: 1,
  deleted: false,
};
const records = {
  stories: { 'hostile-story': story },
  questionDrafts: { 'why-amazon': { keyPoints: HOSTILE, draft: HOSTILE, stories: ['hostile-story'], updatedAt: 1 } },
};

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  await expect(page.getByText('safe', { exact: true }).first()).toBeVisible();
  for (const hover of await page.getByText('hover me').all()) await hover.hover();
  for (const link of await page.locator('main .prose a').all()) await link.click({ modifiers: ['Alt'] }).catch(() => undefined);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  const found = await page.evaluate(() => {
    const main = document.querySelector('main');
    const all = [...document.querySelectorAll('*')];
    return {
      scripts: main?.querySelectorAll('script').length ?? -1,
      // Inside rendered user text: no element markdown itself never makes.
      embeds: [...document.querySelectorAll('main .prose')].reduce(
        (n, prose) => n + prose.querySelectorAll('svg, iframe, object, embed, style, form, div').length,
        0,
      ),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
      urls: all.flatMap((el) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href']
          .map((name) => el.getAttribute(name))
          .filter((value): value is string => value !== null && /^\s*(javascript|vbscript|data):/i.test(value)),
      ),
    };
  });
  expect(found).toEqual({ scripts: 0, embeds: 0, handlers: [], urls: [] });
  await expect(page.locator('body')).toBeVisible();
}

for (const path of ['/stories/hostile-story', '/stories/hostile-story/edit', '/questions/why-amazon', '/stories']) {
  test(`hostile markdown on ${path}: no dialog, no script, no dangerous attribute`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await seedUserData(page, records);
    await page.goto(path);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path === '/stories') {
      await expect(page.getByRole('link', { name: 'Hostile <img src=x onerror=alert(1)>' })).toBeVisible();
      expect(dialogs).toEqual([]);
      return;
    }
    await expectNothingRan(page, dialogs);
  });
}

test('hostile markdown typed into the form does not run in the live preview', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await seedStorage(page, { [KEY]: JSON.stringify({ state: { settings: { language: 'en', theme: 'system', interviewDate: null } }, version: 1 }) });
  await page.goto('/stories/new');
  await page.getByLabel('Title', { exact: true }).fill('Typed hostile');
  await page.getByLabel('Action', { exact: true }).fill(HOSTILE);
  await expectNothingRan(page, dialogs);
});

test('the built app sends a CSP with script-src self that blocks inline script', async ({ page, pageErrors }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc.trim()).toBe("script-src 'self'");
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true;';
    document.head.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__handler = true');
    handler.src = 'data:,';
    document.body.append(handler);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const w = window as unknown as { __inline?: boolean; __handler?: boolean };
    return { inline: w.__inline ?? false, handler: w.__handler ?? false };
  });
  expect(ran).toEqual({ inline: false, handler: false });
  // The browser reports what it refused; nothing else may have gone wrong.
  const refused = pageErrors.filter((e) => /Content Security Policy|Refused to/.test(e));
  expect(refused.length).toBeGreaterThan(0);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !refused.includes(e)));
});
