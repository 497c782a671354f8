// @vitest-environment node
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** Lints a small file as if it lived at `file` in the app, and returns the layer errors. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('lint keeps the layers apart', () => {
  it.each([
    ['src/features/stories/x.ts', "import { text } from '@/features/review/text';\nexport const a = text;\n"],
    ['src/features/stories/x.ts', "import { text } from '../review/text';\nexport const a = text;\n"],
    ['src/features/stories/deep/x.ts', "import { text } from '../../review/text';\nexport const a = text;\n"],
  ])('a feature importing another feature fails (%s: %j)', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining('Features do not import each other (stories imports review)')]);
  });

  it.each([
    ['src/i18n/x.ts', "import type { text } from '@/features/review/text';\nexport type A = typeof text;\n"],
    ['src/i18n/x.ts', "export const load = () => import('../features/review/text');\n"],
    ['src/components/x.ts', "export { text } from '../features/review/text';\n"],
    ['src/lib/x.ts', "import { AppRoutes } from '@/app/routes';\nexport const a = AppRoutes;\n"],
    ['src/stores/x.ts', "import { text } from '@/features/review/text';\nexport const a = text;\n"],
    ['src/domain/x.ts', "import { text } from '../features/review/text';\nexport const a = text;\n"],
  ])('shared code importing a feature or the app shell fails (%s: %j)', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([expect.stringContaining('must not import a feature or the app shell')]);
  });

  it.each([
    ['src/features/stories/x.ts', "import { text } from './text';\nimport { Page } from '@/components/page';\nexport const a = [text, Page];\n"],
    ['src/app/x.ts', "import { text } from '@/features/review/text';\nexport const a = text;\n"],
    ['src/components/x.ts', "import { useAppStore } from '@/stores/app-store';\nexport const a = useAppStore;\n"],
  ])('allowed imports pass (%s: %j)', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
