import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { ScrollBox } from './scroll-box';

/** A table's header cells, e.g. "Role, Description": what its scroll box is called. */
function headerCells(node: Element | undefined): string {
  const cells: string[] = [];
  const visit = (child: ElementContent): void => {
    if (child.type !== 'element') return;
    if (child.tagName === 'th') cells.push(toString(child).trim());
    else child.children.forEach(visit);
  };
  node?.children.forEach(visit);
  return cells.join(', ');
}

/**
 * How content elements render, for build-time trees here and for the user's markdown (`markdown.tsx`):
 * links out open in a new tab, headings sit under the page's sections, wide tables and code scroll
 * in a box of their own.
 */
export const contentComponents: Partial<Components> = {
  // `passNode` hands every component its HAST node: it is taken out, never spread onto the DOM.
  a: ({ node: _node, href, children, ...props }) => {
    const external = typeof href === 'string' && /^https?:/i.test(href);
    return (
      <a href={href || undefined} {...props} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
  // Headings inside content sit under the page's h2 sections: # and ## become h3, ### h4, and so on.
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h5 {...props} />,
  h5: ({ node: _node, ...props }) => <h6 {...props} />,
  table: ({ node, ...props }: { node?: Element }) => (
    <ScrollBox kind="table" summary={headerCells(node)}>
      <table {...props} />
    </ScrollBox>
  ),
  pre: ({ node, ...props }: { node?: Element }) => (
    <ScrollBox kind="code" summary={node ? toString(node) : ''}>
      <pre {...props} />
    </ScrollBox>
  ),
};

/**
 * Renders markdown that was turned into a HAST tree at build time (read-only content): no markdown
 * parser in the browser, and URLs were already made safe by the build.
 */
export function RichText({ tree, className }: { tree: Root; className?: string }) {
  return (
    <div className={className ? `prose ${className}` : 'prose'}>
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: contentComponents, passNode: true })}
    </div>
  );
}
