import { dashboardText } from '@/features/dashboard/text';
import { guidesText } from '@/features/guides/text';
import { principlesText } from '@/features/principles/text';
import type { questionsText } from '@/features/questions/text';
import type { reviewText } from '@/features/review/text';
import type { settingsText } from '@/features/settings/text';
import type { storiesText } from '@/features/stories/text';
import { topicsText } from '@/features/topics/text';
import { common } from './common';
import type { storageText } from './storage';

/** Every namespace: `common` for the shell, one per feature. */
export const catalogues = {
  common,
  dashboard: dashboardText,
  principles: principlesText,
  topics: topicsText,
  guides: guidesText,
} as const;

/**
 * Namespaces that load with their views instead of on the first page: typed here, added to the
 * i18next instance by useCatalogue when a view that needs them renders. `storage` holds the save
 * state and the storage notices.
 */
export interface LazyCatalogues {
  readonly review: typeof reviewText;
  readonly stories: typeof storiesText;
  readonly questions: typeof questionsText;
  readonly settings: typeof settingsText;
  readonly storage: typeof storageText;
}

export type Namespace = keyof typeof catalogues | keyof LazyCatalogues;
export type AllCatalogues = typeof catalogues & LazyCatalogues;
