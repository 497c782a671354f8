// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardsToTopicMarkdown, deckFileId, principleToMarkdown, questionToMarkdown, safeBlock } from '../../../src/domain/content-export.ts';
import { buildContent } from '../../../src/node/build-content.ts';
import type { RawFile } from '../../../src/node/parse-file.ts';
import { NOTE_BUNDLE, NOTE_FILES } from '../fixtures/notes.ts';

/** The fixture notes with one file added or replaced, through the build's own validation. */
function buildWith(file: RawFile) {
  return buildContent([...NOTE_FILES.filter((f) => f.file !== file.file), file]);
}

describe('exported files pass the build', () => {
  it('writes an own question (English only, with principles, stories, key points and draft) as a question file', () => {
    const text = questionToMarkdown({
      prompt: { en: 'Why this team? "Really"' },
      principles: ['ownership', 'dive-deep'],
      stories: ['gst'],
      keyPoints: '- the team\n## not a section\n```\nopen fence',
      draft: 'I chose it: 3 reasons.',
    });
    const { bundle } = buildWith({ file: 'content/questions/q-mh2x1k0.md', source: text });
    const question = bundle.questions.find((q) => q.id === 'q-mh2x1k0');
    expect(question).toMatchObject({
      prompt: { en: 'Why this team? "Really"' },
      principles: ['ownership', 'dive-deep'],
      stories: ['gst'],
      draft: 'I chose it: 3 reasons.',
    });
    expect(question?.keyPoints).toBe('- the team\n### not a section\n```\nopen fence\n```');
  });

  it('writes a question in Korean with no principles, no stories and nothing drafted yet', () => {
    const { bundle } = buildWith({
      file: 'content/questions/q-1.md',
      source: questionToMarkdown({ prompt: { ko: '왜 이 팀인가요?' }, principles: [], stories: [], keyPoints: '', draft: '' }),
    });
    expect(bundle.questions.find((q) => q.id === 'q-1')).toMatchObject({ prompt: { ko: '왜 이 팀인가요?' }, keyPoints: '', draft: '' });
  });

  it("writes a principle with the user's notes as its body, keeping its front matter", () => {
    const original = NOTE_BUNDLE.principles.find((p) => p.id === 'think-big');
    if (!original) throw new Error('fixture');
    const text = principleToMarkdown({ ...original, notes: '- 크게 생각하기: "10배"\n- second line' });
    const { bundle } = buildWith({ file: 'content/principles/think-big.md', source: text });
    expect(bundle.principles.find((p) => p.id === 'think-big')).toMatchObject({
      order: 8,
      title: original.title,
      statement: original.statement,
      notes: '- 크게 생각하기: "10배"\n- second line',
    });
  });

  it('writes the cards of a deck as a topic file, one card per question, safe answers', () => {
    const text = cardsToTopicMarkdown({
      title: '면접 직전 "덱"',
      tags: ['mine'],
      cards: [
        { question: 'What is\nSTAR?', answer: 'Situation, Task, Action, Result.' },
        { question: 'what is star?', answer: 'Asked again.' },
        { question: 'Headings?', answer: '### not a card\n## not a section\nText.' },
        { question: 'No answer', answer: '  ' },
      ],
    });
    const id = deckFileId('면접 직전 "덱"');
    expect(id).toMatch(/^deck-[0-9a-z]{7}$/);
    const { bundle } = buildWith({ file: `content/topics/${id}.md`, source: text });
    const topic = bundle.topics.find((t) => t.id === id);
    expect(topic?.title).toEqual({ en: '면접 직전 "덱"', ko: '면접 직전 "덱"' });
    expect(topic?.tags).toEqual(['mine']);
    expect(topic?.cards.map((c) => [c.question, c.answer])).toEqual([
      ['What is STAR?', 'Situation, Task, Action, Result.'],
      ['what is star? (2)', 'Asked again.'],
      ['Headings?', '#### not a card\n#### not a section\nText.'],
    ]);
  });

  it('demotes only the headings the build splits at, outside code', () => {
    expect(safeBlock('## a\n### b\n#### c\n```\n## code\n```', [2, 3])).toBe('#### a\n#### b\n#### c\n```\n## code\n```');
    expect(safeBlock('## a\n### b', [2])).toBe('### a\n### b');
  });
});
