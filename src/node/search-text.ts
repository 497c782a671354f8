import type { Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { outlineOf } from '../components/outline.ts';
import type { ContentBundle } from '../domain/content.ts';
import type { SearchSection, SearchText } from '../domain/search-text.ts';
import { markdownToHast } from './markdown-hast.ts';

/** Block elements whose text ends a line (so words of two paragraphs never run together). */
const BLOCKS = new Set(['p', 'li', 'pre', 'blockquote', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'br', 'hr', 'table']);

/** Elements whose own text is only the line breaks between their children. */
const CONTAINERS = new Set(['table', 'thead', 'tbody', 'tr', 'ul', 'ol']);

function textOf(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  else if (node.type === 'element' || node.type === 'root') {
    const container = node.type === 'element' && CONTAINERS.has(node.tagName);
    for (const child of node.children) if (!(container && child.type === 'text')) textOf(child, out);
    if (node.type === 'element' && BLOCKS.has(node.tagName)) out.push(node.tagName === 'td' || node.tagName === 'th' ? ' ' : '\n');
  }
}

/** The words of a HAST tree, one line per block, runs of blank lines and spaces folded. */
export function plainOfTree(tree: Root | RootContent): string {
  const out: string[] = [];
  textOf(tree, out);
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Markdown reduced to its words. */
export function plainOfMarkdown(markdown: string): string {
  return markdown.trim() === '' ? '' : plainOfTree(markdownToHast(markdown));
}

/**
 * Notes split at their `##` and `###` headings, each section anchored with the id its page gives
 * the heading (the same outline the page uses), with the text before the first heading apart.
 */
export function sectionsOf(markdown: string): { intro: string; sections: SearchSection[] } {
  if (markdown.trim() === '') return { intro: '', sections: [] };
  const { tree, entries } = outlineOf(markdownToHast(markdown));
  const intro: RootContent[] = [];
  const parts: { anchor: string; heading: string; nodes: RootContent[] }[] = [];
  let entry = 0;
  for (const node of tree.children) {
    if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
      const outline = entries[entry];
      entry += 1;
      parts.push({ anchor: outline?.id ?? '', heading: outline?.text ?? toString(node).trim(), nodes: [] });
    } else {
      (parts.at(-1)?.nodes ?? intro).push(node);
    }
  }
  const plain = (nodes: RootContent[]): string => plainOfTree({ type: 'root', children: nodes });
  return { intro: plain(intro), sections: parts.map((p) => ({ anchor: p.anchor, heading: p.heading, text: plain(p.nodes) })) };
}

/** Everything content has, as plain text for the search index. */
export function searchText(bundle: ContentBundle): SearchText {
  return {
    principles: bundle.principles.map((p) => ({ id: p.id, title: p.title, statement: p.statement, notes: plainOfMarkdown(p.notes) })),
    questions: bundle.questions.map((q) => ({ id: q.id, prompt: q.prompt, keyPoints: plainOfMarkdown(q.keyPoints), draft: plainOfMarkdown(q.draft) })),
    stories: bundle.stories.map((s) => ({
      id: s.id,
      title: s.title,
      situation: plainOfMarkdown(s.star.situation),
      task: plainOfMarkdown(s.star.task),
      action: plainOfMarkdown(s.star.action),
      result: plainOfMarkdown(s.star.result),
      learnings: plainOfMarkdown(s.learnings),
      notes: plainOfMarkdown(s.notes),
      followUps: s.followUps,
    })),
    topics: bundle.topics.map((t) => ({ id: t.id, title: t.title, tags: t.tags, ...sectionsOf(t.notes) })),
    cards: bundle.topics.flatMap((t) => t.cards.map((c) => ({ id: c.id, topic: t.id, question: c.question, answer: plainOfMarkdown(c.answer) }))),
    guides: bundle.guides.map((g) => {
      const { intro, sections } = sectionsOf(g.body);
      return { id: g.id, title: g.title, sections: intro === '' ? sections : [{ anchor: '', heading: '', text: intro }, ...sections] };
    }),
  };
}
