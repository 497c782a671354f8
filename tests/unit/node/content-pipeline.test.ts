// @vitest-environment node
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildContent, topicCardIdsOf } from '../../../src/node/build-content.ts';
import { readContentDir, contentPlugin } from '../../../src/node/content-plugin.ts';
import { ContentError } from '../../../src/node/errors.ts';
import { topicCardId } from '../../../src/domain/ids.ts';

const fixture = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/content', name);
const load = (name: string) => buildContent(readContentDir(fixture(name), 'content'));

function problemsOf(name: string): string[] {
  try {
    load(name);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw error;
  }
  throw new Error(`fixture ${name} built without errors`);
}

describe('content pipeline: a valid folder', () => {
  const { bundle, index } = load('valid');

  it('reads every entry of every kind, ignoring top-level files', () => {
    expect(bundle.principles.map((p) => p.id)).toEqual(['ownership', 'dive-deep']);
    expect(bundle.stories.map((s) => s.id)).toEqual(['gst']);
    expect(bundle.questions.map((q) => q.id)).toEqual(['why-amazon']);
    expect(bundle.topics.map((t) => t.id)).toEqual(['docker']);
    expect(bundle.guides.map((g) => g.id)).toEqual(['process']);
    expect(bundle.followUps.map((f) => f.id)).toEqual(['own-part', 'more-recent']);
  });

  it('reads the follow-up bank: both languages, what it checks, its principles, in order', () => {
    expect(bundle.followUps[0]).toEqual({
      id: 'own-part',
      order: 1,
      prompt: { en: 'What was your own part in it?', ko: '본인이 직접 한 일은 무엇이었나요?' },
      checks: { en: 'Say I, not we.', ko: "'우리'가 아니라 '저는'으로." },
      principles: ['ownership'],
      sources: [],
    });
    expect(bundle.followUps[1]).toMatchObject({ id: 'more-recent', checks: null, principles: [] });
    // Only the mock interview loads the bank: the index every page loads does not carry it.
    expect(JSON.stringify(index)).not.toContain('more recent example');
  });

  it('splits a story into STAR sections, keeping empty ones empty and fenced headings as text', () => {
    const [story] = bundle.stories;
    expect(story?.star.situation).toBe('3년차 사원 때 출장 지원.');
    expect(story?.star.task).toBe('');
    expect(story?.star.action).toContain('## Not a heading: inside a fence');
    expect(story?.star.result).toBe('일정 내 반영.');
    expect(story?.followUps).toEqual(['What would you do differently?']);
  });

  it('derives the links both ways', () => {
    const ownership = bundle.principles.find((p) => p.id === 'ownership');
    expect(ownership?.stories).toEqual(['gst']);
    expect(ownership?.questions).toEqual(['why-amazon']);
    expect(bundle.stories[0]?.questions).toEqual(['why-amazon']);
  });

  it('turns `### question` headings under `## Cards` into cards with stable ids', () => {
    const [docker] = bundle.topics;
    expect(docker?.notes).toBe('Containers share the host kernel.');
    expect(docker?.cards.map((c) => c.question)).toEqual(['What isolates a container?', 'What does exit code 137 mean?']);
    expect(docker?.cards[0]?.id).toBe(topicCardId('docker', 'What isolates a container?'));
    expect(index.topics[0]?.cardCount).toBe(2);
    expect(topicCardIdsOf(bundle).docker).toEqual(docker?.cards.map((c) => c.id));
  });

  it('keeps bodies out of the index', () => {
    expect(JSON.stringify(index)).not.toContain('Namespaces and cgroups');
    expect(JSON.stringify(index)).not.toContain('공부하고 물어봤다');
    expect(JSON.stringify(index)).not.toContain('Leaders are owners.');
    expect(index.questions[0]?.answered).toBe(true);
    expect(index.stories[0]?.filled).toEqual({ situation: true, task: false, action: true, result: true });
  });

  it('keeps sources and the links derived at build time out of the index: the first page loads neither', () => {
    for (const entry of [...index.principles, ...index.questions, ...index.stories, ...index.topics, ...index.guides])
      expect(entry).not.toHaveProperty('sources');
    expect(index.principles.find((p) => p.id === 'ownership')).not.toHaveProperty('stories');
    expect(index.principles.find((p) => p.id === 'ownership')).not.toHaveProperty('questions');
    expect(index.stories[0]).not.toHaveProperty('questions');
    // What the live model derives links from stays: the principles a story or question names, a question's stories.
    expect(index.stories[0]?.principles).toContain('ownership');
    expect(index.questions[0]?.stories).toEqual(['gst']);
  });
});

describe('content pipeline: each kind of bad file names file, field and value', () => {
  const cases: [string, string][] = [
    ['unknown-principle', 'content/stories/gst.md: principles[1]: unknown principle "ownershp"'],
    ['unknown-story', 'content/questions/why-amazon.md: stories[1]: unknown story "nope"'],
    ['missing-field', 'content/principles/ownership.md: statement: required field is missing (expected object)'],
    ['wrong-type', 'content/principles/ownership.md: order: expected number, got "second"'],
    ['duplicate-id', 'content/stories/gst.md: id: duplicate id "gst": content/stories/gst-copy.md has it too'],
    ['no-front-matter', 'content/stories/loose.md: front matter: missing: the file must start with YAML front matter between "---" lines'],
    ['missing-section', 'content/stories/gst.md: body: missing section "## Action" (an empty section is fine)'],
    ['unknown-field', 'content/guides/process.md: colour: unknown field'],
    ['duplicate-card', 'content/topics/docker.md: Cards[2]: duplicate question "What isolates a container?"'],
    ['not-markdown', 'content/stories/draft.txt: file name: not a markdown file: content entries are ".md" files'],
    ['bad-follow-up', 'content/follow-ups/own-part.md: prompt.ko: required field is missing (expected string)'],
    ['bad-file-name', 'content/guides/Process_Notes.md: file name: "Process_Notes.md" is not kebab-case (a-z, 0-9, "-"); rename it or set "id"'],
  ];
  for (const [name, message] of cases) {
    it(name, () => {
      expect(problemsOf(name)).toEqual([message]);
    });
  }

  it('invalid YAML names the file and the line', () => {
    const [problem, ...rest] = problemsOf('invalid-yaml');
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/topics\/docker\.md: front matter: invalid YAML at line \d+: /);
  });
});

describe('the Vite plugin', () => {
  const buildFixture = (name: string) =>
    build({
      configFile: false,
      root: fixture(name),
      logLevel: 'silent',
      plugins: [contentPlugin()],
      build: { write: false, rollupOptions: { input: 'virtual:loop-prep/content-index', preserveEntrySignatures: 'strict' } },
    });

  it('serves the index as a module of plain data', async () => {
    const output = await buildFixture('valid');
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    const code = chunks.map((c) => ('code' in c ? c.code : '')).join('\n');
    expect(code).toContain('인도 출장 GST 프로젝트');
    expect(code).not.toContain('yaml');
  });

  it('fails `vite build` with the file, the field and the value', async () => {
    await expect(buildFixture('unknown-principle')).rejects.toThrow('content/stories/gst.md: principles[1]: unknown principle "ownershp"');
  });
});

describe('the follow-up bank: mistakes are named', () => {
  const principle = {
    file: 'content/principles/ownership.md',
    source: '---\norder: 1\ntitle: { en: Ownership, ko: 주인의식 }\nstatement: { en: Owners., ko: 주인. }\n---\n',
  };
  const problems = (source: string): string[] => {
    try {
      buildContent([principle, { file: 'content/follow-ups/own-part.md', source }]);
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
      throw error;
    }
    return [];
  };

  it('a body (the question belongs in the front matter)', () => {
    expect(problems('---\norder: 1\nprompt: { en: Own part?, ko: 본인의 역할? }\n---\nWhat was your part?\n')).toEqual([
      'content/follow-ups/own-part.md: body: a follow-up has no body: put the question in "prompt" (en and ko) and the note in "checks"',
    ]);
  });

  it('an unknown principle', () => {
    expect(problems('---\norder: 1\nprompt: { en: Own part?, ko: 본인의 역할? }\nprinciples: [ownershp]\n---\n')).toEqual([
      'content/follow-ups/own-part.md: principles[0]: unknown principle "ownershp"',
    ]);
  });

  it('a valid one builds', () => {
    expect(problems('---\norder: 1\nprompt: { en: Own part?, ko: 본인의 역할? }\nprinciples: [ownership]\n---\n')).toEqual([]);
  });
});
