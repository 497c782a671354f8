import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type { Theme } from '@/domain/settings';
import { browserLanguage } from '@/i18n/i18n';
import { persistence, useAppStore } from '@/stores/app-store';
import { requestPersistentStorage } from '@/stores/persistence';
import { createAppI18n } from './feature-text';
import { AppRoutes } from './routes';

/** The browser's toolbar colour per colour scheme: the header's colour in each theme. */
const THEME_COLORS = { light: '#1f4e79', dark: '#1e2125' } as const;

/**
 * The `theme-color` metas (one per prefers-color-scheme in index.html) follow the theme: a chosen
 * theme sets both to its colour, `system` gives each scheme its own.
 */
function applyThemeColor(theme: Theme): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = THEME_COLORS[theme === 'system' ? scheme : theme];
  }
}

/** Keeps i18next, <html lang>, the theme and the shortcut hints in step with the persisted settings. */
function useSettingsEffects(i18n: ReturnType<typeof createAppI18n>): void {
  const language = useAppStore((s) => s.settings.language) ?? browserLanguage();
  const theme = useAppStore((s) => s.settings.theme);
  const shortcuts = useAppStore((s) => s.settings.shortcuts);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    applyThemeColor(theme);
  }, [theme]);
  useEffect(() => {
    // Key hints (<kbd>) hide when single-key shortcuts are off.
    document.documentElement.dataset.shortcuts = shortcuts ? 'on' : 'off';
  }, [shortcuts]);
}

/**
 * The page's one i18next instance, made outside React: a Korean first render waits (suspends) for
 * the Korean shell text, and a component that suspends before it mounts keeps no state, so an
 * instance made in state would be made again, unloaded, on every retry.
 */
let pageI18n: ReturnType<typeof createAppI18n> | undefined;
function pageInstance(): ReturnType<typeof createAppI18n> {
  pageI18n ??= createAppI18n(useAppStore.getState().settings.language ?? browserLanguage());
  return pageI18n;
}

export function App({ i18n }: { i18n?: ReturnType<typeof createAppI18n> }) {
  const [instance] = useState(() => i18n ?? pageInstance());
  useSettingsEffects(instance);
  useEffect(() => {
    void requestPersistentStorage(persistence.status);
  }, []);
  return (
    <I18nextProvider i18n={instance}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </I18nextProvider>
  );
}
