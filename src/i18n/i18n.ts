import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '@/domain/content';
import { catalogues, type AllCatalogues, type Namespace } from './catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [N in Namespace]: AllCatalogues[N]['en'] };
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

function resources(): Resource {
  const out: Record<Lang, Record<string, unknown>> = { en: {}, ko: {} };
  for (const [ns, catalogue] of Object.entries(catalogues)) {
    out.en[ns] = catalogue.en;
    out.ko[ns] = catalogue.ko;
  }
  return out as Resource;
}

/** Creates and initialises an i18next instance (synchronously: the catalogues are bundled). */
export function createI18n(lang: Lang): typeof i18next {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    ns: Object.keys(catalogues),
    defaultNS: 'common',
    resources: resources(),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
