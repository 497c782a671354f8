// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the Content-Security-Policy and vite dev', () => {
  it('is left out of the page vite dev serves (its HMR client and React refresh inject script the policy would block)', async () => {
    const server = await createServer({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false, watch: null },
    });
    try {
      const html = await server.transformIndexHtml('/', readFileSync(path.join(root, 'index.html'), 'utf8'));
      expect(html).toContain('/@vite/client');
      expect(html).not.toContain('Content-Security-Policy');
    } finally {
      await server.close();
    }
  });
});
