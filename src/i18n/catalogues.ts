import { dashboardText } from '@/features/dashboard/text';
import { common } from './common';

/**
 * Every namespace: `common` for the shell, `storage` for the save state and storage notices, one per
 * feature. The shell's and the first page's text is bundled; every other namespace is its own small
 * module, loaded (one language at a time is used) when a view asks for it, so the first page does
 * not carry the text of every view.
 */
export const bundledCatalogues = {
  common,
  dashboard: dashboardText,
} as const;

export const lazyCatalogues = {
  storage: () => import('./storage').then((m) => m.storageText),
  principles: () => import('@/features/principles/text').then((m) => m.principlesText),
  questions: () => import('@/features/questions/text').then((m) => m.questionsText),
  stories: () => import('@/features/stories/text').then((m) => m.storiesText),
  topics: () => import('@/features/topics/text').then((m) => m.topicsText),
  guides: () => import('@/features/guides/text').then((m) => m.guidesText),
  settings: () => import('@/features/settings/text').then((m) => m.settingsText),
} as const;

type Bundled = typeof bundledCatalogues;
type Lazy = typeof lazyCatalogues;

export type Namespace = keyof Bundled | keyof Lazy;

/** The English messages of each namespace: the shape every language must have. */
export type Resources = {
  [N in Namespace]: N extends keyof Bundled ? Bundled[N]['en'] : N extends keyof Lazy ? Awaited<ReturnType<Lazy[N]>>['en'] : never;
};

export function isLazyNamespace(ns: string): ns is keyof Lazy {
  return Object.hasOwn(lazyCatalogues, ns);
}
