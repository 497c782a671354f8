import { createI18n } from '@/i18n/i18n';
import type { Catalogue, CatalogueLoader } from '@/i18n/types';
import type { Lang } from '@/domain/content';

/**
 * Each feature owns one namespace, named after its folder: `src/features/<name>/text.ts` exports
 * `text` (both languages) and declares its type into `@/i18n/namespaces`. Found here by the glob,
 * so a new feature registers its text by adding that file; each becomes its own chunk.
 */
const modules = import.meta.glob<Catalogue<object>>('/src/features/*/text.ts', { import: 'text' });

export const featureTextLoaders: Readonly<Record<string, CatalogueLoader>> = Object.fromEntries(
  Object.entries(modules).map(([file, load]) => [file.split('/').at(-2) ?? file, load]),
);

/** Starts downloading a feature's text (with its view's code), so the view does not wait twice. */
export function preloadText(namespace: string): void {
  void featureTextLoaders[namespace]?.().catch(() => undefined);
}

/** The app's i18next instance: `common` bundled, every feature's text on first use. */
export function createAppI18n(lang: Lang): ReturnType<typeof createI18n> {
  return createI18n(lang, featureTextLoaders);
}
