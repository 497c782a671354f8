import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '@/domain/content';
import { en as common } from './common';
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

/** Namespaces of the shared layer that load when first used, each language on its own. */
export const SHARED_LOADERS: Readonly<Record<string, CatalogueLoader>> = {
  // English `common` is bundled (below); Korean loads when it is the language on screen.
  common: async () => (await import('./common-ko')).ko,
  storage: async (lang) => (lang === 'ko' ? (await import('./storage-ko')).ko : (await import('./storage')).en),
  hints: async (lang) => (lang === 'ko' ? (await import('./hints-ko')).ko : (await import('./hints')).en),
  cards: async (lang) => (lang === 'ko' ? (await import('./cards-ko')).ko : (await import('./cards')).en),
  recordings: async (lang) => (lang === 'ko' ? (await import('./recordings-ko')).ko : (await import('./recordings')).en),
};

/**
 * Creates and initialises an i18next instance. English `common` is bundled, so an English instance
 * is ready at once; every other namespace, and Korean `common`, loads on first use through
 * i18next's backend from `loaders` (handed over by the app shell, which knows the features: this
 * layer does not), in the language on screen only. Views call `useTranslation('<namespace>')` and
 * Suspense waits for the load. Switching language loads the other language's text before it shows.
 */
export function createI18n(lang: Lang, loaders: Readonly<Record<string, CatalogueLoader>> = {}): typeof i18next {
  const all = { ...SHARED_LOADERS, ...loaders };
  const instance = i18next.createInstance();
  void instance
    .use(
      resourcesToBackend(async (language: string, namespace: string) => {
        const load = Object.hasOwn(all, namespace) ? all[namespace] : undefined;
        if (!load) throw new Error(`No text for the namespace "${namespace}"`);
        return load(language === 'ko' ? 'ko' : 'en');
      }),
    )
    .use(initReactI18next)
    .init({
      lng: lang,
      // No fallback: both languages have every key (checked by type), so a Korean page never needs
      // (nor downloads) the English text.
      fallbackLng: false,
      supportedLngs: [...LANGS],
      ns: ['common'],
      defaultNS: 'common',
      resources: { en: { common } },
      // The bundled English `common` and the backend for the rest.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  return instance;
}
