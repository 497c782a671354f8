// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/node/build-content.ts';
import { ContentError } from '../../../src/node/errors.ts';
import type { RawFile } from '../../../src/node/parse-file.ts';

const principle = (prompt: string): RawFile => ({
  file: 'content/principles/dive-deep.md',
  source: `---\norder: 1\ntitle: { en: Dive Deep, ko: 깊게 파고들기 }\nstatement: { en: Leaders operate at all levels., ko: 리더는 모든 수준에서 일합니다. }\n${prompt}---\n`,
});
const question = (prompt: string): RawFile => ({
  file: 'content/questions/question-5.md',
  source: `---\norder: 5\nprompt:\n${prompt}---\n## Key points\n\n## Draft answer\n`,
});

function problemsOf(files: RawFile[]): string[] {
  try {
    buildContent(files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('interview prompts in content', () => {
  it('carries a principle prompt in both languages into the entry and the index', () => {
    const { bundle, index } = buildContent([
      principle('prompt:\n  en: Tell me about a time you dug into the details.\n  ko: 세부 사항을 파고든 경험을 말씀해 주세요.\n'),
    ]);
    const expected = { en: 'Tell me about a time you dug into the details.', ko: '세부 사항을 파고든 경험을 말씀해 주세요.' };
    expect(bundle.principles[0]?.prompt).toEqual(expected);
    expect(index.principles[0]?.prompt).toEqual(expected);
  });

  it('leaves the principle prompt out when content gives none, and wants both languages when it does', () => {
    expect(buildContent([principle('')]).bundle.principles[0]).not.toHaveProperty('prompt');
    expect(problemsOf([principle('prompt:\n  en: Tell me about a time.\n')])).toEqual([
      'content/principles/dive-deep.md: prompt.ko: required field is missing (expected string)',
    ]);
  });

  it('accepts a question whose prompt is still blank, keeping it blank for the views to ask for it', () => {
    const { bundle, index } = buildContent([question('  ko: ""\n')]);
    expect(bundle.questions[0]?.prompt).toEqual({ ko: '' });
    expect(index.questions[0]?.prompt).toEqual({ ko: '' });
  });

  it('still wants a prompt field in one language or the other', () => {
    expect(problemsOf([question('  {}\n')])).toEqual(['content/questions/question-5.md: prompt: needs "ko" or "en", got a mapping']);
  });
});
