import { describe, expect, it } from 'vitest';
import { buildContent, topicCardIdsOf } from '../../../src/node/build-content';
import { cardIdsModule, indexModule } from '../../../src/node/content-plugin';
import { NOTE_FILES } from '../fixtures/notes';

const load = async <T>(code: string): Promise<T> => (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as T;

describe('the modules of the index and of the card ids', () => {
  const { bundle, index } = buildContent([
    ...NOTE_FILES,
    { file: 'content/topics/jwt.md', source: '---\ntitle:\n  en: JWT\n  ko: JWT\n---\nNotes.\n\n## Cards\n\n### What is kid?\n\nThe key id.\n' },
  ]);

  it('the index the first page loads gives the same index back, with card counts and no card ids', async () => {
    const code = indexModule(index);
    expect(code).not.toContain('topic:docker:');
    const loaded = await load<{ contentIndex: typeof index }>(code);
    // The same index, but for a Korean topic title that only repeated the English one.
    const same = { ...index, topics: index.topics.map((t) => ({ ...t, title: t.title.ko === t.title.en ? { en: t.title.en } : t.title })) };
    expect(loaded.contentIndex).toEqual(same);
    expect(loaded.contentIndex.topics.find((t) => t.id === 'jwt')?.title).toEqual({ en: 'JWT' });
    expect(loaded.contentIndex.topics.find((t) => t.id === 'docker')?.cardCount).toBe(2);
  });

  it('the card ids travel as their hashes and come back whole', async () => {
    const ids = topicCardIdsOf(bundle);
    expect(ids.docker?.[0]).toMatch(/^topic:docker:[0-9a-z]{7}$/);
    const code = cardIdsModule(ids);
    expect(code).not.toContain('topic:docker:');
    expect((await load<{ topicCardIds: unknown }>(code)).topicCardIds).toEqual(ids);
  });
});
