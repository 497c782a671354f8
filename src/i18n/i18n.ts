import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '@/domain/content';
import { common } from './common';
import type { Namespaces } from './namespaces';
import type { CatalogueLoader } from './types';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Namespaces;
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

/** Namespaces of the shared layer that load when first used. */
const SHARED_LOADERS: Readonly<Record<string, CatalogueLoader>> = {
  storage: async () => (await import('./storage')).storageText,
  hints: async () => (await import('./hints')).hintsText,
  cards: async () => (await import('./cards')).cardsText,
  recordings: async () => (await import('./recordings')).recordingsText,
};

/**
 * Creates and initialises an i18next instance. `common` is bundled, so the instance is ready at
 * once; every other namespace loads on first use through i18next's backend from `loaders` (handed
 * over by the app shell, which knows the features: this layer does not). Views call
 * `useTranslation('<namespace>')` and Suspense waits for the load.
 */
export function createI18n(lang: Lang, loaders: Readonly<Record<string, CatalogueLoader>> = {}): typeof i18next {
  const all = { ...SHARED_LOADERS, ...loaders };
  const instance = i18next.createInstance();
  void instance
    .use(
      resourcesToBackend(async (language: string, namespace: string) => {
        const load = Object.hasOwn(all, namespace) ? all[namespace] : undefined;
        if (!load) throw new Error(`No text for the namespace "${namespace}"`);
        const catalogue = await load();
        return language === 'ko' ? catalogue.ko : catalogue.en;
      }),
    )
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: 'en',
      supportedLngs: [...LANGS],
      ns: ['common'],
      defaultNS: 'common',
      resources: { en: { common: common.en }, ko: { common: common.ko } },
      // The bundled `common` and the backend for the rest.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  return instance;
}
