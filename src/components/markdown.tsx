import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/|\.{0,2}\/?[^:]*$)/i;

/** Keeps http(s), mailto and relative links; drops javascript:, data:, vbscript: and the rest. */
export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url.trim());
  return SAFE_PROTOCOL.test(cleaned) ? cleaned : '';
}

const components: Components = {
  a: ({ node: _node, href, children, ...props }) => {
    const external = href !== undefined && /^https?:/i.test(href);
    return (
      <a href={href || undefined} {...props} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
  // Headings inside user text start at h3 so the page outline stays intact.
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  img: ({ node: _node, alt, src }) => (typeof src === 'string' && safeUrl(src) !== '' ? <img alt={alt ?? ''} src={safeUrl(src)} loading="lazy" /> : null),
};

/**
 * Renders the user's markdown safely: raw HTML is dropped (never parsed into the DOM), and only
 * safe URLs survive, so text from content or the store never runs script.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={className ? `prose ${className}` : 'prose'}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={safeUrl} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
