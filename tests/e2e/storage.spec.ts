import { axeViolations, expect, openIn, test } from './fixtures';
import { downloadText, emptyFiller, fillStorage, KEY, seedStorage, storageSnapshot, stored, storedState } from './storage-helpers';

const V1 = JSON.stringify({ state: { settings: { language: 'en', theme: 'system', interviewDate: null } }, version: 1 });

const CORRUPT: { name: string; raw: string }[] = [
  { name: 'cut-off JSON', raw: V1.slice(0, 37) },
  { name: 'a state that is not an object', raw: JSON.stringify({ state: ['settings'], version: 1 }) },
  { name: 'a future version', raw: JSON.stringify({ state: { settings: { language: 'en', theme: 'system', interviewDate: null }, plans: [] }, version: 99 }) },
  { name: 'text that is not JSON', raw: '나의 스토리 \u0000 not json' },
];

for (const { name, raw } of CORRUPT) {
  test(`stored data with ${name}: the app opens, says so, keeps the bytes, and writes nothing until told`, async ({ page }) => {
    await seedStorage(page, { [KEY]: raw });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your interview loop');
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved data could not be read' });
    await expect(notice).toBeVisible();

    const items = await storageSnapshot(page);
    expect(items[KEY]).toBe(raw);
    const backups = Object.entries(items).filter(([key]) => key.startsWith(`${KEY}:unreadable:`));
    expect(backups).toHaveLength(1);
    expect(backups[0]?.[1]).toBe(raw);

    // Using the app does not write over it.
    await page.getByRole('button', { name: '한국어로 보기' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 면접 준비');
    await page.getByRole('link', { name: '스토리' }).first().click();
    await expect(page.getByRole('alert').filter({ hasText: '저장된 데이터를 읽을 수 없습니다' })).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await stored(page)).toBe(raw);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '읽을 수 없는 데이터 내려받기' }).click()]);
    expect(await downloadText(download)).toBe(raw);

    await page.getByRole('button', { name: '새로 시작하기' }).click();
    await expect.poll(async () => (await storedState(page)).state.settings).toEqual({ language: 'ko', theme: 'system', interviewDate: null, shortcuts: true });
    expect((await storageSnapshot(page))[backups[0]?.[0] ?? '']).toBe(raw);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('스토리 뱅크');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('stored data with wrong types: the rest loads, the bytes are kept, the user is told, and saving goes on', async ({ page }) => {
  const raw = JSON.stringify({ state: { settings: { language: 42, theme: ['dark'], interviewDate: 'soon' } }, version: 1 });
  await seedStorage(page, { [KEY]: raw });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your interview loop');
  const notice = page.getByRole('alert').filter({ hasText: 'Part of your saved data could not be loaded' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('settings.language: expected "en", "ko" or null');
  const copies = Object.entries(await storageSnapshot(page)).filter(([key]) => key.startsWith(`${KEY}:unreadable:`));
  expect(copies.map(([, value]) => value)).toEqual([raw]);
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the stored data' }).click()]);
  expect(await downloadText(download)).toBe(raw);
  expect(await axeViolations(page)).toEqual([]);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  // The bad fields take their defaults; the rest of the settings (shortcuts, added by a migration) stay.
  await expect.poll(async () => (await storedState(page)).state.settings).toEqual({ language: 'ko', theme: 'system', interviewDate: null, shortcuts: true });
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(Object.keys(await storageSnapshot(page)).filter((key) => key.startsWith(`${KEY}:unreadable:`))).toHaveLength(1);
});

test('the unreadable-data notice has no axe violations, in both languages', async ({ page }) => {
  await seedStorage(page, { [KEY]: '{"state":' });
  await page.goto('/stories');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Story bank');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByRole('alert')).toContainText('저장된 데이터를 읽을 수 없습니다');
  expect(await axeViolations(page)).toEqual([]);
});

test('an older stored version is migrated and kept', async ({ page }) => {
  await seedStorage(page, { [KEY]: JSON.stringify({ state: { settings: { language: 'ko', theme: 'dark', interviewDate: '2030-01-02' } }, version: 1 }) });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 면접 준비');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.goto('/stories/india-gst/edit');
  await page.getByLabel('과제 (Task)', { exact: true }).fill('migrated, then edited');
  await expect.poll(async () => JSON.stringify((await storedState(page)).state.stories)).toContain('migrated, then edited');
  const { state, version } = await storedState(page);
  expect(version).toBeGreaterThan(1);
  expect(state.settings).toEqual({ language: 'ko', theme: 'dark', interviewDate: '2030-01-02', shortcuts: true });
});

test('storage full: the failed write is shown, nothing is lost, and it saves once there is room', async ({ page }) => {
  await openIn(page, '/stories/india-gst/edit', 'en');
  await expect(page.getByLabel('Result', { exact: true })).toBeVisible();
  await expect.poll(async () => (await storedState(page)).version).toBeGreaterThan(1);
  expect(await fillStorage(page)).toBeGreaterThan(0);

  await page.getByLabel('Result', { exact: true }).fill('Written while the storage was full: 저장 공간 부족');
  const alert = page.getByRole('alert').filter({ hasText: 'Your latest changes could not be saved' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('storage for this site is full');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(page.getByLabel('Result', { exact: true })).toHaveValue('Written while the storage was full: 저장 공간 부족');
  expect(await stored(page)).not.toContain('Written while the storage was full');

  // The work in memory can be exported even now.
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(await downloadText(download)).toContain('Written while the storage was full: 저장 공간 부족');

  await emptyFiller(page);
  // A write already waiting (the backup time the download recorded) may get there first and clear
  // the alert on its own; otherwise the button retries. Either way it saves once there is room.
  await alert
    .getByRole('button', { name: 'Try saving again' })
    .click({ timeout: 3000 })
    .catch(() => undefined);
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Result', { exact: true })).toHaveValue('Written while the storage was full: 저장 공간 부족');
});

test('storage disabled: the app works in memory and says its changes are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = (): never => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: deny });
  });
  await page.goto('/stories/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New story');
  await expect(page.getByRole('alert')).toContainText('does not allow this site to store data');
  await page.getByLabel('Title', { exact: true }).fill('Only in memory');
  await expect(page).toHaveURL(/\/stories\/only-in-memory\/edit$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(await downloadText(download)).toContain('Only in memory');
});

test.describe('two tabs', () => {
  test("each tab picks up the other's edits, and both survive", async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openIn(a, '/stories/india-gst/edit', 'en');
    await openIn(b, '/stories/india-gst/edit', 'en');
    await a.getByLabel('Situation', { exact: true }).fill('Situation from tab A');
    await expect(b.getByLabel('Situation', { exact: true })).toHaveValue('Situation from tab A');
    await b.getByLabel('Result', { exact: true }).fill('Result from tab B');
    await expect(a.getByLabel('Result', { exact: true })).toHaveValue('Result from tab B');
    await expect(a.getByLabel('Situation', { exact: true })).toHaveValue('Situation from tab A');
    await a.reload();
    await expect(a.getByLabel('Situation', { exact: true })).toHaveValue('Situation from tab A');
    await expect(a.getByLabel('Result', { exact: true })).toHaveValue('Result from tab B');
  });

  test('edits to different records in both tabs at the same moment are both kept', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openIn(a, '/stories/india-gst/edit', 'en');
    await openIn(b, '/questions/why-this-team', 'en');
    await Promise.all([
      a.getByLabel('Task', { exact: true }).fill('Task typed in tab A'),
      b.getByRole('textbox', { name: 'Draft answer' }).fill('Draft typed in tab B'),
    ]);
    for (const page of [a, b]) {
      await expect.poll(async () => (await stored(page)) ?? '').toContain('Task typed in tab A');
      await expect.poll(async () => (await stored(page)) ?? '').toContain('Draft typed in tab B');
    }
    await b.goto('/stories/india-gst/edit');
    await expect(b.getByLabel('Task', { exact: true })).toHaveValue('Task typed in tab A');
  });

  test('a tab with unsaved edits to a story the other tab changed shows a notice instead of losing them', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openIn(a, '/stories/india-gst/edit', 'en');
    await openIn(b, '/stories/india-gst/edit', 'en');
    await expect(b.getByLabel('Action', { exact: true })).toBeVisible();
    // Tab B cannot write for now (its writes fail), so its edit stays unsaved.
    await b.evaluate(() => {
      const original = Storage.prototype.setItem;
      (window as unknown as { restoreWrites: () => void }).restoreWrites = () => {
        Storage.prototype.setItem = original;
      };
      Storage.prototype.setItem = function failing() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await b.getByLabel('Action', { exact: true }).fill('Action typed in tab B, not saved');
    await expect(b.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();

    await a.getByLabel('Action', { exact: true }).fill('Action typed in tab A');
    await expect(a.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    const conflict = b.getByRole('alert').filter({ hasText: /^Two tabs changed .* at the same time/ });
    await expect(conflict).toBeVisible();
    await expect(b.getByLabel('Action', { exact: true })).toHaveValue('Action typed in tab B, not saved');
    expect(await axeViolations(b)).toEqual([]);

    await b.evaluate(() => (window as unknown as { restoreWrites: () => void }).restoreWrites());
    await conflict.getByRole('button', { name: 'Use the other tab’s version' }).click();
    await expect(b.getByLabel('Action', { exact: true })).toHaveValue('Action typed in tab A');
    await expect(conflict).toHaveCount(0);
  });
});

test.describe('backup files', () => {
  const BAD: { name: string; body: string; message: RegExp }[] = [
    { name: 'malformed', body: '{"format":"loop-prep-backup","version":2,"data":{', message: /not complete JSON/ },
    {
      name: 'truncated',
      body: JSON.stringify({ format: 'loop-prep-backup', version: 2, exportedAt: '2026-01-01T00:00:00Z', data: { settings: {} } }).slice(0, 60),
      message: /not complete JSON/,
    },
    {
      name: 'wrong version',
      body: JSON.stringify({ format: 'loop-prep-backup', version: 42, exportedAt: '2026-01-01T00:00:00Z', data: {} }),
      message: /newer version of Loop Prep/,
    },
    { name: 'foreign', body: JSON.stringify({ name: 'some-package', dependencies: {} }), message: /not a Loop Prep backup/ },
    {
      name: 'damaged',
      body: JSON.stringify({ format: 'loop-prep-backup', version: 2, exportedAt: 'x', data: { settings: { language: 'xx' } } }),
      message: /damaged/,
    },
  ];

  for (const bad of BAD) {
    test(`a ${bad.name} backup file is refused with an alert, and storage is unchanged`, async ({ page }) => {
      await openIn(page, '/stories/india-gst/edit', 'en');
      await page.getByLabel('Task', { exact: true }).fill('Kept through a bad import');
      await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
      await page.goto('/settings');
      const before = await storageSnapshot(page);
      await page.getByLabel('Import backup').setInputFiles({ name: `${bad.name}.json`, mimeType: 'application/json', buffer: Buffer.from(bad.body) });
      await expect(page.getByRole('alert')).toContainText(bad.message);
      await expect(page.getByRole('button', { name: 'Replace my data' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Merge into my data' })).toHaveCount(0);
      expect(await storageSnapshot(page)).toEqual(before);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('export, change, import: the backup comes back, and the replaced data can be restored', async ({ page }) => {
    await openIn(page, '/stories/india-gst/edit', 'en');
    await page.getByLabel('Task', { exact: true }).fill('Version in the backup');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByText('No backup made yet.')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    const backup = await downloadText(download);
    expect(JSON.parse(backup)).toMatchObject({
      format: 'loop-prep-backup',
      version: (await storedState(page)).version,
      data: { stories: { 'india-gst': {} } },
    });
    await expect(page.getByText(/^Last backup: /)).toBeVisible();

    await page.goto('/stories/india-gst/edit');
    await page.getByLabel('Task', { exact: true }).fill('Version after the backup');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    await page.goto('/settings');
    await page.getByLabel('Import backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const summary = page.getByRole('group', { name: 'backup.json' });
    // Merging would keep the later edit (the backup's version is one this device exported); replacing loses it.
    await expect(
      summary
        .getByRole('table', { name: 'If you merge' })
        .getByRole('row', { name: /^Stories/ })
        .getByRole('cell'),
    ).toHaveText(['0', '0', '0']);
    await expect(summary.getByRole('list', { name: 'If you replace, this device loses' }).getByRole('listitem')).toHaveText(['1 story']);
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The backup was imported.' })).toBeVisible();
    await page.goto('/stories/india-gst/edit');
    await expect(page.getByLabel('Task', { exact: true })).toHaveValue('Version in the backup');

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Restore the data from before the import' }).click();
    await page.goto('/stories/india-gst/edit');
    await expect(page.getByLabel('Task', { exact: true })).toHaveValue('Version after the backup');
  });
});

test('once there is data, the dashboard says when the last backup was and offers one', async ({ page }) => {
  await openIn(page, '/stories/new', 'en');
  await page.getByLabel('Title', { exact: true }).fill('A story worth keeping');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).click();
  const card = page.getByRole('region', { name: 'Backup' });
  await expect(card).toContainText('No backup yet');
  expect(await axeViolations(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Export backup' }).click()]);
  expect(JSON.parse(await downloadText(download))).toMatchObject({ format: 'loop-prep-backup' });
  await expect(card).toContainText('Last backup: just now.');
  await expect(card.getByRole('button', { name: 'Export backup' })).toHaveCount(0);
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByRole('region', { name: '백업' })).toContainText('마지막 백업');
  expect(await axeViolations(page)).toEqual([]);
});

test('settings says whether the browser keeps the data (persistent storage)', async ({ page }) => {
  await openIn(page, '/settings', 'en');
  const section = page.getByRole('region', { name: 'Storage in this browser' });
  await expect(section.locator('.persistence')).toHaveText(/agreed to keep|not promised to keep|cannot promise/);
  const granted = await page.evaluate(() => navigator.storage.persisted());
  await expect(section.locator('.persistence')).toHaveText(granted ? /agreed to keep/ : /not promised to keep/);
});
