import type { Element, Root, RootContent } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { safeUrl } from '../domain/safe-url.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);

/** Drops source positions and unsafe URLs; raw HTML never gets this far (remark-rehype drops it). */
function clean<T extends Root | RootContent>(node: T): T {
  const { position: _position, ...rest } = node as T & { position?: unknown };
  const out = rest as T;
  if (out.type === 'element') {
    const element = out as Element;
    for (const key of ['href', 'src'] as const) {
      const value = element.properties[key];
      if (typeof value === 'string') element.properties[key] = safeUrl(value);
    }
  }
  if ('children' in out) (out as Root).children = (out as Root).children.map((child) => clean(child));
  return out;
}

/** Markdown to a plain HAST tree (JSON-safe), rendered in the browser without a markdown parser. */
export function markdownToHast(markdown: string): Root {
  return clean(processor.runSync(processor.parse(markdown)) as Root);
}
