/** The Korean (or any other) catalogue must have exactly the keys of the English one. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** A namespace's catalogue: both languages. */
export interface Catalogue<T> {
  readonly en: T;
  readonly ko: Messages<T>;
}

/** Loads one namespace's catalogue (a dynamic import, so that it becomes its own chunk). */
export type CatalogueLoader = () => Promise<Catalogue<object>>;
