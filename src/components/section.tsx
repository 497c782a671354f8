import type { ReactNode } from 'react';
import { useId } from 'react';

/** A titled region of a page (h2), labelled by its heading so it is a landmark. */
export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `section ${className}` : 'section'}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
