import { mergeFields, type SliceData } from './merge';
import {
  deepEqual,
  expectBoolean,
  expectIdRecord,
  expectKeys,
  expectNumber,
  expectObject,
  expectTime,
  expectTimeOrNull,
  expectKnownKeys,
  InvalidUserDataError,
  readField,
  isRecord,
  MAX_TIME,
  type Report,
} from './validation';
import {
  DEFAULT_REVIEW_SETTINGS,
  EMPTY_REVIEW_DATA,
  NEW_PER_DAY_MAX,
  RETENTION_MAX,
  RETENTION_MIN,
  type CardFlags,
  type CardStateCode,
  type ExtraNew,
  type ReviewData,
  type ReviewLogEntry,
  type StoredCard,
} from '@/domain/review';
import { isIsoDate } from '@/domain/settings';

import { sameFlags } from '@/domain/review';

export * from './review-state';

const isState = (v: unknown): v is CardStateCode => v === 0 || v === 1 || v === 2 || v === 3;

/** Card ids: `topic:docker:1a2b3c4`, `lp:ownership:forward`, `own:...`; never `__proto__`. */
export const CARD_ID_PATTERN = /^(?!__proto__$)[a-z0-9][a-z0-9:_-]{0,199}$/i;

/** Bounds of a stored card's numbers (far beyond what ts-fsrs produces, so no real state is refused). */
const CARD_NUMBERS = [
  ['stability', 0, 1e9, false],
  ['difficulty', 0, 10, false],
  ['scheduledDays', 0, 1e7, false],
  ['learningSteps', 0, 1000, true],
  ['reps', 0, 1e7, true],
  ['lapses', 0, 1e7, true],
] as const;

const CARD_KEYS = new Set(['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview']);
const inRange = (v: unknown, min: number, max: number, integer: boolean): boolean =>
  typeof v === 'number' && v >= min && v <= max && (!integer || Number.isInteger(v));
const isTime = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= MAX_TIME;

/**
 * A stored card exactly as the app writes it: the object itself is used (no copy), so loading 5,000
 * cards costs little and nothing in it can be dropped. Anything else takes the checking path.
 */
function isExactCard(value: unknown): value is StoredCard {
  if (!isRecord(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!CARD_KEYS.has(key)) return false;
    keys += 1;
  }
  return (
    keys === CARD_KEYS.size &&
    isTime(value.due) &&
    CARD_NUMBERS.every(([key, min, max, integer]) => inRange(value[key], min, max, integer)) &&
    isState(value.state) &&
    (value.lastReview === null || isTime(value.lastReview))
  );
}

function validateCard(value: unknown, path: string, report: Report): StoredCard {
  if (isExactCard(value)) return value;
  const card = expectObject(value, path);
  expectKeys(card, path, [...CARD_KEYS], report);
  const numbers = Object.fromEntries(
    CARD_NUMBERS.map(([key, min, max, integer]) => [key, expectNumber(card[key], `${path}.${key}`, min, max, integer)]),
  ) as Record<(typeof CARD_NUMBERS)[number][0], number>;
  if (!isState(card.state)) throw new InvalidUserDataError(`${path}.state`, 'expected 0, 1, 2 or 3');
  return {
    due: expectTime(card.due, `${path}.due`),
    ...numbers,
    state: card.state,
    lastReview: expectTimeOrNull(card.lastReview, `${path}.lastReview`),
  };
}

function isLogEntry(entry: unknown): entry is ReviewLogEntry {
  return (
    Array.isArray(entry) &&
    entry.length === 5 &&
    isTime(entry[0]) &&
    typeof entry[1] === 'string' &&
    CARD_ID_PATTERN.test(entry[1]) &&
    (entry[2] === 1 || entry[2] === 2 || entry[2] === 3 || entry[2] === 4) &&
    isState(entry[3]) &&
    (entry[4] === 0 || entry[4] === 1)
  );
}

function validateLog(value: unknown, path: string, report: Report): ReviewLogEntry[] {
  if (!Array.isArray(value)) throw new InvalidUserDataError(path, 'expected a list');
  if (value.every(isLogEntry)) return value as ReviewLogEntry[];
  const log: ReviewLogEntry[] = [];
  (value as unknown[]).forEach((entry, i) => {
    if (isLogEntry(entry)) log.push(entry);
    else report.aside(`${path}[${i}]`, 'expected [time, card id, grade 1-4, state 0-3, cram 0 or 1]', entry);
  });
  return log;
}

const SETTINGS_KEYS = ['desiredRetention', 'newCardsPerDay', 'dayStartHour', 'interviewMode', 'sessionLength'];

/** Review settings, each on its own: a bad or missing one takes its default, the others load. */
function validateReviewSettings(value: unknown, path: string, report: Report): ReviewData['settings'] {
  const settings = expectObject(value, path);
  expectKnownKeys(settings, path, SETTINGS_KEYS, report);
  const d = DEFAULT_REVIEW_SETTINGS;
  const read = <T>(key: keyof typeof d, check: (v: unknown, at: string) => T): T => readField(settings, path, key, report, d[key] as T, check);
  return {
    desiredRetention: read('desiredRetention', (v, at) => expectNumber(v, at, RETENTION_MIN, RETENTION_MAX)),
    newCardsPerDay: read('newCardsPerDay', (v, at) => expectNumber(v, at, 0, NEW_PER_DAY_MAX, true)),
    // The rollover hours of src/domain/study-day.ts (DAY_START_HOURS), checked here without pulling
    // the study-day clock into the first page's code.
    dayStartHour: read('dayStartHour', (v, at) => expectNumber(v, at, 0, 23, true)),
    interviewMode: read('interviewMode', expectBoolean),
    sessionLength: read('sessionLength', (v, at) => {
      if (v !== 10 && v !== 20 && v !== null) throw new InvalidUserDataError(at, 'expected 10, 20 or null');
      return v;
    }),
  };
}

function validateExtraNew(v: unknown, path: string): ExtraNew | null {
  if (v === null) return null;
  if (!isRecord(v) || !isIsoDate(v.day) || !Number.isInteger(v.count) || (v.count as number) < 0 || (v.count as number) > NEW_PER_DAY_MAX) {
    throw new InvalidUserDataError(path, 'expected { day: a YYYY-MM-DD date, count: a whole number } or null');
  }
  return { day: v.day, count: v.count as number };
}

/**
 * Checks stored review data of the current version field by field, card by card and entry by entry:
 * a bad card, log entry or setting is set aside (the rest load), a bad or missing field takes its
 * default without taking the others with it (a missing log never costs the card states), and every
 * number and time is within bounds. Paths name the bad part, e.g.
 * `review.cards["topic:docker:abc"].due`. Valid parts are used as stored (no copies).
 */
export function validateReviewData(value: unknown, path: string, report: Report): ReviewData {
  const o = expectObject(value, path);
  expectKnownKeys(o, path, ['cards', 'log', 'settings', 'flags', 'extraNew'], report);
  const e = EMPTY_REVIEW_DATA;
  return {
    cards: readField(o, path, 'cards', report, e.cards, (v, at) => expectIdRecord(v, at, validateCard, report, CARD_ID_PATTERN)),
    log: readField(o, path, 'log', report, e.log as ReviewLogEntry[], (v, at) => validateLog(v, at, report)),
    settings: readField(o, path, 'settings', report, e.settings, (v, at) => validateReviewSettings(v, at, report)),
    flags: readField(o, path, 'flags', report, e.flags, (v, at) => expectIdRecord(v, at, validateFlags, report, CARD_ID_PATTERN)),
    extraNew: readField(o, path, 'extraNew', report, e.extraNew, validateExtraNew),
  };
}

function validateFlags(value: unknown, path: string, report: Report): CardFlags {
  const flag = expectObject(value, path);
  expectKeys(flag, path, ['suspended', 'buriedDay'], report);
  const suspended = expectBoolean(flag.suspended, `${path}.suspended`);
  if (flag.buriedDay !== null && !isIsoDate(flag.buriedDay)) throw new InvalidUserDataError(`${path}.buriedDay`, 'expected a YYYY-MM-DD date or null');
  const keys = Object.keys(flag).length;
  // Stored exactly as written: used as is (no copy of a large record).
  return keys === 2 ? (flag as unknown as CardFlags) : { suspended, buriedDay: flag.buriedDay };
}

/** One grade's identity: an entry in both logs is the same grade. */
export const logKey = (entry: ReviewLogEntry): string => `${entry[0]}|${entry[1]}|${entry[2]}|${entry[4]}`;

/**
 * Three-way merge of the review log: this tab's entries, plus the ones the other tab added, minus
 * the ones the other tab took back (undo), in time order.
 */
function mergeLog(base: readonly ReviewLogEntry[], local: readonly ReviewLogEntry[], incoming: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const inBase = new Set(base.map(logKey));
  const inIncoming = new Set(incoming.map(logKey));
  const kept = local.filter((e) => !(inBase.has(logKey(e)) && !inIncoming.has(logKey(e))));
  const seen = new Set(kept.map(logKey));
  const added = incoming.filter((e) => !inBase.has(logKey(e)) && !seen.has(logKey(e)));
  return [...kept, ...added].sort((a, b) => a[0] - b[0]);
}

/**
 * Card states merge three-way per card; when both tabs graded the same card, the later review wins
 * (a grade is not typing: there is nothing to ask the user about).
 */
function mergeCards(base: ReviewData['cards'], local: ReviewData['cards'], incoming: ReviewData['cards']): Record<string, StoredCard> {
  const out: Record<string, StoredCard> = {};
  for (const id of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const [b, l, i] = [base[id], local[id], incoming[id]];
    const value = deepEqual(l, b) ? i : deepEqual(i, b) ? l : (l?.lastReview ?? 0) >= (i?.lastReview ?? 0) ? l : i;
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/** Flags merge three-way per card; when both tabs changed a card's flags, the other tab's win (a click, not typing). */
function mergeFlags(base: ReviewData['flags'], local: ReviewData['flags'], incoming: ReviewData['flags']): Record<string, CardFlags> {
  const out: Record<string, CardFlags> = {};
  for (const id of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const value = sameFlags(local[id], base[id]) ? incoming[id] : sameFlags(incoming[id], base[id]) ? local[id] : incoming[id];
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/** Extra new cards: the later day wins; on the same day, the larger count (both tabs asked for more). */
function mergeExtraNew(_base: ExtraNew | null, local: ExtraNew | null, incoming: ExtraNew | null): ExtraNew | null {
  if (local === null || incoming === null) return local ?? incoming;
  if (local.day !== incoming.day) return local.day > incoming.day ? local : incoming;
  return local.count >= incoming.count ? local : incoming;
}

/** How the review state is stored: empty value, validator, merge with another tab, count for backups. */
export const reviewData: SliceData<ReviewData> = {
  empty: EMPTY_REVIEW_DATA,
  validate: validateReviewData,
  merge: (base, local, incoming) => ({
    cards: mergeCards(base.cards, local.cards, incoming.cards),
    log: mergeLog(base.log, local.log, incoming.log),
    settings: mergeFields(base.settings, local.settings, incoming.settings),
    flags: mergeFlags(base.flags, local.flags, incoming.flags),
    extraNew: mergeExtraNew(base.extraNew, local.extraNew, incoming.extraNew),
  }),
  count: (value) => value.log.length,
};
