import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { browserLanguage } from '@/i18n/i18n';
import { persistence, useAppStore } from '@/stores/app-store';
import { requestPersistentStorage } from '@/stores/persistence';
import { createAppI18n } from './feature-text';
import { AppRoutes } from './routes';

/** Keeps i18next, <html lang> and the theme in step with the persisted settings. */
function useSettingsEffects(i18n: ReturnType<typeof createAppI18n>): void {
  const language = useAppStore((s) => s.settings.language) ?? browserLanguage();
  const theme = useAppStore((s) => s.settings.theme);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}

export function App({ i18n }: { i18n?: ReturnType<typeof createAppI18n> }) {
  const [instance] = useState(() => i18n ?? createAppI18n(useAppStore.getState().settings.language ?? browserLanguage()));
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
