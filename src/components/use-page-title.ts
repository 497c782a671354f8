import { useEffect } from 'react';

/** Sets the document title for the current view: "<page> · Loop Prep". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Loop Prep` : 'Loop Prep';
  }, [title]);
}
