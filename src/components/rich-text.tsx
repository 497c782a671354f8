import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

const components: Partial<Components> = {
  a: ({ href, children, ...props }) => {
    const external = typeof href === 'string' && /^https?:/i.test(href);
    return (
      <a href={href || undefined} {...props} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
  // Headings inside content start at h3 so the page outline stays intact.
  h1: (props) => <h3 {...props} />,
  h2: (props) => <h3 {...props} />,
};

/**
 * Renders markdown that was turned into a HAST tree at build time (read-only content): no markdown
 * parser in the browser, and URLs were already made safe by the build.
 */
export function RichText({ tree, className }: { tree: Root; className?: string }) {
  return <div className={className ? `prose ${className}` : 'prose'}>{toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}</div>;
}
