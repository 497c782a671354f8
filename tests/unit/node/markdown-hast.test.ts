// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/domain/safe-url.ts';
import { renderTopic } from '../../../src/node/content-plugin.ts';
import { markdownToHast } from '../../../src/node/markdown-hast.ts';

describe('markdown rendered at build time', () => {
  it('keeps structure and drops raw HTML and unsafe links', () => {
    const tree = markdownToHast(
      '# Title\n\n**bold** [ok](https://example.org) [bad](javascript:alert(1))\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
    );
    const json = JSON.stringify(tree);
    expect(json).toContain('"tagName":"h1"');
    expect(json).toContain('"tagName":"strong"');
    expect(json).toContain('https://example.org');
    expect(json).not.toMatch(/javascript:|<script|onerror|"position"/);
  });

  it('renders a topic with notes and card answers as trees', () => {
    const topic = renderTopic({
      id: 'jwt',
      title: { en: 'JWT' },
      round: 1,
      tags: [],
      sources: [],
      notes: '',
      cards: [{ id: 'topic:jwt:1', topic: 'jwt', question: 'What is a JWT?', answer: 'A `header.payload.signature` token.' }],
    });
    expect(topic.notes).toBeNull();
    expect(JSON.stringify(topic.cards[0]?.answer)).toContain('"tagName":"code"');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://kubernetes.io/docs/', 'https://kubernetes.io/docs/'],
    ['mailto:me@example.org', 'mailto:me@example.org'],
    ['/principles/ownership', '/principles/ownership'],
    ['#cards', '#cards'],
    ['./a:b', './a:b'],
    ['javascript:alert(1)', ''],
    [' JavaScript:alert(1)', ''],
    ['data:text/html;base64,PHNjcmlwdD4=', ''],
    ['vbscript:msgbox', ''],
  ])('%s -> %s', (input, output) => {
    expect(safeUrl(input)).toBe(output);
  });
});
