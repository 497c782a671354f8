import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeUrl as safeDomainUrl } from '@/domain/safe-url';
import { MARKDOWN_LIMIT } from './markdown-limit';
import { ScrollBox } from './scroll-box';

/** react-markdown's own filter, then ours: only http(s), mailto and relative URLs survive. */
export function safeUrl(url: string): string {
  return safeDomainUrl(defaultUrlTransform(url));
}

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

export const markdownComponents: Components = {
  a: ({ node: _node, href, children, ...props }) => {
    const external = href !== undefined && /^https?:/i.test(href);
    return (
      <a href={href || undefined} {...props} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
  // Headings inside user text sit under the page's h2 sections: # and ## become h3, ### h4, and so on.
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h5 {...props} />,
  h5: ({ node: _node, ...props }) => <h6 {...props} />,
  table: ({ node, ...props }) => (
    <ScrollBox kind="table" summary={headerCells(node)}>
      <table {...props} />
    </ScrollBox>
  ),
  pre: ({ node, ...props }) => (
    <ScrollBox kind="code" summary={node ? toString(node) : ''}>
      <pre {...props} />
    </ScrollBox>
  ),
  img: ({ node: _node, alt, src }) => (typeof src === 'string' && safeUrl(src) !== '' ? <img alt={alt ?? ''} src={safeUrl(src)} loading="lazy" /> : null),
};

/**
 * Renders the user's markdown safely: raw HTML is dropped (never parsed into the DOM), and only
 * safe URLs survive, so text from content or the store never runs script.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  // Very long text renders as plain text at once instead of holding the page (see MARKDOWN_LIMIT).
  if (children.length > MARKDOWN_LIMIT) return <div className={className ? `prose plain-text ${className}` : 'prose plain-text'}>{children}</div>;
  return (
    <div className={className ? `prose ${className}` : 'prose'}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={safeUrl} components={markdownComponents}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
