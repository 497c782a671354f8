import { EMPTY_MOCK_DATA } from '@/domain/mock-data';
import { DEFAULT_REVIEW_SETTINGS, EMPTY_REVIEW_DATA } from '@/domain/review';
import { EMPTY_META } from './meta-state';
import { USER_DATA_VERSION } from './user-data-shape';
import { EMPTY_SYNC } from './sync-ledger';
import { InvalidUserDataError, isRecord } from './validation';

/**
 * Every change to the stored shape is one step here, in order; the current version is the last
 * step's `to`. A step takes the data of version `to - 1` and returns version `to`. Each step has a
 * test that feeds it a stored value of the older version.
 *
 * A step never drops data it does not understand: it only adds what is missing (defaults first,
 * then what is stored), so data stored under a version number older than its content (a newer
 * slice under an older version) survives and is validated like the rest.
 *
 * History:
 * - 1: `{ settings }`
 * - 2: adds `review` (flashcard states, the review log, review settings)
 * - 3: adds `stories` (story overlays), `questionDrafts` and `meta`
 * - 4: adds `settings.shortcuts` (single-key shortcuts, on)
 * - 5: adds `cards` (edits of content cards, cards of one's own), `ownQuestions` and `principleNotes`
 * - 6: adds `sync` (the ledger a backup merge reads) and `conflicts` (versions offered to the user)
 * - 7: review gains `flags` (suspended and buried cards), `extraNew` (more new cards today) and
 *   the settings `dayStartHour` (start of day), `interviewMode` and `sessionLength`
 * - 8: adds `mock` (the mock interview's settings and its history of sessions)
 */
export interface MigrationStep {
  readonly to: number;
  readonly run: (state: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly MigrationStep[] = [
  { to: 2, run: (state) => ({ review: EMPTY_REVIEW_DATA, ...state }) },
  { to: 3, run: (state) => ({ stories: {}, questionDrafts: {}, meta: EMPTY_META, ...state }) },
  { to: 4, run: (state) => (isRecord(state.settings) ? { ...state, settings: { shortcuts: true, ...state.settings } } : state) },
  { to: 5, run: (state) => ({ cards: {}, ownQuestions: {}, principleNotes: {}, ...state }) },
  { to: 6, run: (state) => ({ sync: EMPTY_SYNC, conflicts: [], ...state }) },
  { to: 7, run: reviewDayAndFlags },
  { to: 8, run: (state) => ({ mock: EMPTY_MOCK_DATA, ...state }) },
];

/** Step 7: review settings gain their new fields (defaults first, what is stored wins); flags and extra new cards start empty. */
function reviewDayAndFlags(state: Record<string, unknown>): Record<string, unknown> {
  const review = state.review;
  if (!isRecord(review)) return state;
  const settings = isRecord(review.settings) ? review.settings : {};
  return {
    ...state,
    review: {
      flags: {},
      extraNew: null,
      ...review,
      settings: {
        dayStartHour: DEFAULT_REVIEW_SETTINGS.dayStartHour,
        interviewMode: DEFAULT_REVIEW_SETTINGS.interviewMode,
        sessionLength: DEFAULT_REVIEW_SETTINGS.sessionLength,
        ...settings,
      },
    },
  };
}

export const FIRST_VERSION = 1;
export { USER_DATA_VERSION };

if (MIGRATIONS.reduce((version, step) => Math.max(version, step.to), FIRST_VERSION) !== USER_DATA_VERSION) {
  throw new Error("USER_DATA_VERSION in user-data-shape.ts is not the last migration's version");
}

/** Brings stored data of any earlier version to the current one; refuses newer or unknown versions. */
export function migrateUserData(state: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < FIRST_VERSION) throw new InvalidUserDataError('version', `unknown version ${String(fromVersion)}`);
  if (fromVersion > USER_DATA_VERSION) {
    throw new InvalidUserDataError('version', `stored by a newer version of the app (${fromVersion}); this one reads up to ${USER_DATA_VERSION}`);
  }
  let current = state;
  for (const step of MIGRATIONS) {
    if (step.to <= fromVersion) continue;
    if (!isRecord(current)) throw new InvalidUserDataError('state', 'expected an object');
    current = step.run(current);
  }
  return current;
}
