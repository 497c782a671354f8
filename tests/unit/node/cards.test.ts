// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deckCardIds, keyLine, listCards, parseDeck, type CardFace, type PromptCardFace } from '../../../src/domain/cards.ts';
import { topicCardId } from '../../../src/domain/ids.ts';
import { buildContent } from '../../../src/node/build-content.ts';
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

/** Builds content; `cards` is what the browser derives from the small index. */
function build(files: RawFile[]) {
  const built = buildContent(files);
  return { ...built, cards: listCards(built.index) };
}

const base = (): RawFile[] => [
  principle('ownership', 2, 'Ownership', '주인의식'),
  principle('dive-deep', 12, 'Dive Deep', '깊게 파고들기'),
  story,
  question('[gst]'),
  topic('Namespaces and cgroups.'),
];

describe('flashcards derived at build time', () => {
  it('derives topic cards, LP recall both ways and behavioural prompts, in deck order', () => {
    const { bundle, cards } = build(base());
    expect(cards.map((c) => c.id)).toEqual([
      topicCardId('docker', 'What isolates a container?'),
      topicCardId('docker', 'What does exit code 137 mean?'),
      'lp:ownership:title-to-statement',
      'lp:dive-deep:title-to-statement',
      'lp:ownership:statement-to-title',
      'lp:dive-deep:statement-to-title',
      'prompt:question:why-amazon',
      'prompt:lp:ownership',
      'prompt:lp:dive-deep',
    ]);
    expect(bundle.cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
  });

  it('puts each card in its decks', () => {
    const { cards } = build(base());
    expect(deckCardIds(cards, 'topics')).toHaveLength(2);
    expect(deckCardIds(cards, 'topic:docker')).toHaveLength(2);
    expect(deckCardIds(cards, 'principles')).toHaveLength(4);
    expect(deckCardIds(cards, 'questions')).toEqual(['prompt:question:why-amazon', 'prompt:lp:ownership', 'prompt:lp:dive-deep']);
    expect(deckCardIds(cards, 'lp:dive-deep')).toEqual([
      'lp:dive-deep:title-to-statement',
      'lp:dive-deep:statement-to-title',
      'prompt:question:why-amazon',
      'prompt:lp:dive-deep',
    ]);
  });

  it('keeps every card id when answers, statements and prompts are edited', () => {
    const before = build(base()).cards.map((c) => c.id);
    const edited = [
      principle('ownership', 2, 'Ownership', '주인의식', 'A rewritten statement.'),
      principle('dive-deep', 12, 'Dive Deep', '깊게 파고들기'),
      story,
      { ...question('[gst]'), source: question('[gst]').source.replace('Why Amazon?', 'Why do you want to join Amazon?') },
      topic('Linux namespaces isolate; cgroups limit resources.'),
    ];
    const after = build(edited);
    expect(after.cards.map((c) => c.id)).toEqual(before);
    expect(after.bundle.cards.map((c) => c.id)).toEqual(before);
    const face = after.bundle.cards.find((c) => c.id === topicCardId('docker', 'What isolates a container?'));
    expect(face).toMatchObject({ kind: 'topic', answer: 'Linux namespaces isolate; cgroups limit resources.' });
  });

  it('gives a reworded question a new id and drops a removed card from the decks', () => {
    const files = base();
    files[4] = { ...topic('Namespaces.'), source: topic('Namespaces.').source.replace('What does exit code 137 mean?', 'What does exit status 137 mean?') };
    const ids = build(files).cards.map((c) => c.id);
    expect(ids).toContain(topicCardId('docker', 'What does exit status 137 mean?'));
    expect(ids).not.toContain(topicCardId('docker', 'What does exit code 137 mean?'));
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

  it("shows the linked stories' key lines on behavioural answers", () => {
    const { bundle } = build(base());
    const prompt = bundle.cards.find((c): c is PromptCardFace => c.id === 'prompt:question:why-amazon');
    expect(prompt?.prompt).toEqual({ ko: '왜 아마존인가요?', en: 'Why Amazon?' });
    expect(prompt?.keyPoints).toBe('1) customers');
    expect(prompt?.storiesFrom).toBe('direct');
    expect(prompt?.stories).toEqual([
      {
        id: 'gst',
        title: 'GST project',
        lines: [
          { section: 'situation', text: 'Alone on a trip abroad.' },
          { section: 'action', text: 'Studied the tax rules hard.' },
          { section: 'result', text: 'Shipped on time, 30% fewer errors.' },
        ],
      },
    ]);
    const lp = bundle.cards.find((c: CardFace) => c.id === 'prompt:lp:ownership') as PromptCardFace;
    expect(lp.stories.map((s) => s.id)).toEqual(['gst']);
    expect(lp.prompt).toEqual({ en: 'Ownership', ko: '주인의식' });
  });

  it("falls back to the stories of a question's principles when it names none", () => {
    const files = base();
    files[3] = question('[]');
    const prompt = build(files).bundle.cards.find((c) => c.id === 'prompt:question:why-amazon') as PromptCardFace;
    expect(prompt.storiesFrom).toBe('principles');
    expect(prompt.stories.map((s) => s.id)).toEqual(['gst']);
  });

  it('keeps card faces out of the small index', () => {
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
