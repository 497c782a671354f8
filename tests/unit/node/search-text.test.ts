import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/node/build-content';
import { readContentDir } from '../../../src/node/content-plugin';
import { plainOfMarkdown, searchText, sectionsOf } from '../../../src/node/search-text';

describe('search text made at build time', () => {
  it('reduces markdown to its words, one line per block', () => {
    expect(plainOfMarkdown('Use **PKCE** with `S256`.\n\n- [RFC 7636](https://example.org) says so\n- second')).toBe(
      'Use PKCE with S256.\nRFC 7636 says so\nsecond',
    );
    expect(plainOfMarkdown('| a | b |\n| --- | --- |\n| compact | header |')).toBe('a b\ncompact header');
  });

  it('splits notes at their headings, anchored as the topic page anchors them', () => {
    const { intro, sections } = sectionsOf('Before.\n\n## 한눈에 보기\n\nOne.\n\n### PKCE (RFC 7636)\n\nTwo.\n\n## Main\n\nThree.');
    expect(intro).toBe('Before.');
    expect(sections).toEqual([
      { anchor: '한눈에-보기', heading: '한눈에 보기', text: 'One.' },
      { anchor: 'pkce-rfc-7636', heading: 'PKCE (RFC 7636)', text: 'Two.' },
      // `main` is the page's own landmark id: the heading takes the next slug.
      { anchor: 'main-1', heading: 'Main', text: 'Three.' },
    ]);
  });

  it('covers every kind of the real content', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const text = searchText(buildContent(readContentDir(root, 'content')).bundle);
    expect(text.principles).toHaveLength(16);
    expect(text.topics.find((t) => t.id === 'oauth2')?.sections.some((s) => /PKCE/.test(s.text))).toBe(true);
    expect(text.cards.length).toBeGreaterThan(100);
    expect(text.guides.length).toBeGreaterThan(0);
    for (const card of text.cards) expect(card.answer).not.toMatch(/\*\*|```/);
  });
});
