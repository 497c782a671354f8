import { dashboardText } from '@/features/dashboard/text';
import { guidesText } from '@/features/guides/text';
import { principlesText } from '@/features/principles/text';
import { questionsText } from '@/features/questions/text';
import { reviewText } from '@/features/review/text';
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
  review: reviewText,
  guides: guidesText,
  settings: settingsText,
} as const;

export type Namespace = keyof typeof catalogues;
