import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ReaderNotice } from '@/components/reader-notice';
import { browserLanguage, isLang } from '@/i18n/i18n';
import { persistence, STORAGE_KEY } from '@/stores/app-store';
import { createAppI18n } from './feature-text';

/** The language chosen in the stored settings, read without the code that reads stored data. */
function storedLanguage() {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as { state?: { settings?: { language?: unknown } } } | null;
    const language = parsed?.state?.settings?.language;
    return isLang(language) ? language : browserLanguage();
  } catch {
    return browserLanguage();
  }
}

/**
 * Before the stored data is read the app shows nothing of it: when the part of the app that reads it
 * is slow or fails to load, this says so (with `Reload`) beside the page, until the data is read.
 */
export function watchReaderBeforeLoad(): void {
  let hydrated = false;
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  const show = (): void => {
    if (hydrated || root !== null || persistence.status.getState().reader === null) return;
    container = document.createElement('div');
    container.className = 'page boot-notice';
    const appRoot = document.getElementById('root');
    appRoot?.after(container);
    root = createRoot(container);
    root.render(
      <I18nextProvider i18n={createAppI18n(storedLanguage())}>
        <ReaderNotice />
      </I18nextProvider>,
    );
  };
  const stop = persistence.status.subscribe(show);
  show();
  void persistence.whenHydrated.then(() => {
    hydrated = true;
    stop();
    root?.unmount();
    container?.remove();
  });
}
