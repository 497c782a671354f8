import type { Lang } from './content';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  /** null: follow the browser's language. */
  readonly language: Lang | null;
  readonly theme: Theme;
  /** The interview day as `YYYY-MM-DD`, or null. */
  readonly interviewDate: string | null;
  /** Single-key shortcuts (review's 1-4, z, Space; search's `/`): on unless the user turns them off. */
  readonly shortcuts: boolean;
}

export const DEFAULT_SETTINGS: Settings = { language: null, theme: 'system', interviewDate: null, shortcuts: true };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Whole days from `now` (local calendar day) to the interview day; negative once it has passed. */
export function daysUntil(interviewDate: string, now: Date): number {
  const [y, m, d] = interviewDate.split('-').map(Number);
  const target = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((target - today) / 86_400_000);
}
