/**
 * The mock interview's stored shapes and settings: what the store validates on every load, so
 * they stay apart from the rules (mock.ts), which load with the mock view only.
 */
import type { Lang } from './content';
import type { Grade } from './review';

/** Where a mock's questions come from. */
export const MOCK_SOURCES = ['due', 'principles', 'questions', 'mix'] as const;
export type MockSource = (typeof MOCK_SOURCES)[number];

export interface MockSettings {
  /** The answer's target length (s). Default 120. */
  readonly targetSeconds: number;
  /** The answer's limit (s), at least the target. Default 180. */
  readonly limitSeconds: number;
  /** A follow-up's target (s); its limit is half as long again. Default 60. */
  readonly followUpSeconds: number;
  /** At most this many follow-ups per question. Default 3. */
  readonly followUpsPerQuestion: number;
  /** Questions in a mock. Default 3. */
  readonly questions: number;
  /** Read each question aloud with the browser's voice, where it has one for the UI language. Off by default. */
  readonly readAloud: boolean;
  /** Record the answers (`Record my answer`). Off by default. */
  readonly record: boolean;
  /** Keep recordings across reloads, in IndexedDB on this device. Off by default: memory only. */
  readonly keepRecordings: boolean;
}

export const DEFAULT_MOCK_SETTINGS: MockSettings = {
  targetSeconds: 120,
  limitSeconds: 180,
  followUpSeconds: 60,
  followUpsPerQuestion: 3,
  questions: 3,
  readAloud: false,
  record: false,
  keepRecordings: false,
};

/** The settings with the answer's limit at least its target (a target raised past the limit takes the limit with it). */
export function consistentMockSettings(settings: MockSettings): MockSettings {
  return settings.limitSeconds < settings.targetSeconds ? { ...settings, limitSeconds: settings.targetSeconds } : settings;
}

/** Bounds of the number settings (inclusive). */
export const MOCK_LIMITS = {
  targetSeconds: { min: 30, max: 600 },
  limitSeconds: { min: 30, max: 900 },
  followUpSeconds: { min: 15, max: 300 },
  followUpsPerQuestion: { min: 0, max: 10 },
  questions: { min: 1, max: 20 },
} as const satisfies Record<string, { min: number; max: number }>;

/** The delivery figures a mock keeps with an answer: the few numbers the summary shows (plain JSON, small). */
export interface MockFigures {
  /** Length of the recording (s). */
  readonly duration: number;
  readonly talkTime: number;
  readonly silentTime: number;
  /** Pauses between words (at least 0.3 s each). */
  readonly pauses: number;
  /** Pauses of 2 s or more. */
  readonly longPauses: number;
  readonly longestPause: number;
  readonly syllables: number;
  /** Syllables per second over the speaking span; null when nothing was said. */
  readonly speakingRate: number | null;
}

/** One spoken take: the main answer or a follow-up. */
export interface MockTake {
  /** Time used (ms), by the countdown. */
  readonly ms: number;
  /** Figures from its recording, when it was recorded and analysed. */
  readonly figures: MockFigures | null;
  /** Id of its recording in the recording store (memory or IndexedDB), when it was recorded. */
  readonly recording: string | null;
}

export type FollowUpSource = 'story' | 'bank';

export interface MockFollowUp extends MockTake {
  /** The follow-up as it was asked, in the language of the session. */
  readonly text: string;
  readonly source: FollowUpSource;
}

/** One question of a mock, as the summary and the history show it. */
export interface MockItem {
  /** The behavioural card asked (`prompt:question:<id>` or `prompt:lp:<id>`). */
  readonly card: string;
  /** The question as it was asked (kept so history reads well after the notes change). */
  readonly prompt: string;
  readonly answer: MockTake | null;
  /** The follow-ups answered, in order. */
  readonly followUps: readonly MockFollowUp[];
  /** `Peek` was used while answering. */
  readonly peeked: boolean;
  /** The self-grade; null while the question is not graded (a mock left half way). */
  readonly grade: Grade | null;
}

export interface MockSession {
  readonly startedAt: number;
  /** Null while the mock is under way (or was left before its end). */
  readonly finishedAt: number | null;
  /** Practice only: grades stay in the mock and do not change the flashcard schedule. */
  readonly practice: boolean;
  readonly source: MockSource;
  readonly lang: Lang;
  /** The targets the mock ran with (s): an answer's and a follow-up's. */
  readonly targetSeconds: number;
  readonly followUpSeconds: number;
  /** The questions planned, in order; `items` holds the ones reached. */
  readonly planned: readonly string[];
  readonly items: readonly MockItem[];
  readonly updatedAt: number;
}

export interface MockData {
  readonly settings: MockSettings;
  /** Past and current mocks by id (`m-<base-36 time>-<random>`). */
  readonly sessions: Readonly<Record<string, MockSession>>;
}

export const EMPTY_MOCK_DATA: MockData = { settings: DEFAULT_MOCK_SETTINGS, sessions: {} };

export const MOCK_SESSION_ID_PATTERN = /^m-[0-9a-z]+-[0-9a-z]+$/;
