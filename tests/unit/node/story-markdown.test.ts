// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PRINCIPLE_IDS } from '../../../src/domain/content.ts';
import { storyFieldsOf, normalizeStory, type StoryFields } from '../../../src/domain/story.ts';
import { canonicalStory, storyToMarkdown, StoryMarkdownError } from '../../../src/domain/story-markdown.ts';
import { storyFromMarkdown } from '../../../src/domain/story-markdown-reader.ts';
import { buildContent } from '../../../src/node/build-content.ts';
import { readContentDir } from '../../../src/node/content-plugin.ts';
import type { RawFile } from '../../../src/node/parse-file.ts';
import { seededRandom as random } from '../seeded-random';

const root = path.resolve(import.meta.dirname, '../../..');
const contentFiles = readContentDir(root, 'content');
const principleFiles = contentFiles.filter((f) => f.file.startsWith('content/principles/'));
const realStories = buildContent(contentFiles).bundle.stories;

/** Builds one story file through the real content pipeline (YAML parser and schema included). */
function throughPipeline(id: string, markdown: string): StoryFields {
  const files: RawFile[] = [...principleFiles, { file: `content/stories/${id}.md`, source: markdown }];
  const entry = buildContent(files).bundle.stories.find((s) => s.id === id);
  if (!entry) throw new Error(`story ${id} missing from the build`);
  return storyFieldsOf(entry);
}

const FRAGMENTS = [
  '인도 출장 GST 프로젝트',
  '고객은 진행된 것이 없어 신뢰가 없는 상황이었음',
  '저는 매일 7시에 출근해 로그를 분석했습니다',
  '결과: 장애 시간 40% 감소',
  'I owned the rollout',
  '"quoted words"',
  "it's mine",
  'key: value',
  'a # not a comment',
  '---',
  '- list item',
  '* bullet',
  '1. first',
  '**bold** and _em_',
  '`inline code`',
  '> a quote',
  '### sub heading',
  '## Stray heading',
  '## Result',
  '##\ttab heading',
  '# top heading',
  '```',
  '```yaml',
  '~~~',
  'title: "fake"',
  '[link](https://example.com/a?b=c)',
  '[bad](javascript:alert(1))',
  '<script>alert(1)</script>',
  '| 표 | table |',
  'back\\slash',
  'tab\there',
  '  indented',
  '    four-space code',
  '',
  '   ',
  '\u3000전각 공백으로 시작',
  '이모지 🚀 포함',
  'NBSP\u00a0here',
  'line\u2028separator',
  'next\u0085line',
  'bell\u0007char',
  'null',
  'true',
  '123',
  '~',
  '&anchor *alias !tag %directive @at',
  '{ "json": [1, 2] }',
  '[a, b]',
  "''",
  '\\n literally',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function text(next: () => number, maxLines: number): string {
  const count = Math.floor(next() * (maxLines + 1));
  const lines = Array.from({ length: count }, () => pick(next, FRAGMENTS));
  const joined = lines.join(next() < 0.2 ? '\r\n' : '\n');
  return next() < 0.3 ? `  ${joined}\n\n` : joined;
}

function generateStory(seed: number): StoryFields {
  const next = random(seed);
  const titleParts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, FRAGMENTS));
  const title = `${next() < 0.5 ? '스토리' : 'Story'} ${titleParts.join(next() < 0.1 ? '\n' : ' ')}`;
  const principles = PRINCIPLE_IDS.filter(() => next() < 0.2).sort(() => next() - 0.5);
  const followUps = Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.15 ? '  ' : `${pick(next, FRAGMENTS)} ${pick(next, FRAGMENTS)}?`));
  const sources = next() < 0.3 ? ['https://www.rfc-editor.org/rfc/rfc6749', 'https://example.com/a b'.replace(' ', '%20')] : [];
  return {
    title: next() < 0.2 ? `  ${title}  ` : title,
    principles,
    followUps,
    star: { situation: text(next, 6), task: text(next, 4), action: text(next, 8), result: text(next, 5) },
    learnings: next() < 0.5 ? text(next, 3) : '',
    notes: next() < 0.4 ? text(next, 4) : '',
    sources,
  };
}

const frontMatterOf = (markdown: string): unknown => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '');

describe('story markdown: content -> app -> markdown -> content', () => {
  it.each(realStories.map((s) => [s.id, s] as const))('%s comes back unchanged through the content pipeline', (id, entry) => {
    const fields = storyFieldsOf(entry);
    const markdown = storyToMarkdown(fields, id);
    expect(storyFromMarkdown(markdown)).toEqual({ id, story: fields });
    expect(throughPipeline(id, markdown)).toEqual(fields);
    expect(canonicalStory(fields)).toEqual(normalizeStory(fields));
  });

  it.each(realStories.map((s) => [s.id, s] as const))('%s imports from its own content file as written', (id, entry) => {
    const source = readFileSync(path.join(root, 'content/stories', `${id}.md`), 'utf8');
    expect(storyFromMarkdown(source, `${id}.md`)).toEqual({ id, story: storyFieldsOf(entry) });
  });
});

describe('story markdown round trip over generated stories (Korean, markdown syntax, quotes, colons, ---, empty sections)', () => {
  const seeds = Array.from({ length: 400 }, (_, i) => i + 1);

  it('reads back what it writes, for every generated story', () => {
    for (const seed of seeds) {
      const story = generateStory(seed);
      const markdown = storyToMarkdown(story, `generated-${seed}`);
      const parsed = storyFromMarkdown(markdown);
      expect(parsed.id, `seed ${seed}`).toBe(`generated-${seed}`);
      expect(parsed.story, `seed ${seed}`).toEqual(canonicalStory(story));
      // Writing what was read gives the same file: the format is stable.
      expect(storyToMarkdown(parsed.story, parsed.id ?? undefined), `seed ${seed}`).toBe(markdown);
    }
  });

  it('writes front matter that a full YAML parser reads to the same values', () => {
    for (const seed of seeds) {
      const story = canonicalStory(generateStory(seed));
      const data = frontMatterOf(storyToMarkdown(story, `generated-${seed}`)) as Record<string, unknown>;
      expect(data.title, `seed ${seed}`).toBe(story.title);
      expect(data.principles ?? [], `seed ${seed}`).toEqual(story.principles);
      expect(data['follow-ups'] ?? [], `seed ${seed}`).toEqual(story.followUps);
      expect(data.sources ?? [], `seed ${seed}`).toEqual(story.sources);
    }
  });

  it('writes files that the content pipeline accepts and reads to the same story', () => {
    for (const seed of seeds.slice(0, 150)) {
      const story = generateStory(seed);
      expect(throughPipeline('generated', storyToMarkdown(story)), `seed ${seed}`).toEqual(canonicalStory(story));
    }
  });

  it('changes nothing but whitespace for stories without a stray "##" line or an open fence', () => {
    let plain = 0;
    for (const seed of seeds) {
      const story = generateStory(seed);
      const n = normalizeStory(story);
      const all = [n.star.situation, n.star.task, n.star.action, n.star.result, n.learnings, n.notes].join('\n');
      if (/^##\s/m.test(all) || /^\s{0,3}(```|~~~)/m.test(all)) continue;
      plain += 1;
      expect(storyFromMarkdown(storyToMarkdown(story)).story, `seed ${seed}`).toEqual(normalizeStory(story));
    }
    expect(plain).toBeGreaterThan(20);
  });

  it('keeps a stray "## heading" as a sub-heading instead of a new section', () => {
    const story = { ...normalizeStory(generateStory(1)), star: { situation: 'before\n## Result\nafter', task: '', action: '', result: 'done' } };
    const parsed = storyFromMarkdown(storyToMarkdown(story));
    expect(parsed.story.star.situation).toBe('before\n### Result\nafter');
    expect(parsed.story.star.result).toBe('done');
  });
});

describe('story markdown: what the reader refuses', () => {
  const valid = '---\ntitle: "T"\n---\n## Situation\n\n## Task\n\n## Action\n\n## Result\n';
  const cases: [string, string, RegExp][] = [
    ['no front matter', '## Situation\n', /front matter: missing/],
    ['a missing title', valid.replace('title: "T"', 'principles: [ownership]'), /title: required field is missing/],
    ['an empty title', valid.replace('"T"', '""'), /title: must not be empty/],
    ['an unknown principle', valid.replace('title: "T"', 'title: "T"\nprinciples: [ownership, ownershp]'), /principles\[1\]: unknown principle "ownershp"/],
    ['an unknown field', valid.replace('title: "T"', 'title: "T"\nauthor: "me"'), /author: unknown field/],
    ['an unclosed quote', valid.replace('"T"', '"T'), /line 2: front matter: invalid YAML: Missing closing "quote/],
    ['a number as title', valid.replace('"T"', '42'), /line 2: title: expected text, got 42/],
    ['a plain value with ": "', valid.replace('"T"', 'a: b'), /line 2: front matter: invalid YAML: Nested mappings/],
    ['a nested list', valid.replace('title: "T"', 'title: "T"\nprinciples: [[ownership]]'), /line 3: principles\[0\]: expected text, got a list/],
    ['a mapping', valid.replace('"T"', '{ en: T }'), /line 2: title: expected text, got a nested mapping/],
    ['a duplicate key', valid.replace('title: "T"', 'title: "T"\ntitle: "U"'), /line 3: front matter: invalid YAML: Map keys must be unique/],
    ['a list as title', valid.replace('"T"', '[a, b]'), /title: expected text, got a list/],
    ['text as principles', valid.replace('title: "T"', 'title: "T"\nprinciples: "ownership"'), /principles: expected a list/],
    ['a missing section', valid.replace('## Task\n\n', ''), /missing section "## Task"/],
    ['sections out of order', '---\ntitle: "T"\n---\n## Task\n\n## Situation\n\n## Action\n\n## Result\n', /line 4: body: sections out of order/],
    ['an unknown section', `${valid}\n## Extra\n\ntext\n`, /line 12: body: unexpected section "## Extra"/],
    ['text before the first section', valid.replace('## Situation', 'hello\n\n## Situation'), /line 4: body: text before the first section/],
    ['a bad source', valid.replace('title: "T"', 'title: "T"\nsources:\n  - "javascript:alert(1)"'), /line 3: sources\[0\]: expected an http\(s\) URL/],
    ['a bad id', valid.replace('title: "T"', 'id: "Not An Id"\ntitle: "T"'), /line 2: id: expected a kebab-case id/],
    ['an unknown escape', valid.replace('"T"', '"T\\q"'), /line 2: front matter: invalid YAML: Invalid escape sequence \\q/],
    ['an out-of-range escape', valid.replace('"T"', '"\\U00110000"'), /line 2: front matter: invalid YAML: Invalid escape sequence \\U00110000/],
    ['a list at the top', '---\n- a\n- b\n---\n## Situation\n', /line 2: front matter: expected fields/],
  ];

  it.each(cases)('rejects %s with a clear message', (_name, source, message) => {
    expect(() => storyFromMarkdown(source)).toThrow(StoryMarkdownError);
    expect(() => storyFromMarkdown(source)).toThrow(message);
  });

  it('names the file in the message when it has one', () => {
    expect(() => storyFromMarkdown('nothing', 'gst.md')).toThrow(/^gst\.md: line 1: front matter: missing/);
  });

  it('reads what the build reads: a space before the colon, folded and literal blocks, anchors', () => {
    expect(storyFromMarkdown(valid.replace('title: "T"', 'title : "T"')).story.title).toBe('T');
    expect(storyFromMarkdown(valid.replace('title: "T"', 'title: >\n  A folded\n  title')).story.title).toBe('A folded title');
    expect(storyFromMarkdown(valid.replace('title: "T"', 'title: |\n  T')).story.title).toBe('T');
    expect(storyFromMarkdown(valid.replace('title: "T"', 'title: &a T\nfollow-ups: [*a]')).story.followUps).toEqual(['T']);
    const folded = valid.replace('title: "T"', 'title: >\n  A folded\n  title');
    expect(throughPipeline('folded', folded).title).toBe('A folded title');
  });

  it('every refusal is one message per problem, each naming its line', () => {
    const source = '---\ntitle: 7\nprinciples: [ownershp]\nauthor: me\n---\n## Situation\n## Extra\n';
    let message = '';
    try {
      storyFromMarkdown(source);
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toMatch(/^line \d+: /);
  });

  it('reads hand-written forms: plain and single-quoted text, block lists, comments', () => {
    const source = [
      '---',
      '# a comment',
      "title: 'It''s a story'",
      'principles:',
      '- ownership',
      '- dive-deep # the second',
      'follow-ups: ["왜 그렇게 했나요?", \'What next?\']',
      '---',
      '## Situation',
      'S',
      '## Task',
      '## Action',
      '## Result',
      'R',
    ].join('\n');
    expect(storyFromMarkdown(source, 'My Story.md')).toEqual({
      id: null,
      story: {
        title: "It's a story",
        principles: ['ownership', 'dive-deep'],
        followUps: ['왜 그렇게 했나요?', 'What next?'],
        star: { situation: 'S', task: '', action: '', result: 'R' },
        learnings: '',
        notes: '',
        sources: [],
      },
    });
  });
});
