import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Arriving at an address with a fragment (a section or a card of a topic, as search links to them):
 * the page renders after the browser would have scrolled there, so this does it, opens a closed
 * card, and puts focus there (after the page's own focus on its heading). Kept out of the shared
 * page frame so that the first page does not carry it.
 */
export function useHashTarget(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    const details = target.querySelector('details');
    if (details) details.open = true;
    const focusable = details?.querySelector('summary') ?? target;
    if (focusable === target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    focusable.focus();
  }, [hash]);
}
