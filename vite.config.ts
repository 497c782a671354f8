/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/node/content-plugin.ts';

/** The policy of the built app: scripts only from our own origin, nothing sent anywhere else. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * How `vite build` resolves modules (shared with the bench's floor build, so both compare alike).
 * react-router 7's package exports point every condition at its development build, so a production
 * bundle would carry its dev-only checks and warnings; the build takes its production ESM build
 * instead. Dev server and vitest keep the package's own exports (with the dev warnings).
 */
export function buildResolve(): NonNullable<UserConfig['resolve']> {
  return {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      {
        find: /^react-router$/,
        replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)),
      },
    ],
  };
}

/** Adds the CSP to the built index.html only: `vite dev` injects inline scripts for HMR. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'loop-prep:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    contentPlugin(),
    contentSecurityPolicy(),
    // Works offline: a service worker precaches the whole build (registered in src/main.tsx).
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        name: 'Loop Prep',
        short_name: 'Loop Prep',
        description: 'Leadership principles, STAR stories and flashcards for an AWS interview loop.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f7f4',
        theme_color: '#1f4e79',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,txt,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: command === 'build' ? buildResolve() : { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    restoreMocks: true,
    testTimeout: 20_000,
    // Pure logic (`.ts`) runs in the node environment; views (`.tsx`) in jsdom with Testing Library.
    projects: [
      { extends: true, test: { name: 'logic', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['./tests/unit/setup-node.ts'] } },
      { extends: true, test: { name: 'views', include: ['tests/unit/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['./tests/unit/setup.ts'] } },
    ],
  },
}));
