import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/node/build-content';
import { indexModule } from '../../../src/node/content-plugin';
import { NOTE_FILES } from '../fixtures/notes';

describe('the index module the first page loads', () => {
  it('carries topic card ids as their hashes and gives the same index back', async () => {
    const { index } = buildContent(NOTE_FILES);
    const code = indexModule(index);
    expect(index.topics[0]?.cardIds[0]).toMatch(/^topic:docker:[0-9a-z]{7}$/);
    expect(code).not.toContain('topic:docker:');
    const loaded = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { contentIndex: unknown };
    expect(loaded.contentIndex).toEqual(index);
  });
});
