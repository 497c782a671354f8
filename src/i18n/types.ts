import type { Lang } from '@/domain/content';

/** The Korean (or any other) catalogue must have exactly the keys of the English one. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** A namespace's catalogue: both languages. */
export interface Catalogue<T> {
  readonly en: T;
  readonly ko: Messages<T>;
}

/**
 * Loads one namespace's messages in one language (a dynamic import per language, so that each is
 * its own chunk and only the language on screen downloads).
 */
export type CatalogueLoader = (lang: Lang) => Promise<object>;
