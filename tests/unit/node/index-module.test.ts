import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/node/build-content';
import { indexModule } from '../../../src/node/content-plugin';
import { NOTE_FILES } from '../fixtures/notes';

describe('the index module the first page loads', () => {
  it('carries topic card ids as their hashes and gives the same index back', async () => {
    const { index } = buildContent([
      ...NOTE_FILES,
      { file: 'content/topics/jwt.md', source: '---\ntitle:\n  en: JWT\n  ko: JWT\n---\nNotes.\n\n## Cards\n\n### What is kid?\n\nThe key id.\n' },
    ]);
    const code = indexModule(index);
    expect(index.topics[0]?.cardIds[0]).toMatch(/^topic:docker:[0-9a-z]{7}$/);
    expect(code).not.toContain('topic:docker:');
    const loaded = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { contentIndex: unknown };
    // The same index, but for a Korean topic title that only repeated the English one.
    const same = { ...index, topics: index.topics.map((t) => ({ ...t, title: t.title.ko === t.title.en ? { en: t.title.en } : t.title })) };
    expect(loaded.contentIndex).toEqual(same);
    expect((loaded.contentIndex as typeof index).topics.find((t) => t.id === 'jwt')?.title).toEqual({ en: 'JWT' });
  });
});
