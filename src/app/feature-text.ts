import { browserLanguage, createI18n, SHARED_LOADERS } from '@/i18n/i18n';
import type { CatalogueLoader } from '@/i18n/types';
import type { Lang } from '@/domain/content';
import { useAppStore } from '@/stores/app-store';

/**
 * Each feature owns one namespace, named after its folder: `src/features/<name>/text.ts` exports
 * `en` (the English words) and declares its type into `@/i18n/namespaces`; `text-ko.ts` next to it
 * exports `ko`, typed to have exactly the same keys. Found here by the globs, so a new feature
 * registers its text by adding those files; each language of each becomes its own chunk.
 */
const english = import.meta.glob<object>('/src/features/*/text.ts', { import: 'en' });
const korean = import.meta.glob<object>('/src/features/*/text-ko.ts', { import: 'ko' });
const folderOf = (file: string): string => file.split('/').at(-2) ?? file;
const koreanByFeature = new Map(Object.entries(korean).map(([file, load]) => [folderOf(file), load]));

export const featureTextLoaders: Readonly<Record<string, CatalogueLoader>> = Object.fromEntries(
  Object.entries(english).map(([file, loadEnglish]): [string, CatalogueLoader] => {
    const loadKorean = koreanByFeature.get(folderOf(file));
    return [folderOf(file), (lang) => (lang === 'ko' && loadKorean ? loadKorean() : loadEnglish())];
  }),
);

/**
 * Starts downloading a namespace's text (a feature's or a shared one) in the language on screen,
 * with its view's code, so the view does not wait twice.
 */
export function preloadText(namespace: string): void {
  const lang = useAppStore.getState().settings.language ?? browserLanguage();
  const load = Object.hasOwn(featureTextLoaders, namespace) ? featureTextLoaders[namespace] : SHARED_LOADERS[namespace];
  void load?.(lang).catch(() => undefined);
}

/** The app's i18next instance: `common` bundled, every feature's text on first use. */
export function createAppI18n(lang: Lang): ReturnType<typeof createI18n> {
  return createI18n(lang, featureTextLoaders);
}
