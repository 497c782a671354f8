import { dashboardText } from '@/features/dashboard/text';
import { guidesText } from '@/features/guides/text';
import { principlesText } from '@/features/principles/text';
import { questionsText } from '@/features/questions/text';
import { settingsText } from '@/features/settings/text';
import { storiesText } from '@/features/stories/text';
import { topicsText } from '@/features/topics/text';
import { common } from './common';
import { storageText } from './storage';

/** Every namespace: `common` for the shell, `storage` for the save state and storage notices, one per feature. */
export const catalogues = {
  common,
  storage: storageText,
  dashboard: dashboardText,
  principles: principlesText,
  questions: questionsText,
  stories: storiesText,
  topics: topicsText,
  guides: guidesText,
  settings: settingsText,
} as const;

export type Namespace = keyof typeof catalogues;
