import { dashboardText } from '@/features/dashboard/text';
import { guidesText } from '@/features/guides/text';
import { principlesText } from '@/features/principles/text';
import { questionsText } from '@/features/questions/text';
import type { reviewText } from '@/features/review/text';
import { settingsText } from '@/features/settings/text';
import { storiesText } from '@/features/stories/text';
import { topicsText } from '@/features/topics/text';
import { common } from './common';

/** Every namespace: `common` for the shell, one per feature. */
export const catalogues = {
  common,
  dashboard: dashboardText,
  principles: principlesText,
  questions: questionsText,
  stories: storiesText,
  topics: topicsText,
  guides: guidesText,
  settings: settingsText,
} as const;

/**
 * Namespaces that load with their views instead of on the first page: typed here, added to the
 * i18next instance by useCatalogue when a view that needs them renders.
 */
export interface LazyCatalogues {
  readonly review: typeof reviewText;
}

export type Namespace = keyof typeof catalogues | keyof LazyCatalogues;
export type AllCatalogues = typeof catalogues & LazyCatalogues;
