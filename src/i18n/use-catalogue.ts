import { useTranslation } from 'react-i18next';
import type { LazyCatalogues } from './catalogues';

/**
 * Adds a namespace that loads with its views (not on the first page) to the i18next instance in
 * use, both languages, once per instance. Call it before `useTranslation(ns)` in the view.
 */
export function useCatalogue<N extends keyof LazyCatalogues>(ns: N, catalogue: LazyCatalogues[N]): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', ns)) {
    i18n.addResourceBundle('en', ns, catalogue.en);
    i18n.addResourceBundle('ko', ns, catalogue.ko);
  }
}
