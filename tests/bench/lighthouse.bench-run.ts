import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build, preview } from 'vite';
import { describe, it } from 'vitest';

process.env.NODE_ENV = 'production';
const root = path.resolve(import.meta.dirname, '../..');
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Runs per route (LIGHTHOUSE_RUNS): performance is timed on this machine, so a busy machine lowers
 * it; the median of several runs is steadier than one.
 */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Every view: each list, one entry of each kind, the forms, the review, statistics, coverage, mock and the sheet. */
const ROUTES = [
  '/',
  '/principles',
  '/principles/customer-obsession',
  '/questions',
  '/questions/why-amazon',
  '/stories',
  '/stories/india-gst',
  '/stories/new',
  '/topics',
  '/topics/oauth2',
  '/guides',
  '/guides/interview-process',
  '/review',
  '/stats',
  '/coverage',
  '/mock',
  '/sheet',
  '/settings',
];

describe('Lighthouse (mobile) on the built app', () => {
  // Every route, several times: longer than the bench's default limit.
  it('prints performance, accessibility, best practices and SEO per route', { timeout: 3_600_000 }, async () => {
    if (!existsSync(chrome)) {
      console.log(`[bench] lighthouse: not measured (no Chromium at ${chrome})`);
      return;
    }
    const out = mkdtempSync(path.join(tmpdir(), 'loop-prep-lh-'));
    await build({ root, mode: 'production', logLevel: 'silent', build: { outDir: path.join(out, 'dist'), emptyOutDir: true } });
    const server = await preview({
      root,
      logLevel: 'silent',
      build: { outDir: path.join(out, 'dist') },
      preview: { host: '127.0.0.1', port: 4191, strictPort: true },
    });
    try {
      console.log(
        `[bench] lighthouse: machine load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')} on ${cpus().length} cores; median of ${RUNS} runs per route`,
      );
      for (const route of ROUTES) {
        const runs: Record<string, number>[] = [];
        for (let i = 0; i < RUNS; i += 1) runs.push(await lighthouse(route, out));
        const median = (name: string): number => {
          const sorted = runs.map((r) => r[name] ?? 0).sort((a, b) => a - b);
          return sorted[Math.floor(sorted.length / 2)] ?? 0;
        };
        const names = Object.keys(runs[0] ?? {});
        const performance = runs.map((r) => r.performance ?? 0).join('/');
        console.log(`[bench] lighthouse ${route}: ${names.map((name) => `${name} ${median(name)}`).join(', ')} (performance runs ${performance})`);
      }
    } finally {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(out, { recursive: true, force: true });
    }
  });
});

/** One Lighthouse run (mobile) against the preview server: each category's score out of 100. */
async function lighthouse(route: string, out: string): Promise<Record<string, number>> {
  const report = path.join(out, 'report.json');
  // Async: the preview server runs in this process and must keep answering.
  await promisify(execFile)(
    path.join(root, 'node_modules/.bin/lighthouse'),
    [
      `http://127.0.0.1:4191${route}`,
      '--quiet',
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${report}`,
      '--chrome-flags=--headless --no-sandbox --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: chrome } },
  );
  const categories = (JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }> }).categories;
  return Object.fromEntries(Object.entries(categories).map(([name, c]) => [name, Math.round((c.score ?? 0) * 100)]));
}
