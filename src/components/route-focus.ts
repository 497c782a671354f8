import { createContext, useContext, useEffect, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * True once the person has moved on from the address the app opened at. Provided by the app
 * shell; on the first page focus stays at the top of the document (where the skip link is).
 */
export const RouteArrivalContext = createContext(false);

/**
 * Moves focus to `ref` (the page's h1, focusable with tabindex=-1) when a new address is reached by
 * a link or the back button, so a screen reader announces the new page and the keyboard starts
 * there. An address replaced in place (a new story getting its id while the person types) keeps
 * focus where it is.
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>): void {
  const navigated = useContext(RouteArrivalContext);
  const { pathname } = useLocation();
  const type = useNavigationType();
  useEffect(() => {
    if (!navigated || type === 'REPLACE') return;
    ref.current?.focus();
  }, [navigated, pathname, type, ref]);
}

/**
 * Moves focus to where the next step is after an action (the undo button, the attached story, the
 * import summary). It runs after the page's own focus on arrival, so an action that also changes
 * the address still ends on its next step.
 */
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  setTimeout(() => target()?.focus(), 0);
}
