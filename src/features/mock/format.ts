import type { TFunction } from 'i18next';

/** A setting's length as people say it: "2 min", "1 min 30 s", "45 s". */
export function durationText(seconds: number, t: TFunction<'mock'>): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return t('duration.seconds', { s });
  return s === 0 ? t('duration.minutes', { m }) : t('duration.minutesSeconds', { m, s });
}
