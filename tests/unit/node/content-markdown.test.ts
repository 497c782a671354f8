// @vitest-environment node
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/node/build-content.ts';
import { readContentDir } from '../../../src/node/content-plugin.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const { bundle } = buildContent(readContentDir(root, 'content'));
const parser = unified().use(remarkParse).use(remarkGfm);

/** Every markdown body of the real content, named by where it lives. */
function bodies(): [string, string][] {
  return [
    ...bundle.principles.map((p): [string, string] => [`principles/${p.id}`, p.notes]),
    ...bundle.questions.flatMap((q): [string, string][] => [
      [`questions/${q.id} key points`, q.keyPoints],
      [`questions/${q.id} draft`, q.draft],
    ]),
    ...bundle.stories.flatMap((s) => Object.entries(s.star).map(([k, v]): [string, string] => [`stories/${s.id} ${k}`, v])),
    ...bundle.topics.flatMap((t) => [
      [`topics/${t.id} notes`, t.notes] as [string, string],
      ...t.cards.map((c): [string, string] => [`topics/${t.id} card "${c.question}"`, c.answer]),
    ]),
    ...bundle.guides.map((g): [string, string] => [`guides/${g.id}`, g.body]),
  ];
}

describe('markdown in content/ renders as intended', () => {
  it('leaves no stray emphasis markers (e.g. **bold** glued to Korean after punctuation)', () => {
    const stray: string[] = [];
    for (const [where, text] of bodies()) {
      visit(parser.parse(text), 'text', (node: { value: string }) => {
        if (/\*\*|__/.test(node.value)) stray.push(`${where}: ${node.value.slice(0, 80)}`);
      });
    }
    expect(stray).toEqual([]);
  });

  it('uses no raw HTML (the app drops it)', () => {
    const html: string[] = [];
    for (const [where, text] of bodies()) {
      visit(parser.parse(text), 'html', (node: { value: string }) => {
        html.push(`${where}: ${node.value.slice(0, 80)}`);
      });
    }
    expect(html).toEqual([]);
  });
});
