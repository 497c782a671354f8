import { lazy, Suspense } from 'react';

const Markdown = lazy(async () => ({ default: (await import('./markdown')).Markdown }));

/**
 * Markdown whose renderer loads on first use (the user's own edits), showing the plain text while
 * it loads, so a page that reads content alone never downloads it.
 */
export function LazyMarkdown({ children }: { children: string }) {
  return (
    <Suspense fallback={<div className="prose plain-text">{children}</div>}>
      <Markdown>{children}</Markdown>
    </Suspense>
  );
}
