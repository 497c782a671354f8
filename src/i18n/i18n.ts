import i18next, { type BackendModule, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '@/domain/content';
import { bundledCatalogues, isLazyNamespace, lazyCatalogues, type Resources } from './catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

/** The browser's preferred language among ours: Korean if it comes first, English otherwise. */
export function browserLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko' || base === 'en') return base;
  }
  return 'en';
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function bundledResources(): Resource {
  const out: Record<Lang, Record<string, unknown>> = { en: {}, ko: {} };
  for (const [ns, catalogue] of Object.entries(bundledCatalogues)) {
    out.en[ns] = catalogue.en;
    out.ko[ns] = catalogue.ko;
  }
  return out as Resource;
}

/** Loads a view's namespace from its own module; `useTranslation` suspends until it is there. */
const lazyNamespaces: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    if (!isLazyNamespace(namespace)) {
      callback(null, {});
      return;
    }
    lazyCatalogues[namespace]().then(
      (catalogue) => callback(null, (language === 'ko' ? catalogue.ko : catalogue.en) as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Creates and initialises an i18next instance (synchronously for the bundled namespaces). */
export function createI18n(lang: Lang): typeof i18next {
  const instance = i18next.createInstance();
  void instance
    .use(lazyNamespaces)
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: 'en',
      supportedLngs: [...LANGS],
      ns: Object.keys(bundledCatalogues),
      defaultNS: 'common',
      resources: bundledResources(),
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  return instance;
}
