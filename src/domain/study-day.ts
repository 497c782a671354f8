/**
 * One study day for everything review does: the queue, the daily limits, the streak, the heatmap
 * and the dates handed to ts-fsrs. A study day starts at a rollover hour in a timezone (04:00
 * local by default, as in Anki), so a card graded at 23:00 and again at 00:30 was graded twice on
 * the same study day in every timezone.
 *
 * Days are numbered: day `n` is the study day whose date is `n` days after 1970-01-01. Pure: the
 * timezone and the rollover hour are parameters; the browser passes its own timezone.
 */
import { DAY, HOUR, MINUTE } from './review';

export const DEFAULT_DAY_START_HOUR = 4;
export const DAY_START_HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export interface StudyDayRule {
  /** The local hour (0 to 23) at which a study day begins. */
  readonly dayStartHour: number;
  /** An IANA timezone, e.g. `Asia/Seoul`, or LOCAL_TIME_ZONE: the runtime's own, whatever it is now. */
  readonly timeZone: string;
}

/**
 * The runtime's own timezone, read through Date: it follows the device when it moves, and needs
 * no Intl (whose first use costs a noticeable pause while a page loads).
 */
export const LOCAL_TIME_ZONE = 'local';

export interface StudyClock {
  readonly rule: StudyDayRule;
  /** Milliseconds to add to a UTC instant to read the local wall clock at that instant. */
  offset(ms: number): number;
  /** The study day of an instant. */
  day(ms: number): number;
  /** The instant a study day begins (its rollover hour, local time). */
  dayStart(day: number): number;
  /** `YYYY-MM-DD` of a study day. */
  key(day: number): string;
  /** The study day of a `YYYY-MM-DD` date. */
  dayOfKey(key: string): number;
  /**
   * The instant to hand ts-fsrs for a real one: shifted so that its UTC date is the study day of
   * the real instant. ts-fsrs counts elapsed days by UTC date (`dateDiffInDays`), so with shifted
   * times its elapsed days are study days here.
   */
  toScheduler(ms: number): number;
  /** The real instant of a shifted one (the inverse of toScheduler). */
  fromScheduler(ms: number): number;
}

/** The IANA name of the timezone the runtime uses (the browser's own). */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Whether a timezone name is one this runtime knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const OFFSET_BUCKET = 15 * MINUTE;
const OFFSET_CACHE_MAX = 20_000;

/**
 * The local UTC offset of a timezone at an instant. For the runtime's own zone Date does it
 * cheaply; for another zone Intl formats the instant there. Offsets only change on the quarter
 * hour, so they are cached by quarter hour (a log of thousands of grades needs a few lookups).
 */
function offsetReader(timeZone: string): (ms: number) => number {
  if (timeZone === LOCAL_TIME_ZONE || timeZone === localTimeZone()) return (ms) => -new Date(ms).getTimezoneOffset() * MINUTE;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();
  return (ms) => {
    const bucket = Math.floor(ms / OFFSET_BUCKET);
    const cached = cache.get(bucket);
    if (cached !== undefined) return cached;
    const at = bucket * OFFSET_BUCKET;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    const offset = wall - at;
    if (cache.size >= OFFSET_CACHE_MAX) cache.clear();
    cache.set(bucket, offset);
    return offset;
  };
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of day number `day` (days after 1970-01-01). */
export function keyOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Day number of a `YYYY-MM-DD` date; NaN if it is not one. */
export function dayOfKey(key: string): number {
  const match = DATE_KEY.exec(key);
  if (!match) return Number.NaN;
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY);
}

const clocks = new Map<string, StudyClock>();

/** The clock of a rule (one per rule, so its offset cache is shared). */
export function studyClock(rule: StudyDayRule): StudyClock {
  const cacheKey = `${rule.timeZone}|${rule.dayStartHour}`;
  const known = clocks.get(cacheKey);
  if (known !== undefined) return known;
  const offset = offsetReader(rule.timeZone);
  const shift = rule.dayStartHour * HOUR;
  const toScheduler = (ms: number): number => ms + offset(ms) - shift;
  const fromScheduler = (shifted: number): number => {
    // Local wall time `shifted + shift` back to an instant: two passes settle the offset, also
    // next to a daylight-saving change.
    const wall = shifted + shift;
    const first = wall - offset(wall);
    return wall - offset(first);
  };
  const clock: StudyClock = {
    rule,
    offset,
    day: (ms) => Math.floor(toScheduler(ms) / DAY),
    dayStart: (day) => fromScheduler(day * DAY),
    key: keyOfDay,
    dayOfKey,
    toScheduler,
    fromScheduler,
  };
  clocks.set(cacheKey, clock);
  return clock;
}

/** The clock of the browser's own timezone with a rollover hour. */
export function localStudyClock(dayStartHour: number = DEFAULT_DAY_START_HOUR): StudyClock {
  return studyClock({ dayStartHour, timeZone: LOCAL_TIME_ZONE });
}
