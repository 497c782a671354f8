import type { StateCreator } from 'zustand';
import { mergeFields, setRecord, type SliceData } from './merge';
import {
  deepEqual,
  expectIdRecord,
  expectKeys,
  expectNumber,
  expectObject,
  expectTime,
  expectTimeOrNull,
  InvalidUserDataError,
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
  type CardStateCode,
  type ReviewData,
  type ReviewLogEntry,
  type ReviewSettings,
  type StoredCard,
} from '@/domain/review';

/** One grade that can be taken back: the card's state before it (undefined: it was new) and its log entry. */
export interface ReviewUndoEntry {
  readonly cardId: string;
  readonly previous: StoredCard | undefined;
  readonly entry: ReviewLogEntry;
}

/** How many grades undo can take back; kept in memory only. */
export const UNDO_LIMIT = 100;

export interface ReviewSlice {
  /** Persisted: card states, the review log, review settings. */
  review: ReviewData;
  /** Not persisted: the grades of this visit that undo can take back, newest last. */
  reviewUndo: readonly ReviewUndoEntry[];
  /**
   * Records a grade: the card's new state (computed by the scheduler; for a cram grade, its
   * unchanged state) and the log entry. Pushes an undo entry.
   */
  recordReview: (cardId: string, next: StoredCard | undefined, entry: ReviewLogEntry) => void;
  /** Takes back the last grade: restores the card's exact previous state and drops its log entry. */
  undoReview: () => ReviewUndoEntry | null;
  setReviewSettings: (patch: Partial<ReviewSettings>) => void;
}

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = (set, get) => ({
  review: EMPTY_REVIEW_DATA,
  reviewUndo: [],
  recordReview: (cardId, next, entry) =>
    set((s) => {
      const previous = s.review.cards[cardId];
      const cards = next === previous ? s.review.cards : setRecord(s.review.cards, cardId, next);
      return {
        review: { ...s.review, cards, log: [...s.review.log, entry] },
        reviewUndo: [...s.reviewUndo.slice(-(UNDO_LIMIT - 1)), { cardId, previous, entry }],
      };
    }),
  undoReview: () => {
    const last = get().reviewUndo.at(-1);
    if (last === undefined) return null;
    set((s) => {
      const cards = s.review.cards[last.cardId] === last.previous ? s.review.cards : setRecord(s.review.cards, last.cardId, last.previous);
      const index = s.review.log.lastIndexOf(last.entry);
      const log = index === -1 ? s.review.log : [...s.review.log.slice(0, index), ...s.review.log.slice(index + 1)];
      return { review: { ...s.review, cards, log }, reviewUndo: s.reviewUndo.slice(0, -1) };
    });
    return last;
  },
  setReviewSettings: (patch) => set((s) => ({ review: { ...s.review, settings: { ...s.review.settings, ...patch } } })),
});

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

/**
 * Checks stored review data of the current version: card by card and entry by entry (a bad card
 * or log entry is set aside, the rest load), every number and time within bounds. Paths name the
 * bad part, e.g. `review.cards["topic:docker:abc"].due`. Valid parts are used as stored (no copies).
 */
export function validateReviewData(value: unknown, path: string, report: Report): ReviewData {
  const o = expectObject(value, path);
  expectKeys(o, path, ['cards', 'log', 'settings'], report);
  const cards = expectIdRecord(o.cards, `${path}.cards`, validateCard, report, CARD_ID_PATTERN);
  if (!Array.isArray(o.log)) throw new InvalidUserDataError(`${path}.log`, 'expected a list');
  let log = o.log as ReviewLogEntry[];
  if (!log.every(isLogEntry)) {
    log = [];
    (o.log as unknown[]).forEach((entry, i) => {
      if (isLogEntry(entry)) log.push(entry);
      else report.aside(`${path}.log[${i}]`, 'expected [time, card id, grade 1-4, state 0-3, cram 0 or 1]', entry);
    });
  }
  const settings = expectObject(o.settings, `${path}.settings`);
  expectKeys(settings, `${path}.settings`, ['desiredRetention', 'newCardsPerDay'], report);
  const desiredRetention =
    report.part(`${path}.settings.desiredRetention`, settings.desiredRetention, () =>
      expectNumber(settings.desiredRetention, `${path}.settings.desiredRetention`, RETENTION_MIN, RETENTION_MAX),
    ) ?? DEFAULT_REVIEW_SETTINGS.desiredRetention;
  const newCardsPerDay =
    report.part(`${path}.settings.newCardsPerDay`, settings.newCardsPerDay, () =>
      expectNumber(settings.newCardsPerDay, `${path}.settings.newCardsPerDay`, 0, NEW_PER_DAY_MAX, true),
    ) ?? DEFAULT_REVIEW_SETTINGS.newCardsPerDay;
  return { cards, log, settings: { desiredRetention, newCardsPerDay } };
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

/** How the review state is stored: empty value, validator, merge with another tab, count for backups. */
export const reviewData: SliceData<ReviewData> = {
  empty: EMPTY_REVIEW_DATA,
  validate: validateReviewData,
  merge: (base, local, incoming) => ({
    cards: mergeCards(base.cards, local.cards, incoming.cards),
    log: mergeLog(base.log, local.log, incoming.log),
    settings: mergeFields(base.settings, local.settings, incoming.settings),
  }),
  count: (value) => value.log.length,
};
