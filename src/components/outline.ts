import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

export interface OutlineEntry {
  readonly id: string;
  readonly text: string;
  /** 2 for a section (## in the notes), 3 for a subsection (###). */
  readonly level: 2 | 3;
}

/** Ids the page already uses: a heading never takes them. */
const RESERVED = ['main', 'root'];

/**
 * The sections of pre-rendered notes for a table of contents: gives each h2 and h3 of the tree an
 * id (GitHub's slugs, so Korean headings keep their words) and lists them in order. Returns a copy;
 * the tree from the build is left as it is.
 */
export function outlineOf(tree: Root): { tree: Root; entries: readonly OutlineEntry[] } {
  const slugger = new GithubSlugger();
  for (const id of RESERVED) slugger.slug(id);
  const entries: OutlineEntry[] = [];
  const children = tree.children.map((node) => {
    if (node.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) return node;
    const text = toString(node).trim();
    const id = slugger.slug(text || 'section');
    entries.push({ id, text, level: node.tagName === 'h2' ? 2 : 3 });
    return { ...node, properties: { ...node.properties, id } } satisfies Element;
  });
  return { tree: { ...tree, children }, entries };
}
