import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeUrl as safeDomainUrl } from '@/domain/safe-url';
import { MARKDOWN_LIMIT } from './markdown-limit';
import { contentComponents } from './rich-text';

/** react-markdown's own filter, then ours: only http(s), mailto and relative URLs survive. */
export function safeUrl(url: string): string {
  return safeDomainUrl(defaultUrlTransform(url));
}

export const markdownComponents: Components = {
  ...contentComponents,
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
