import { render, screen } from '@testing-library/react';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { RichText } from '@/components/rich-text';

const tree: Root = {
  type: 'root',
  children: [
    { type: 'element', tagName: 'h2', properties: { id: 'pkce' }, children: [{ type: 'text', value: 'PKCE' }] },
    {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'element', tagName: 'a', properties: { href: 'https://www.rfc-editor.org/rfc/rfc7636' }, children: [{ type: 'text', value: 'RFC 7636' }] },
      ],
    },
  ],
};

describe('content rendered from its build-time tree', () => {
  it('puts a ## heading one level under the page’s sections, with its id and no stray attributes', () => {
    render(<RichText tree={tree} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'PKCE' });
    expect(heading.getAttributeNames().sort()).toEqual(['id']);
    const link = screen.getByRole('link', { name: 'RFC 7636' });
    expect(link.getAttributeNames().sort()).toEqual(['href', 'rel', 'target']);
  });
});
