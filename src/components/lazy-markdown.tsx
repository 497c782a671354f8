import { lazy, Suspense } from 'react';
import { MARKDOWN_LIMIT } from './markdown-limit';

const Markdown = lazy(async () => ({ default: (await import('./markdown')).Markdown }));

/**
 * Markdown whose renderer loads on first use (the user's own edits), showing the plain text while
 * it loads, so a page that reads content alone never downloads it. Very long text stays plain.
 */
export function LazyMarkdown({ children }: { children: string }) {
  const plain = <div className="prose plain-text">{children}</div>;
  if (children.length > MARKDOWN_LIMIT) return plain;
  return (
    <Suspense fallback={plain}>
      <Markdown>{children}</Markdown>
    </Suspense>
  );
}
