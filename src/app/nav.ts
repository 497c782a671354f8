/**
 * The app's places, in one list: the header nav on wide screens, the bottom tab bar on phones.
 * `tab: true` puts a place in the phone's tab bar; the others go under `More`. A place shows only
 * once its route exists, so a view being built can be listed here ahead of time: add one line
 * (and its label under `nav` in src/i18n/common.ts).
 */
export const NAV = [
  { key: 'home', path: '/', tab: true },
  { key: 'principles', path: '/principles', tab: true },
  { key: 'stories', path: '/stories', tab: true },
  { key: 'review', path: '/review', tab: true, also: ['/stats'] },
  { key: 'questions', path: '/questions' },
  { key: 'topics', path: '/topics' },
  { key: 'coverage', path: '/coverage' },
  { key: 'mock', path: '/mock' },
  { key: 'guides', path: '/guides' },
  { key: 'settings', path: '/settings' },
] as const satisfies readonly NavItem[];

export interface NavItem {
  readonly key: string;
  readonly path: string;
  readonly tab?: boolean;
  /** Other paths that belong to this place (the place shows as current there too). */
  readonly also?: readonly string[];
}

export type NavKey = (typeof NAV)[number]['key'];

/** Whether `pathname` is in the place: its path or below it (the home place only at `/`). */
export function isInPlace(item: NavItem, pathname: string): boolean {
  const inside = (path: string): boolean => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`));
  return inside(item.path) || (item.also ?? []).some(inside);
}
