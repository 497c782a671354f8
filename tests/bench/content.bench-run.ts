import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { afterAll, describe, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/domain/content.ts';
import { buildContent } from '../../src/node/build-content.ts';
import { contentPlugin, readContentDir } from '../../src/node/content-plugin.ts';
import { buildResolve } from '../../vite.config.ts';

// Vitest sets NODE_ENV=test; the builds measured here must be production builds.
process.env.NODE_ENV = 'production';
const root = path.resolve(import.meta.dirname, '../..');
const ms = (start: number): string => `${(performance.now() - start).toFixed(0)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Writes a content folder of `count` files: the 16 LPs, then stories, questions and topics. */
function generateContent(dir: string, count: number): void {
  for (const kind of ['principles', 'questions', 'stories', 'topics', 'guides']) mkdirSync(path.join(dir, kind), { recursive: true });
  PRINCIPLE_IDS.forEach((id, i) => {
    writeFileSync(
      path.join(dir, 'principles', `${id}.md`),
      `---\norder: ${i + 1}\ntitle:\n  en: Principle ${i + 1}\n  ko: 원칙 ${i + 1}\nstatement:\n  en: Leaders do things.\n  ko: 리더는 일을 합니다.\n---\n메모 ${i}\n`,
    );
  });
  const rest = count - PRINCIPLE_IDS.length;
  for (let i = 0; i < rest; i += 1) {
    const lp = PRINCIPLE_IDS[i % PRINCIPLE_IDS.length];
    if (i % 3 === 0) {
      writeFileSync(
        path.join(dir, 'stories', `story-${i}.md`),
        `---\ntitle: 스토리 ${i} 프로젝트\nprinciples: [${lp}]\n---\n## Situation\n\n상황 ${i}: 일정이 촉박했다.\n\n## Task\n\n과제 ${i}\n\n## Action\n\n행동 ${i}. I did it.\n\n## Result\n\n결과 ${i}: 30% faster.\n`,
      );
    } else if (i % 3 === 1) {
      writeFileSync(
        path.join(dir, 'questions', `question-${i}.md`),
        `---\norder: ${i}\nprompt:\n  ko: 질문 ${i}?\n  en: Question ${i}?\nprinciples: [${lp}]\nstories: [story-${i - 1}]\n---\n## Key points\n\n1) 포인트\n\n## Draft answer\n\n초안 ${i}\n`,
      );
    } else {
      writeFileSync(
        path.join(dir, 'topics', `topic-${i}.md`),
        `---\ntitle: Topic ${i}\ntags: [t]\nsources: [https://example.org/${i}]\n---\n노트 ${i}\n\n## Cards\n\n### 질문 ${i}-a?\n\n답 a\n\n### 질문 ${i}-b?\n\n답 b\n`,
      );
    }
  }
}

/** The gzipped JS `/` needs: the entry, its static imports, and the dashboard's chunks with their imports. */
function firstLoadGzip(dist: string): { files: string[]; bytes: number } {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (entry) visit(entry);
  // The dashboard's view and its text, both loaded on demand by the first route.
  for (const suffix of ['dashboard-page.tsx', 'features/dashboard/text.ts']) {
    const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
    if (key) visit(key);
  }
  const files = [...seen].map((k) => manifest[k]?.file ?? '').filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  return { files, bytes };
}

/**
 * The floor: the smallest app using what the shell uses of React, react-dom, the router, i18next and
 * zustand, built with the app's production resolve settings; every JS file it emits, gzip -9.
 */
async function floorGzip(dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  // The packages resolve from the project's node_modules.
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<head><meta charset="UTF-8" /><title>Floor</title></head>\n<body><div id="root"></div><script type="module" src="/main.tsx"></script></body>\n</html>\n',
  );
  writeFileSync(
    path.join(dir, 'main.tsx'),
    `import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes, useLocation, useNavigate } from 'react-router';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: { home: 'Home', other: 'Other', count: 'Count {{n}}' } } },
  interpolation: { escapeValue: false },
});

const useCount = create<{ n: number; add: () => void }>()(
  persist((set) => ({ n: 0, add: () => set((s) => ({ n: s.n + 1 })) }), { name: 'floor' }),
);

function Home() {
  const { t } = useTranslation();
  const { n, add } = useCount();
  const navigate = useNavigate();
  return (
    <main>
      <h1>{t('home')}</h1>
      <button type="button" onClick={add}>{t('count', { n })}</button>
      <button type="button" onClick={() => navigate('/other')}>{t('other')}</button>
    </main>
  );
}

function Other() {
  const { t } = useTranslation();
  const location = useLocation();
  return <main><h1>{t('other')}</h1><p>{location.pathname}</p></main>;
}

createRoot(document.getElementById('root')!).render(
  <BrowserRouter>
    <nav><Link to="/">Home</Link> <Link to="/other">Other</Link></nav>
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/other" element={<Other />} />
    </Routes>
  </BrowserRouter>,
);
`,
  );
  const out = path.join(dir, 'dist');
  await build({
    configFile: false,
    root: dir,
    mode: 'production',
    logLevel: 'silent',
    plugins: [react()],
    resolve: buildResolve(),
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  const assets = path.join(out, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).length, 0);
}

describe('content scale and bundle size', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'loop-prep-bench-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('builds 5,000 content files', async () => {
    const dir = path.join(tmp, 'content');
    generateContent(dir, 5000);
    let start = performance.now();
    const files = readContentDir(tmp, 'content');
    const readTime = ms(start);
    start = performance.now();
    const { index } = buildContent(files);
    console.log(`[bench] content: ${files.length} files read in ${readTime}, parsed and validated in ${ms(start)}`);
    console.log(`[bench] content: index module ${kb(JSON.stringify(index).length)} raw`);
    start = performance.now();
    await build({
      configFile: false,
      root,
      mode: 'production',
      logLevel: 'silent',
      plugins: [react(), contentPlugin({ dir })],
      resolve: buildResolve(),
      build: { outDir: path.join(tmp, 'dist'), write: true, manifest: true, emptyOutDir: true },
    });
    const first = firstLoadGzip(path.join(tmp, 'dist'));
    console.log(`[bench] content: vite build of the app with ${files.length} files in ${ms(start)}; first-load JS ${kb(first.bytes)} gzip`);
  });

  it('measures the JS the first page loads (real content) against the measured floor', async () => {
    const out = path.join(tmp, 'dist-real');
    await build({ root, mode: 'production', logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    const { files, bytes } = firstLoadGzip(out);
    const floor = await floorGzip(path.join(tmp, 'floor'));
    const budget = floor * 1.25;
    const b = (n: number): string => `${Math.round(n)} bytes (${kb(n)})`;
    console.log(`[bench] first load: floor (react, react-dom, router, i18next, zustand; measured) ${b(floor)} gzip -9`);
    console.log(`[bench] first load: budget x1.25 ${b(budget)}`);
    console.log(`[bench] first load: app's first route ${b(bytes)} gzip -9 in ${files.length} JS files`);
    console.log(`[bench] first load: ratio ${(bytes / floor).toFixed(3)} -> ${bytes <= budget ? 'PASS' : 'OVER'}`);
  });
});
