import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build, preview } from 'vite';
import { describe, it } from 'vitest';

process.env.NODE_ENV = 'production';
const root = path.resolve(import.meta.dirname, '../..');
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUTES = ['/', '/principles/customer-obsession', '/questions/why-amazon', '/stories/india-gst', '/topics/oauth2', '/review'];

describe('Lighthouse (mobile) on the built app', () => {
  it('prints performance, accessibility, best practices and SEO per route', async () => {
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
      for (const route of ROUTES) {
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
        const scores = Object.entries(categories).map(([name, c]) => `${name} ${Math.round((c.score ?? 0) * 100)}`);
        console.log(`[bench] lighthouse ${route}: ${scores.join(', ')}`);
      }
    } finally {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(out, { recursive: true, force: true });
    }
  });
});
