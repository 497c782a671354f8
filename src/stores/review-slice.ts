import type { StateCreator } from 'zustand';
import { mergeFields, setRecord, type SliceData } from './merge';
import { deepEqual, InvalidUserDataError } from './validation';
import {
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
  const { desiredRetention, newCardsPerDay } = settings;
  if (!isFiniteNumber(desiredRetention) || desiredRetention < RETENTION_MIN || desiredRetention > RETENTION_MAX) {
    throw invalid('review.settings.desiredRetention', `expected a number from ${RETENTION_MIN} to ${RETENTION_MAX}`);
  }
  if (!Number.isInteger(newCardsPerDay) || (newCardsPerDay as number) < 0 || (newCardsPerDay as number) > NEW_PER_DAY_MAX) {
    throw invalid('review.settings.newCardsPerDay', `expected a whole number from 0 to ${NEW_PER_DAY_MAX}`);
  }
  return {
    cards: cards as unknown as ReviewData['cards'],
    log: log as ReviewLogEntry[],
    settings: { desiredRetention, newCardsPerDay: newCardsPerDay as number },
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

/** How the review state is stored: empty value, validator, merge with another tab, count for backups. */
export const reviewData: SliceData<ReviewData> = {
  empty: EMPTY_REVIEW_DATA,
  validate: (value) => validateReviewData(value, (path, message) => new InvalidUserDataError(path, message)),
  merge: (base, local, incoming) => ({
    cards: mergeCards(base.cards, local.cards, incoming.cards),
    log: mergeLog(base.log, local.log, incoming.log),
    settings: mergeFields(base.settings, local.settings, incoming.settings),
  }),
  count: (value) => value.log.length,
};
