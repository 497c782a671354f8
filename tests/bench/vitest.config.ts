import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from '../../src/node/content-plugin.ts';

/** `npm run bench`: figures printed to the console, never asserted as timings. */
export default defineConfig({
  plugins: [contentPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    include: ['tests/bench/**/*.bench-run.ts'],
    // One bench file at a time: timings taken while another bench builds would mean little.
    fileParallelism: false,
    environment: 'node',
    testTimeout: 600_000,
    silent: false,
    reporters: ['default'],
    root: fileURLToPath(new URL('../..', import.meta.url)),
  },
});
