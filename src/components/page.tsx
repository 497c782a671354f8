import { useRef, type ReactNode } from 'react';
import { useFocusOnArrival } from './route-focus';
import { usePageTitle } from './use-page-title';

/**
 * A view's frame: one h1 (also the document title, and where focus lands after navigation), an
 * optional lead, then the content.
 */
export function Page({ title, lead, actions, children }: { title: string; lead?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  return (
    <article className="page">
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {lead !== undefined && <div className="lead">{lead}</div>}
        {actions !== undefined && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </article>
  );
}
