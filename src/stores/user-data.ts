import { LANGS } from '@/domain/content';
import { EMPTY_REVIEW_DATA, type ReviewData } from '@/domain/review';
import { DEFAULT_SETTINGS, isIsoDate, THEMES, type Settings } from '@/domain/settings';
import { validateReviewData } from './review-slice';

/** The persisted shape: what the user changed, never content. */
export interface UserData {
  readonly settings: Settings;
  /** Flashcard states, the review log and review settings (since version 2). */
  readonly review: ReviewData;
}

export const USER_DATA_VERSION = 2;

export const EMPTY_USER_DATA: UserData = { settings: DEFAULT_SETTINGS, review: EMPTY_REVIEW_DATA };

/** A reason the stored data cannot be used, with the path of the first bad field. */
export class InvalidUserDataError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'InvalidUserDataError';
    this.path = path;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function validateSettings(value: unknown): Settings {
  if (!isRecord(value)) throw new InvalidUserDataError('settings', 'expected an object');
  const { language, theme, interviewDate } = value;
  if (language !== null && !(LANGS as readonly unknown[]).includes(language)) throw new InvalidUserDataError('settings.language', 'expected "en", "ko" or null');
  if (!(THEMES as readonly unknown[]).includes(theme)) throw new InvalidUserDataError('settings.theme', 'expected "system", "light" or "dark"');
  if (interviewDate !== null && !isIsoDate(interviewDate)) throw new InvalidUserDataError('settings.interviewDate', 'expected a YYYY-MM-DD date or null');
  return { language: language as Settings['language'], theme: theme as Settings['theme'], interviewDate: interviewDate as string | null };
}

/** Checks a value of the current version; throws InvalidUserDataError naming the bad field. */
export function validateUserData(value: unknown): UserData {
  if (!isRecord(value)) throw new InvalidUserDataError('state', 'expected an object');
  return {
    settings: validateSettings(value.settings),
    review: validateReviewData(value.review, (path, message) => new InvalidUserDataError(path, message)),
  };
}

/** Brings data of any earlier version to the current one. Each step is tested. */
export function migrateUserData(state: unknown, fromVersion: number): unknown {
  if (fromVersion > USER_DATA_VERSION) {
    throw new InvalidUserDataError('version', `stored by a newer version of the app (${fromVersion}); this one reads up to ${USER_DATA_VERSION}`);
  }
  if (fromVersion < 1) throw new InvalidUserDataError('version', `unknown version ${fromVersion}`);
  let data = state;
  // 1 -> 2: flashcard review state arrives, empty.
  if (fromVersion < 2) data = { ...(data as object), review: EMPTY_REVIEW_DATA };
  return data;
}
