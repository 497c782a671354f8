// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyLine, parseDeck } from '../../../src/domain/cards.ts';
import { topicCardId } from '../../../src/domain/ids.ts';
import { buildContent, topicCardIdsOf } from '../../../src/node/build-content.ts';
import type { RawFile } from '../../../src/node/parse-file.ts';

const principle = (id: string, order: number, en: string, ko: string, statement = `${en} statement.`): RawFile => ({
  file: `content/principles/${id}.md`,
  source: `---\norder: ${order}\ntitle:\n  en: ${en}\n  ko: ${ko}\nstatement:\n  en: ${statement}\n  ko: ${ko} 설명.\n---\nnotes\n`,
});

const story: RawFile = {
  file: 'content/stories/gst.md',
  source: `---\ntitle: GST project\nprinciples: [ownership]\n---\n## Situation\n\n- **Alone** on a trip abroad.\n  More text.\n\n## Task\n\n## Action\n\n\`\`\`\ncode first\n\`\`\`\nStudied the [tax rules](https://example.org) hard.\n\n## Result\n\nShipped on time, 30% fewer errors.\n`,
};

const question = (stories: string): RawFile => ({
  file: 'content/questions/why-amazon.md',
  source: `---\norder: 1\nprompt:\n  ko: 왜 아마존인가요?\n  en: Why Amazon?\nprinciples: [ownership, dive-deep]\nstories: ${stories}\n---\n## Key points\n\n1) customers\n\n## Draft answer\n\n`,
});

const topic = (answer: string, extra = ''): RawFile => ({
  file: 'content/topics/docker.md',
  source: `---\ntitle: Docker\n---\nNotes.\n\n## Cards\n\n### What isolates a container?\n\n${answer}\n\n### What does exit code 137 mean?\n\nSIGKILL.\n${extra}`,
});

const build = (files: RawFile[]) => buildContent(files);

const base = (): RawFile[] => [
  principle('ownership', 2, 'Ownership', '주인의식'),
  principle('dive-deep', 12, 'Dive Deep', '깊게 파고들기'),
  story,
  question('[gst]'),
  topic('Namespaces and cgroups.'),
];

describe('card faces stored at build time', () => {
  it('stores the faces of topic cards, then LP recall both ways (siblings far apart)', () => {
    const { bundle } = build(base());
    expect(bundle.cards.map((c) => c.id)).toEqual([
      topicCardId('docker', 'What isolates a container?'),
      topicCardId('docker', 'What does exit code 137 mean?'),
      'lp:ownership:title-to-statement',
      'lp:dive-deep:title-to-statement',
      'lp:ownership:statement-to-title',
      'lp:dive-deep:statement-to-title',
    ]);
  });

  it('leaves behavioural prompts to the live model: their answers are what the user writes', () => {
    const { bundle } = build(base());
    expect(bundle.cards.some((c) => c.id.startsWith('prompt:'))).toBe(false);
  });

  it('keeps every card id when answers and statements are edited', () => {
    const before = build(base()).bundle.cards.map((c) => c.id);
    const edited = [
      principle('ownership', 2, 'Ownership', '주인의식', 'A rewritten statement.'),
      principle('dive-deep', 12, 'Dive Deep', '깊게 파고들기'),
      story,
      question('[gst]'),
      topic('Linux namespaces isolate; cgroups limit resources.'),
    ];
    const after = build(edited);
    expect(after.bundle.cards.map((c) => c.id)).toEqual(before);
    const face = after.bundle.cards.find((c) => c.id === topicCardId('docker', 'What isolates a container?'));
    expect(face).toMatchObject({ kind: 'topic', topic: 'docker', answer: 'Linux namespaces isolate; cgroups limit resources.' });
  });

  it('gives a reworded question a new id and drops a removed card', () => {
    const files = base();
    files[4] = { ...topic('Namespaces.'), source: topic('Namespaces.').source.replace('What does exit code 137 mean?', 'What does exit status 137 mean?') };
    const { bundle, index } = build(files);
    const ids = bundle.cards.map((c) => c.id);
    expect(ids).toContain(topicCardId('docker', 'What does exit status 137 mean?'));
    expect(ids).not.toContain(topicCardId('docker', 'What does exit code 137 mean?'));
    expect(topicCardIdsOf(bundle).docker).toEqual([
      topicCardId('docker', 'What isolates a container?'),
      topicCardId('docker', 'What does exit status 137 mean?'),
    ]);
    expect(index.topics[0]?.cardCount).toBe(2);
  });

  it('stores LP recall faces in both languages', () => {
    const { bundle } = build(base());
    expect(bundle.cards.find((c) => c.id === 'lp:dive-deep:statement-to-title')).toEqual({
      kind: 'recall',
      id: 'lp:dive-deep:statement-to-title',
      principle: 'dive-deep',
      direction: 'statement-to-title',
      title: { en: 'Dive Deep', ko: '깊게 파고들기' },
      statement: { en: 'Dive Deep statement.', ko: '깊게 파고들기 설명.' },
    });
  });

  it('keeps card faces and story text out of the small index', () => {
    const { index } = build(base());
    expect(JSON.stringify(index)).not.toContain('Namespaces and cgroups');
    expect(JSON.stringify(index)).not.toContain('Alone on a trip');
  });
});

describe('deck ids and key lines', () => {
  it('parses the deck ids the review address takes', () => {
    expect(parseDeck('topics')).toEqual({ kind: 'topics' });
    expect(parseDeck('topic:docker')).toEqual({ kind: 'topic', id: 'docker' });
    expect(parseDeck('lp:dive-deep')).toEqual({ kind: 'lp', id: 'dive-deep' });
    expect(parseDeck('lp:Dive Deep')).toBeNull();
    expect(parseDeck('own:내 덱')).toEqual({ kind: 'own', id: '내 덱' });
    expect(parseDeck('own: ')).toBeNull();
    expect(parseDeck('everything')).toBeNull();
    expect(parseDeck(null)).toBeNull();
  });

  it('takes the first written line, shortened', () => {
    expect(keyLine('\n\n> quoted **bold** line\nsecond')).toBe('quoted bold line');
    expect(keyLine('')).toBe('');
    const long = keyLine('x'.repeat(300));
    expect(long).toHaveLength(160);
    expect(long.endsWith('…')).toBe(true);
  });
});
