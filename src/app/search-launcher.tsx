import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppStore } from '@/stores/app-store';
import { ErrorBoundary } from './error-boundary';
import { preloadText } from './feature-text';

// Search (its dialog, the index library and content's text) loads the first time it opens.
const SearchDialog = lazy(async () => {
  preloadText('search');
  return { default: (await import('@/features/search/search-dialog')).SearchDialog };
});

/** Typing in a field: `/` is a character there, not a shortcut. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof Element && target.matches('input:not([type=checkbox],[type=radio]),textarea,select');

/**
 * The header's `Search` button, and the keys that open search anywhere: Ctrl-K or Cmd-K always,
 * `/` while single-key shortcuts are on (Settings) and focus is not in a text field.
 */
export function SearchLauncher() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // What is typed while search opens (its code may still be on the way) goes into its box.
  const [typed, setTyped] = useState('');
  const show = (): void => {
    setTyped('');
    setOpen(true);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      const modified = event.ctrlKey || event.metaKey;
      if (open && !modified && event.key.length === 1 && !(event.target as Element).closest('dialog')) {
        setTyped((text) => text + event.key);
        event.preventDefault();
      } else if (
        modified
          ? event.key.toLowerCase() === 'k' && !event.shiftKey
          : event.key === '/' && useAppStore.getState().settings.shortcuts && !isTyping(event.target)
      ) {
        event.preventDefault();
        show();
      }
    };
    // Before any view's own keys (a review grades on 1 to 4): the keys typed into search are search's.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="button ghost search-button"
        aria-haspopup="dialog"
        // `/` too while single-key shortcuts are on: its key hint says so, and hides when they are off.
        aria-keyshortcuts="Control+K Meta+K"
        onClick={show}
      >
        {t('search')}
        <kbd aria-hidden="true">/</kbd>
      </button>
      {open && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <SearchDialog typed={typed} onClose={() => setOpen(false)} onGo={(href) => void navigate(href)} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
