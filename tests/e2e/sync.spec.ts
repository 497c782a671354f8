import type { Browser, Page } from '@playwright/test';
import { axeViolations, expect, openIn, test } from './fixtures';
import { downloadText, storageSnapshot, storedState } from './storage-helpers';

/**
 * Two devices, one person: a phone for reviews on the train, a desk for writing stories. Each is a
 * browser context of its own (its own storage); a backup file is the only bridge.
 */

async function device(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

async function exportBackup(page: Page): Promise<string> {
  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  return downloadText(download);
}

async function chooseBackup(page: Page, text: string) {
  await page.goto('/settings');
  await page.getByLabel('Import backup').setInputFiles({ name: 'phone.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  return page.getByRole('group', { name: 'phone.json' });
}

type Summary = ReturnType<Page['getByRole']>;
/** A kind's row in the merge table: added, changed, changed on both. */
const cells = (summary: Summary, kind: string) =>
  summary
    .getByRole('table', { name: 'If you merge' })
    .getByRole('row', { name: new RegExp(`^${kind}`) })
    .getByRole('cell');
/** What a replace would lose, one item per kind. */
const loses = (summary: Summary) => summary.getByRole('list', { name: 'If you replace, this device loses' }).getByRole('listitem');

async function writeNotes(page: Page, principle: string, text: string): Promise<void> {
  await page.goto(`/principles/${principle}`);
  await page.getByRole('textbox', { name: 'My notes' }).fill(text);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

async function grade(page: Page, count: number): Promise<void> {
  await page.goto('/review?deck=principles');
  for (let i = 0; i < count; i += 1) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Good', exact: true }).click();
  }
  await expect.poll(async () => ((await storedState(page)).state.review as { log: unknown[] }).log.length).toBe(count);
}

test('reviews on the phone, a story on the desk: merging keeps both, offers the conflict, and the same file twice changes nothing', async ({ browser }) => {
  const phone = await device(browser);
  const desk = await device(browser);
  await openIn(phone, '/', 'en');
  await openIn(desk, '/', 'en');

  // The phone: 5 reviews, and an edit of a story the desk edits too.
  await grade(phone, 5);
  await phone.goto('/stories/india-gst/edit');
  await phone.getByLabel('Result', { exact: true }).fill('Result written on the phone');
  await expect(phone.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  // ...notes on a principle the desk writes notes on too, and a question of the phone's own.
  await writeNotes(phone, 'ownership', 'Notes written on the phone');
  await phone.goto('/questions');
  await phone.getByRole('button', { name: 'New question' }).click();
  await phone.getByRole('textbox', { name: 'Question in Korean' }).fill('이 팀에 지원한 이유는 무엇인가요?');
  await phone.getByRole('button', { name: 'Add question' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('이 팀에 지원한 이유는 무엇인가요?');

  // The desk: a new story, an edit of the same story, notes, a card of its own, and 2 reviews of its own.
  await desk.goto('/stories/new');
  await desk.getByLabel('Title', { exact: true }).fill('Written at the desk');
  await desk.getByLabel('Situation', { exact: true }).fill('The desk story');
  await expect(desk.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await desk.goto('/stories/india-gst/edit');
  await desk.getByLabel('Result', { exact: true }).fill('Result written at the desk');
  await expect(desk.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await writeNotes(desk, 'ownership', 'Notes written at the desk');
  await desk.goto('/topics/docker');
  await desk.getByRole('button', { name: 'Add card' }).click();
  await desk.getByRole('textbox', { name: 'Question' }).fill('What does docker image history show?');
  await desk.getByRole('textbox', { name: 'Answer' }).fill('The layers of an image.');
  await desk.getByRole('button', { name: 'Add card' }).click();
  await expect(desk.getByText('Card added to “Docker”.')).toBeVisible();
  await grade(desk, 2);

  const file = await exportBackup(phone);
  const summary = await chooseBackup(desk, file);
  await expect(cells(summary, 'Reviews')).toHaveText(['5', '2', '0']);
  await expect(cells(summary, 'Stories')).toHaveText(['0', '0', '1']);
  await expect(cells(summary, 'Your questions')).toHaveText(['1', '0', '0']);
  await expect(cells(summary, 'Principle notes')).toHaveText(['0', '0', '1']);
  await expect(cells(summary, 'Cards')).toHaveText(['0', '0', '0']);
  await expect(loses(summary)).toHaveText(['2 stories', '1 card', 'your notes on 1 principle', '2 reviews']);
  expect(await axeViolations(desk)).toEqual([]);
  await summary.getByRole('button', { name: 'Merge into my data' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'The backup was merged into your data.' })).toBeVisible();

  // Both kept: the desk's story, the desk's version of the shared story, every review.
  const merged = (await storedState(desk)).state as {
    stories: Record<string, { story: { title: string; star: { result: string } } }>;
    review: { log: unknown[] };
    ownQuestions: Record<string, { prompt: { ko?: string } }>;
    principleNotes: Record<string, { notes: string }>;
    cards: Record<string, { question: string }>;
  };
  expect(merged.review.log).toHaveLength(7);
  expect(Object.values(merged.ownQuestions).map((q) => q.prompt.ko)).toEqual(['이 팀에 지원한 이유는 무엇인가요?']);
  expect(merged.principleNotes.ownership?.notes).toBe('Notes written at the desk');
  expect(Object.values(merged.cards).map((c) => c.question)).toEqual(['What does docker image history show?']);
  expect(Object.values(merged.stories).map((s) => s.story.title)).toContain('Written at the desk');
  expect(merged.stories['india-gst']?.story.star.result).toBe('Result written at the desk');

  // The phone's version is offered, and survives a reload.
  await desk.reload();
  const conflict = desk.getByRole('alert').filter({ hasText: 'This device and the backup both changed the story' });
  await expect(conflict).toBeVisible();
  await conflict.getByText(/The backup’s version/).click();
  await expect(conflict).toContainText('Result written on the phone');
  await expect(desk.getByRole('alert').filter({ hasText: 'This device and the backup both changed your notes on “Ownership”' })).toBeVisible();
  // The notices show with the page's frame; the page itself loads after them.
  await expect(desk.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await axeViolations(desk)).toEqual([]);

  // The same file again: the preview says nothing changes, and nothing does.
  const before = await storageSnapshot(desk);
  const again = await chooseBackup(desk, file);
  await expect(again).toContainText('This device already has everything in this backup');
  await expect(cells(again, 'Reviews')).toHaveText(['0', '0', '0']);
  await expect(cells(again, 'Principle notes')).toHaveText(['0', '0', '0']);
  await expect(loses(again)).toHaveText(['2 stories', '1 card', 'your notes on 1 principle', '2 reviews']);
  await again.getByRole('button', { name: 'Merge into my data' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Nothing to merge' })).toBeVisible();
  expect(await storageSnapshot(desk)).toEqual(before);

  // Taking the phone's version puts it in place.
  await desk.goto('/stories/india-gst/edit');
  await conflict.getByRole('button', { name: 'Use the backup’s version' }).click();
  await expect(desk.getByLabel('Result', { exact: true })).toHaveValue('Result written on the phone');
  await expect(conflict).toHaveCount(0);
  // Keeping the desk's notes as they are settles the other conflict.
  await desk.getByRole('alert').getByRole('button', { name: 'Keep it as it is now' }).click();
  await expect(desk.getByRole('alert')).toHaveCount(0);
});

test('Replace shows in its preview what this device would lose, and the snapshot brings it back', async ({ browser }) => {
  const phone = await device(browser);
  const desk = await device(browser);
  await openIn(phone, '/', 'en');
  await openIn(desk, '/', 'en');
  await grade(phone, 1);
  await desk.goto('/stories/new');
  await desk.getByLabel('Title', { exact: true }).fill('Only on the desk');
  await expect(desk.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await grade(desk, 3);

  const summary = await chooseBackup(desk, await exportBackup(phone));
  await expect(cells(summary, 'Stories')).toHaveText(['0', '0', '0']);
  await expect(cells(summary, 'Reviews')).toHaveText(['1', '1', '0']);
  await expect(loses(summary)).toHaveText(['1 story', '3 reviews']);
  await summary.getByRole('button', { name: 'Replace my data' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'The backup was imported.' })).toBeVisible();
  expect(((await storedState(desk)).state.review as { log: unknown[] }).log).toHaveLength(1);
  await desk.getByRole('button', { name: 'Restore the data from before the import' }).click();
  await desk.goto('/stories');
  await expect(desk.getByRole('link', { name: 'Only on the desk' })).toBeVisible();
  expect(((await storedState(desk)).state.review as { log: unknown[] }).log).toHaveLength(3);
});
