import type { Lang } from '@/domain/content';

/**
 * Dates as people read them, one helper for the whole app: "12월 10일 (목)" and "Thu, 10 Dec", with
 * the year only when it is not this year, and the time as "15:05". Intl gives each language's words
 * (weekday, month); the order and punctuation are fixed here so every browser shows the same.
 * `now` and `timeZone` are parameters (the year shown depends on today; tests fix both).
 */
export interface DateOptions {
  /** Add the time of day. */
  readonly time?: boolean;
  readonly now?: Date | number;
  /** An IANA time zone; the browser's own by default. */
  readonly timeZone?: string;
}

/** `YYYY-MM-DD` (a calendar day, such as the interview date) or an instant. */
export type DateInput = string | number | Date;

function toDate(value: DateInput): Date {
  if (typeof value === 'string') {
    const [y = 1970, m = 1, d = 1] = value.split('-').map(Number);
    // A calendar day: noon UTC of that day, shown in UTC, so no time zone moves it to another day.
    return new Date(Date.UTC(y, m - 1, d, 12));
  }
  return new Date(value);
}

type Style = 'day' | 'year' | 'clock';

const STYLES: Readonly<Record<Style, (lang: Lang) => Intl.DateTimeFormatOptions>> = {
  day: (lang) => ({ year: 'numeric', month: lang === 'ko' ? 'numeric' : 'short', day: 'numeric', weekday: 'short' }),
  year: () => ({ year: 'numeric' }),
  clock: () => ({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
};

/** Making an Intl.DateTimeFormat costs far more than using one (a list of dates made hundreds): each is kept. */
const formats = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, lang: Lang, timeZone: string | undefined, style: Style): Record<string, string> {
  const key = `${lang} ${style} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { ...STYLES[style](lang), timeZone });
    formats.set(key, format);
  }
  const out: Record<string, string> = {};
  for (const part of format.formatToParts(date)) out[part.type] = part.value;
  return out;
}

export function formatDate(value: DateInput, lang: Lang, { time = false, now = Date.now(), timeZone }: DateOptions = {}): string {
  const date = toDate(value);
  // Stored times are bounded on load; a time out of range still reads as unknown, never a crash.
  if (Number.isNaN(date.getTime())) return '—';
  const zone = typeof value === 'string' ? 'UTC' : timeZone;
  const p = parts(date, lang, zone, 'day');
  const thisYear = parts(new Date(now), lang, zone, 'year').year;
  const withYear = p.year !== thisYear;
  let text =
    lang === 'ko'
      ? `${withYear ? `${p.year}년 ` : ''}${p.month}월 ${p.day}일 (${p.weekday})`
      : `${p.weekday}, ${p.day} ${p.month}${withYear ? ` ${p.year}` : ''}`;
  if (time && typeof value !== 'string') {
    const clock = parts(date, lang, zone, 'clock');
    text += lang === 'ko' ? ` ${clock.hour}:${clock.minute}` : `, ${clock.hour}:${clock.minute}`;
  }
  return text;
}
