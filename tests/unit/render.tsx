import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createAppI18n } from '@/app/feature-text';
import { AppRoutes } from '@/app/routes';
import type { Lang } from '@/domain/content';

/** Renders the whole app at an address, in a language, as a person would open it. */
export function renderApp(path: string, lang: Lang = 'en'): RenderResult {
  const i18n = createAppI18n(lang);
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </I18nextProvider>,
  );
}
