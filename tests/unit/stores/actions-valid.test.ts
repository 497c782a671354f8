// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS, MOCK_LIMITS, type MockSession } from '@/domain/mock-data';
import { NEW_PER_DAY_MAX, RETENTION_MAX, RETENTION_MIN, type Grade } from '@/domain/review';
import { createScheduler, gradeCard } from '@/domain/scheduling';
import { EMPTY_STORY } from '@/domain/story';
import { localStudyClock } from '@/domain/study-day';
import { createAppStore } from '@/stores/app-store';
import { recordReview, setCardFlags, undoReview } from '@/stores/review-actions';
import { pickUserData, validateUserData } from '@/stores/user-data';
import { seededRandom } from '../seeded-random';
import { MemoryStorage } from './memory-storage';

/**
 * A property of the store: whatever its actions do, in any order, with any values the views can
 * give them, the data passes the strict validator unchanged (so it can always be written, read back,
 * exported and imported). Generated: 40 runs of 120 actions each, from a fixed seed.
 */

const apps: ReturnType<typeof createAppStore>[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.persistence.dispose();
});

const scheduler = createScheduler({ desiredRetention: 0.9 });
const studyClock = localStudyClock();
const STORY_IDS = ['india-gst', 'my-story', 'another-one'];
const CARD_IDS = ['own:abc-123456', 'topic:docker:1a2b3c4', 'own:def-654321'];
const REVIEW_IDS = ['lp:ownership:forward', 'topic:docker:1a2b3c4', 'prompt:question:why-amazon'];
const session = (at: number): MockSession => ({
  startedAt: at,
  finishedAt: at + 60_000,
  practice: false,
  source: 'due',
  lang: 'ko',
  targetSeconds: 120,
  followUpSeconds: 60,
  planned: ['prompt:lp:ownership'],
  items: [{ card: 'prompt:lp:ownership', prompt: '주인의식', answer: { ms: 1000, figures: null, recording: null }, followUps: [], peeked: false, grade: 3 }],
  updatedAt: at,
});

function runActions(seed: number, count: number): void {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const text = (): string => pick(['', 'Situation ✓', '상황을 설명합니다', 'x'.repeat(int(0, 40)), 'a\nb']);
  let now = 1_764_400_000_000;
  const app = createAppStore({ getStorage: () => new MemoryStorage(), target: null, now: () => now });
  apps.push(app);
  const { store } = app;
  const actions: [string, () => void][] = [
    ['saveStory', () => store.getState().saveStory(pick(STORY_IDS), { ...EMPTY_STORY, title: text(), star: { ...EMPTY_STORY.star, action: text() } }, now)],
    ['deleteStory', () => store.getState().deleteStory(pick(STORY_IDS), now)],
    ['restoreStory', () => store.getState().restoreStory(pick(STORY_IDS), now)],
    ['revertStory', () => store.getState().revertStory(pick(STORY_IDS))],
    ['saveQuestionDraft', () => store.getState().saveQuestionDraft('why-amazon', { keyPoints: text(), draft: text(), stories: [pick(STORY_IDS)] }, now)],
    ['revertQuestionDraft', () => store.getState().revertQuestionDraft('why-amazon')],
    [
      'saveCard',
      () => {
        const id = pick(CARD_IDS);
        store
          .getState()
          .saveCard(id, { question: `Q ${text()}`, answer: text(), deck: id.startsWith('own:') ? pick(['own:내 덱', 'topic:docker']) : null }, now);
      },
    ],
    ['deleteCard', () => store.getState().deleteCard(pick(CARD_IDS), now)],
    ['restoreCard', () => store.getState().restoreCard(pick(CARD_IDS), now)],
    ['revertCard', () => store.getState().revertCard(pick(CARD_IDS))],
    ['saveOwnQuestion', () => store.getState().saveOwnQuestion('q-mine', { prompt: { en: `Why ${text()}?` }, principles: ['ownership'] }, now)],
    ['deleteOwnQuestion', () => store.getState().deleteOwnQuestion('q-mine', now)],
    ['restoreOwnQuestion', () => store.getState().restoreOwnQuestion('q-mine', now)],
    ['savePrincipleNotes', () => store.getState().savePrincipleNotes('ownership', text(), now)],
    ['revertPrincipleNotes', () => store.getState().revertPrincipleNotes('ownership')],
    ['setLastBackupAt', () => store.getState().setLastBackupAt(now)],
    ['setLanguage', () => store.getState().setLanguage(pick(['en', 'ko'] as const))],
    ['setTheme', () => store.getState().setTheme(pick(['system', 'light', 'dark'] as const))],
    ['setInterviewDate', () => store.getState().setInterviewDate(pick([null, '2026-12-15', '2027-02-28']))],
    ['setShortcuts', () => store.getState().setShortcuts(random() < 0.5)],
    ['addExtraNew', () => store.getState().addExtraNew(pick(['2026-11-29', '2026-11-30']), int(1, NEW_PER_DAY_MAX))],
    [
      'setReviewSettings',
      () =>
        store
          .getState()
          .setReviewSettings(
            pick([
              { desiredRetention: pick([RETENTION_MIN, 0.9, RETENTION_MAX]) },
              { newCardsPerDay: int(0, NEW_PER_DAY_MAX) },
              { dayStartHour: int(0, 23) },
              { interviewMode: random() < 0.5 },
              { sessionLength: pick([10, 20, null] as const) },
            ]),
          ),
    ],
    [
      'setMockSettings',
      () =>
        store
          .getState()
          .setMockSettings(
            pick([
              { targetSeconds: int(MOCK_LIMITS.targetSeconds.min, MOCK_LIMITS.targetSeconds.max) },
              { limitSeconds: int(MOCK_LIMITS.limitSeconds.min, MOCK_LIMITS.limitSeconds.max) },
              { questions: int(MOCK_LIMITS.questions.min, MOCK_LIMITS.questions.max) },
              { record: random() < 0.5, keepRecordings: random() < 0.5 },
              DEFAULT_MOCK_SETTINGS,
            ]),
          ),
    ],
    ['saveMockSession', () => store.getState().saveMockSession(`m-${now}-${pick(['a', 'b'])}`, session(now))],
    ['deleteMockSession', () => store.getState().deleteMockSession(pick(Object.keys(store.getState().mock.sessions).concat('m-1-a')))],
    [
      'grade',
      () => {
        const id = pick(REVIEW_IDS);
        const { next, entry } = gradeCard(scheduler, id, store.getState().review.cards[id], int(1, 4) as Grade, now, studyClock, random() < 0.2);
        recordReview(id, next, entry, store);
      },
    ],
    ['undo', () => void undoReview(store)],
    ['flags', () => setCardFlags(pick(REVIEW_IDS), { suspended: random() < 0.5, buriedDay: pick([null, '2026-11-29']) }, store)],
  ];
  for (let i = 0; i < count; i += 1) {
    now += int(1, 3_600_000);
    const [name, act] = pick(actions);
    act();
    const data = pickUserData(store.getState());
    let valid: unknown;
    try {
      valid = validateUserData(data);
    } catch (error) {
      throw new Error(`seed ${seed}, action ${i} (${name}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    expect(valid, `seed ${seed}, action ${i} (${name}) left data the validator reads differently`).toEqual(data);
  }
}

describe('every store action leaves data that passes strict validation unchanged', () => {
  it('40 generated runs of 120 actions', () => {
    for (let seed = 1; seed <= 40; seed += 1) runActions(seed, 120);
  });
});
