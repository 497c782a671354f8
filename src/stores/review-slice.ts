import type { StateCreator } from 'zustand';
import { mergeFields, setRecord, type SliceData } from './merge';
import { deepEqual, InvalidUserDataError } from './validation';
import { isIsoDate } from '@/domain/settings';
import { DAY_START_HOURS } from '@/domain/study-day';
import {
  EMPTY_REVIEW_DATA,
  NEW_PER_DAY_MAX,
  RETENTION_MAX,
  RETENTION_MIN,
  type CardFlags,
  type CardStateCode,
  type ExtraNew,
  type ReviewData,
  type ReviewLogEntry,
  type ReviewSettings,
  type StoredCard,
} from '@/domain/review';

/**
 * One step undo can take back, with the state it left so undo only acts on exactly that state:
 * a grade (the card's state before and after it, and its log entry) or a change of flags
 * (suspend, bury).
 */
export type ReviewUndoEntry =
  | {
      readonly kind: 'grade';
      readonly cardId: string;
      /** The card's state before (undefined: it was new). */
      readonly previous: StoredCard | undefined;
      /** The card's state the grade left (for a cram grade, the same as before). */
      readonly after: StoredCard | undefined;
      readonly entry: ReviewLogEntry;
    }
  | { readonly kind: 'flags'; readonly cardId: string; readonly previous: CardFlags | undefined; readonly after: CardFlags | undefined };

/** How many steps undo can take back; kept in memory only. */
export const UNDO_LIMIT = 100;

/** What undo did: took the step back, found nothing to undo, or refused because the card changed since. */
export type UndoResult = { readonly ok: true; readonly undone: ReviewUndoEntry } | { readonly ok: false; readonly reason: 'empty' | 'changed' };

export interface ReviewSlice {
  /** Persisted: card states, the review log, review settings, flags, today's extra new cards. */
  review: ReviewData;
  /** Not persisted: the steps of this visit that undo can take back, newest last. */
  reviewUndo: readonly ReviewUndoEntry[];
  /**
   * Not persisted: bumped whenever the data changed from outside this tab's actions (an import,
   * a restore, another tab's merge). Undo history does not survive it; views holding their own
   * history of review steps (the session) drop it when this changes.
   */
  reviewGeneration: number;
  /**
   * Records a grade: the card's new state (computed by the scheduler; for a cram grade, its
   * unchanged state) and the log entry. Pushes an undo entry.
   */
  recordReview: (cardId: string, next: StoredCard | undefined, entry: ReviewLogEntry) => void;
  /** Suspends or buries a card (or lifts it). Pushes an undo entry. */
  setCardFlags: (cardId: string, flags: CardFlags) => void;
  /**
   * Takes back the last step, only if the card is still exactly in the state that step left:
   * restores the card's previous state and drops its log entry (or restores its flags).
   */
  undoReview: () => UndoResult;
  /** `More new cards today`: adds to today's shared new-card limit (study day `day`). */
  addExtraNew: (day: string, count: number) => void;
  setReviewSettings: (patch: Partial<ReviewSettings>) => void;
  /** The data changed from outside (import, restore, another tab): clears the undo history. */
  externalChange: () => void;
}

const sameFlags = (a: CardFlags | undefined, b: CardFlags | undefined): boolean =>
  (a?.suspended ?? false) === (b?.suspended ?? false) && (a?.buriedDay ?? null) === (b?.buriedDay ?? null);

/** Flags as stored: no entry for a card with none. */
const storedFlags = (flags: CardFlags): CardFlags | undefined => (flags.suspended || flags.buriedDay !== null ? flags : undefined);

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = (set, get) => ({
  review: EMPTY_REVIEW_DATA,
  reviewUndo: [],
  reviewGeneration: 0,
  recordReview: (cardId, next, entry) =>
    set((s) => {
      const previous = s.review.cards[cardId];
      const cards = next === previous ? s.review.cards : setRecord(s.review.cards, cardId, next);
      return {
        review: { ...s.review, cards, log: [...s.review.log, entry] },
        reviewUndo: [...s.reviewUndo.slice(-(UNDO_LIMIT - 1)), { kind: 'grade', cardId, previous, after: next, entry }],
      };
    }),
  setCardFlags: (cardId, flags) =>
    set((s) => {
      const previous = s.review.flags[cardId];
      const after = storedFlags(flags);
      if (sameFlags(previous, after)) return {};
      return {
        review: { ...s.review, flags: setRecord(s.review.flags, cardId, after) },
        reviewUndo: [...s.reviewUndo.slice(-(UNDO_LIMIT - 1)), { kind: 'flags', cardId, previous, after }],
      };
    }),
  undoReview: () => {
    const last = get().reviewUndo.at(-1);
    if (last === undefined) return { ok: false, reason: 'empty' };
    const { review } = get();
    if (last.kind === 'grade') {
      const index = review.log.lastIndexOf(last.entry);
      const logIndex =
        index !== -1
          ? index
          : review.log.findIndex((e) => e[0] === last.entry[0] && e[1] === last.entry[1] && e[2] === last.entry[2] && e[4] === last.entry[4]);
      if (!deepEqual(review.cards[last.cardId], last.after) || logIndex === -1) {
        // The card moved on since (another tab graded it, or the data was replaced): undoing
        // would destroy that. Undo history up to here is no longer safe.
        set({ reviewUndo: [] });
        return { ok: false, reason: 'changed' };
      }
      set((s) => ({
        review: {
          ...s.review,
          cards: s.review.cards[last.cardId] === last.previous ? s.review.cards : setRecord(s.review.cards, last.cardId, last.previous),
          log: [...s.review.log.slice(0, logIndex), ...s.review.log.slice(logIndex + 1)],
        },
        reviewUndo: s.reviewUndo.slice(0, -1),
      }));
      return { ok: true, undone: last };
    }
    if (!sameFlags(review.flags[last.cardId], last.after)) {
      set({ reviewUndo: [] });
      return { ok: false, reason: 'changed' };
    }
    set((s) => ({ review: { ...s.review, flags: setRecord(s.review.flags, last.cardId, last.previous) }, reviewUndo: s.reviewUndo.slice(0, -1) }));
    return { ok: true, undone: last };
  },
  addExtraNew: (day, count) =>
    set((s) => {
      const current = s.review.extraNew !== null && s.review.extraNew.day === day ? s.review.extraNew.count : 0;
      return { review: { ...s.review, extraNew: { day, count: Math.min(NEW_PER_DAY_MAX, current + count) } } };
    }),
  setReviewSettings: (patch) => set((s) => ({ review: { ...s.review, settings: { ...s.review.settings, ...patch } } })),
  externalChange: () => set((s) => ({ reviewUndo: [], reviewGeneration: s.reviewGeneration + 1 })),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isState = (v: unknown): v is CardStateCode => v === 0 || v === 1 || v === 2 || v === 3;
const CARD_NUMBERS = ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] as const;

/**
 * Checks stored review data of the current version. `invalid` builds the error to throw, naming
 * the first bad field (e.g. `review.cards["topic:docker:abc"].due`).
 */
export function validateReviewData(value: unknown, invalid: (path: string, message: string) => Error): ReviewData {
  if (!isRecord(value)) throw invalid('review', 'expected an object');
  const { cards, log, settings } = value;
  if (!isRecord(cards)) throw invalid('review.cards', 'expected an object keyed by card id');
  for (const [id, card] of Object.entries(cards)) {
    const path = `review.cards[${JSON.stringify(id)}]`;
    if (!isRecord(card)) throw invalid(path, 'expected an object');
    for (const key of CARD_NUMBERS) {
      if (!isFiniteNumber(card[key])) throw invalid(`${path}.${key}`, 'expected a number');
    }
    if (!isState(card.state)) throw invalid(`${path}.state`, 'expected 0, 1, 2 or 3');
    if (card.lastReview !== null && !isFiniteNumber(card.lastReview)) throw invalid(`${path}.lastReview`, 'expected a time in ms or null');
  }
  if (!Array.isArray(log)) throw invalid('review.log', 'expected a list');
  log.forEach((entry: unknown, i) => {
    if (
      !Array.isArray(entry) ||
      entry.length !== 5 ||
      !isFiniteNumber(entry[0]) ||
      typeof entry[1] !== 'string' ||
      ![1, 2, 3, 4].includes(entry[2] as number) ||
      !isState(entry[3]) ||
      (entry[4] !== 0 && entry[4] !== 1)
    ) {
      throw invalid(`review.log[${i}]`, 'expected [time, card id, grade 1-4, state 0-3, cram 0 or 1]');
    }
  });
  if (!isRecord(settings)) throw invalid('review.settings', 'expected an object');
  const { desiredRetention, newCardsPerDay, dayStartHour, interviewMode, sessionLength } = settings;
  if (!isFiniteNumber(desiredRetention) || desiredRetention < RETENTION_MIN || desiredRetention > RETENTION_MAX) {
    throw invalid('review.settings.desiredRetention', `expected a number from ${RETENTION_MIN} to ${RETENTION_MAX}`);
  }
  if (!Number.isInteger(newCardsPerDay) || (newCardsPerDay as number) < 0 || (newCardsPerDay as number) > NEW_PER_DAY_MAX) {
    throw invalid('review.settings.newCardsPerDay', `expected a whole number from 0 to ${NEW_PER_DAY_MAX}`);
  }
  if (!DAY_START_HOURS.includes(dayStartHour as number)) throw invalid('review.settings.dayStartHour', 'expected a whole hour from 0 to 23');
  if (typeof interviewMode !== 'boolean') throw invalid('review.settings.interviewMode', 'expected true or false');
  if (sessionLength !== 10 && sessionLength !== 20 && sessionLength !== null) throw invalid('review.settings.sessionLength', 'expected 10, 20 or null');
  const { flags, extraNew } = value;
  if (!isRecord(flags)) throw invalid('review.flags', 'expected an object keyed by card id');
  for (const [id, flag] of Object.entries(flags)) {
    const path = `review.flags[${JSON.stringify(id)}]`;
    if (!isRecord(flag) || typeof flag.suspended !== 'boolean' || (flag.buriedDay !== null && !isIsoDate(flag.buriedDay))) {
      throw invalid(path, 'expected { suspended: true or false, buriedDay: a YYYY-MM-DD date or null }');
    }
  }
  if (
    extraNew !== null &&
    (!isRecord(extraNew) ||
      !isIsoDate(extraNew.day) ||
      !Number.isInteger(extraNew.count) ||
      (extraNew.count as number) < 0 ||
      (extraNew.count as number) > NEW_PER_DAY_MAX)
  ) {
    throw invalid('review.extraNew', 'expected { day: a YYYY-MM-DD date, count: a whole number } or null');
  }
  return {
    cards: cards as unknown as ReviewData['cards'],
    log: log as ReviewLogEntry[],
    settings: { desiredRetention, newCardsPerDay: newCardsPerDay as number, dayStartHour: dayStartHour as number, interviewMode, sessionLength },
    flags: flags as unknown as ReviewData['flags'],
    extraNew: extraNew as ExtraNew | null,
  };
}

const logKey = (entry: ReviewLogEntry): string => `${entry[0]}|${entry[1]}|${entry[2]}|${entry[4]}`;

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
  validate: (value) => validateReviewData(value, (path, message) => new InvalidUserDataError(path, message)),
  merge: (base, local, incoming) => ({
    cards: mergeCards(base.cards, local.cards, incoming.cards),
    log: mergeLog(base.log, local.log, incoming.log),
    settings: mergeFields(base.settings, local.settings, incoming.settings),
    flags: mergeFlags(base.flags, local.flags, incoming.flags),
    extraNew: mergeExtraNew(base.extraNew, local.extraNew, incoming.extraNew),
  }),
  count: (value) => value.log.length,
};
