import type { BrowserContext, Page } from '@playwright/test';
import { expect, openIn, test } from './fixtures';
import { KEY } from './storage-helpers';
import { seededRandom as random } from '../unit/seeded-random';

/**
 * Random interleavings of two tabs (seeded): typing in one tab or in both at once, reloads, closing
 * a tab and opening another. Afterwards no typed text is gone without an offer: every text that no
 * later typing replaced is in the stored story or in a stored conflict offer (which the notice shows).
 */

const STORIES = ['india-gst', 'mydata-rescue'] as const;
const FIELDS = ['Situation', 'Task', 'Action', 'Result'] as const;
type Story = (typeof STORIES)[number];
type Field = (typeof FIELDS)[number];
const KEYS: Record<Field, string> = { Situation: 'situation', Task: 'task', Action: 'action', Result: 'result' };

interface Typed {
  readonly story: Story;
  readonly field: Field;
  readonly text: string;
  /** Ops that ran at the same moment share a step. */
  readonly step: number;
}

interface Tab {
  page: Page;
  story: Story;
}

async function openTab(context: BrowserContext, story: Story): Promise<Tab> {
  const page = await context.newPage();
  await openIn(page, `/stories/${story}/edit`, 'en');
  await expect(page.getByLabel('Result', { exact: true })).toBeVisible();
  return { page, story };
}

async function type(tab: Tab, field: Field, text: string): Promise<void> {
  await tab.page.getByLabel(field, { exact: true }).fill(text);
}

type Stored = {
  state: {
    stories: Record<string, { story: { star: Record<string, string> } }>;
    conflicts: { slice: string; id: string; offers: { value: { story: { star: Record<string, string> } } }[] }[];
  };
};

test.describe.configure({ mode: 'parallel' });

const SEEDS = 20;
const PER_TEST = 4;

for (let first = 1; first <= SEEDS; first += PER_TEST) {
  test(`two tabs, random interleavings ${first}-${first + PER_TEST - 1}: no typed text is gone without an offer`, async ({ browser }) => {
    test.setTimeout(180_000);
    for (let seed = first; seed < first + PER_TEST; seed += 1) {
      const next = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
      const context = await browser.newContext();
      const tabs: Tab[] = [await openTab(context, 'india-gst'), await openTab(context, pick(STORIES))];
      const typed: Typed[] = [];
      const log: string[] = [];
      for (let step = 0; step < 8; step += 1) {
        const roll = next();
        const i = Math.floor(next() * 2);
        const tab = tabs[i] as Tab;
        if (roll < 0.35) {
          const field = pick(FIELDS);
          const text = `s${seed} step${step} tab${i} ${field}`;
          await type(tab, field, text);
          typed.push({ story: tab.story, field, text, step });
          log.push(`tab${i} types ${tab.story}.${field}`);
        } else if (roll < 0.65) {
          // Both tabs type at the same moment (within the save delay): the case that conflicts.
          const fields = [pick(FIELDS), pick(FIELDS)] as const;
          await Promise.all(
            tabs.map((t, k) => {
              const text = `s${seed} step${step} tab${k} ${fields[k]} together`;
              typed.push({ story: t.story, field: fields[k] as Field, text, step });
              return type(t, fields[k] as Field, text);
            }),
          );
          log.push(`both type ${tabs.map((t, k) => `${t.story}.${fields[k]}`).join(' + ')}`);
        } else if (roll < 0.78) {
          await tab.page.reload();
          await expect(tab.page.getByLabel('Result', { exact: true })).toBeVisible();
          log.push(`tab${i} reloads`);
        } else if (roll < 0.88) {
          await tab.page.close({ runBeforeUnload: true });
          tabs[i] = await openTab(context, pick(STORIES));
          log.push(`tab${i} closes; a new tab opens ${tabs[i]?.story}`);
        } else {
          const wait = Math.floor(next() * 700);
          await tabs[0]?.page.waitForTimeout(wait);
          log.push(`wait ${wait} ms`);
        }
      }
      // Let both tabs save and hear each other, as they do when the user stops typing: until a round
      // of saves in every tab leaves the stored text as it was, twice in a row (however long a loaded
      // machine takes to deliver the other tab's write).
      let last: string | null = null;
      let stableRounds = 0;
      await expect
        .poll(
          async () => {
            for (const t of tabs) await t.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
            await tabs[0]?.page.waitForTimeout(250);
            const now = (await tabs[0]?.page.evaluate((k) => localStorage.getItem(k), KEY)) ?? null;
            stableRounds = now === last ? stableRounds + 1 : 0;
            last = now;
            return stableRounds >= 2;
          },
          { timeout: 60_000, intervals: [0] },
        )
        .toBe(true);
      const stored = JSON.parse((await tabs[0]?.page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}') as Stored;
      for (const item of typed) {
        const superseded = typed.some((other) => other.story === item.story && other.field === item.field && other.step > item.step);
        if (superseded) continue;
        const key = KEYS[item.field];
        // `includes`: when the other tab's text lands in a field while it is being typed into, the
        // typing goes after it (as it would for a person), and both texts are kept.
        const inRecord = stored.state.stories[item.story]?.story.star[key]?.includes(item.text) === true;
        const offered = stored.state.conflicts.some(
          (c) => c.slice === 'stories' && c.id === item.story && c.offers.some((o) => o.value.story.star[key]?.includes(item.text)),
        );
        expect(
          inRecord || offered,
          `seed ${seed}: "${item.text}" is gone without an offer\n${log.join('\n')}\n${JSON.stringify(stored.state.stories[item.story]?.story.star)}\n${JSON.stringify(stored.state.conflicts)}`,
        ).toBe(true);
        // Anything offered is on screen in a notice, in every open tab.
        if (!inRecord)
          for (const t of tabs)
            await expect(
              t.page
                .getByRole('alert')
                .filter({ hasText: /^Two tabs changed .* at the same time/ })
                .first(),
            ).toBeVisible();
      }
      await context.close();
    }
  });
}
