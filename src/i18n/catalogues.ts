import { dashboardText } from '@/features/dashboard/text';
import type { guidesText } from '@/features/guides/text';
import type { principlesText } from '@/features/principles/text';
import type { questionsText } from '@/features/questions/text';
import type { reviewText } from '@/features/review/text';
import type { settingsText } from '@/features/settings/text';
import type { storiesText } from '@/features/stories/text';
import type { topicsText } from '@/features/topics/text';
import type { coverageText } from '@/features/coverage/text';
import { common } from './common';
import type { cardsText } from './cards';
import type { hintsText } from './hints';
import type { storageText } from './storage';

/** Namespaces on the first page: `common` for the shell and the dashboard's. */
export const catalogues = {
  common,
  dashboard: dashboardText,
} as const;

/**
 * Namespaces that load with their views instead of on the first page: typed here, added to the
 * i18next instance by useCatalogue when a view that needs them renders. `storage` holds the save
 * state and the storage notices.
 */
export interface LazyCatalogues {
  readonly principles: typeof principlesText;
  readonly topics: typeof topicsText;
  readonly guides: typeof guidesText;
  readonly review: typeof reviewText;
  readonly stories: typeof storiesText;
  readonly questions: typeof questionsText;
  readonly settings: typeof settingsText;
  readonly storage: typeof storageText;
  readonly hints: typeof hintsText;
  readonly cards: typeof cardsText;
  readonly coverage: typeof coverageText;
}

export type Namespace = keyof typeof catalogues | keyof LazyCatalogues;
export type AllCatalogues = typeof catalogues & LazyCatalogues;
