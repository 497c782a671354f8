/** The Korean (or any other) catalogue must have exactly the keys of the English one. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** A feature's catalogue: one namespace, both languages. */
export interface Catalogue<T> {
  readonly en: T;
  readonly ko: Messages<T>;
}
