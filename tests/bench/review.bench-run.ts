import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { interviewPlan } from '../../src/domain/interview.ts';
import {
  DAY,
  DEFAULT_REVIEW_SETTINGS,
  EMPTY_REVIEW_DATA,
  HOUR,
  type Grade,
  type ReviewData,
  type ReviewLogEntry,
  type StoredCard,
} from '../../src/domain/review.ts';
import { buildQueue, newCardBudget, type ReviewTime } from '../../src/domain/review-queue.ts';
import { afterGrade, pickNext, startSession } from '../../src/domain/review-session.ts';
import { createScheduler, gradeCard, previewGrades } from '../../src/domain/scheduling.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.ts';
import { studyClock } from '../../src/domain/study-day.ts';
import { buildContent } from '../../src/node/build-content.ts';
import { readContentDir } from '../../src/node/content-plugin.ts';
import { simulateMany } from './review-simulation.ts';
import { seededRandom as random } from '../unit/seeded-random.ts';

/** A Map-backed localStorage, so the real persisted store runs under Node. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
}
// The store reads the browser's localStorage; under Node the bench provides this one.
Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });

const CARDS = 5000;
const GRADES_MEASURED = 1000;
const HYDRATIONS = 30;
const NOW = new Date(2026, 10, 24, 9, 0).getTime();
const clock = studyClock({ dayStartHour: 4, timeZone: 'Asia/Seoul' });

/**
 * 5,000 cards with a realistic history made by the real scheduler: a fifth never seen, the rest
 * introduced over the last 90 days and reviewed whenever due (some not since days ago, so they
 * are due now), graded mostly Good.
 */
function generateHistory(): { ids: string[]; review: ReviewData } {
  const rand = random(42);
  const scheduler = createScheduler({ desiredRetention: 0.9 });
  const ids = Array.from({ length: CARDS }, (_, i) => `topic:bench-topic-${Math.floor(i / 25)}:${i.toString(36).padStart(7, '0')}`);
  const cards: Record<string, StoredCard> = {};
  const log: ReviewLogEntry[] = [];
  const pickGrade = (): Grade => {
    const r = rand();
    return r < 0.12 ? 1 : r < 0.22 ? 2 : r < 0.92 ? 3 : 4;
  };
  for (const id of ids) {
    if (rand() < 0.2) continue;
    let at = NOW - Math.floor(rand() * 90) * DAY - Math.floor(rand() * 12) * HOUR;
    // Some cards were last seen days ago (missed days): due or overdue now.
    const stop = rand() < 0.35 ? NOW - rand() * 14 * DAY : NOW;
    let card: StoredCard | undefined;
    while (at < stop) {
      const result = gradeCard(scheduler, id, card, pickGrade(), at, clock);
      card = result.next;
      log.push(result.entry);
      if (!card) break;
      at = Math.max(card.due, at + 60_000);
    }
    if (card) cards[id] = card;
  }
  log.sort((a, b) => a[0] - b[0]);
  return { ids, review: { ...EMPTY_REVIEW_DATA, cards, log, settings: DEFAULT_REVIEW_SETTINGS } };
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(sorted.at(-1) ?? 0)} (${samples.length} runs)`;
}

describe('review at scale', () => {
  it('hydrates, grades and picks the next card with 5,000 cards', async () => {
    const start = performance.now();
    const { ids, review } = generateHistory();
    const states = Object.values(review.cards);
    console.log(
      `[bench] review: generated ${ids.length} cards (${states.length} with history: ${states.filter((c) => c.state === 2).length} in review, ` +
        `${states.filter((c) => c.state === 1 || c.state === 3).length} learning, ${states.filter((c) => c.due <= NOW).length} due now) ` +
        `and ${review.log.length} log entries in ${ms(performance.now() - start)}`,
    );

    const { STORAGE_KEY, createAppStore } = await import('../../src/stores/app-store.ts');
    const { EMPTY_USER_DATA, serializeUserData, validateUserData } = await import('../../src/stores/user-data.ts');
    const { recordReview } = await import('../../src/stores/review-actions.ts');
    // As the app writes it (with the stamp of the write).
    const stored = serializeUserData({ ...EMPTY_USER_DATA, settings: DEFAULT_SETTINGS, review }, { rev: 'bench.1', parent: null });
    console.log(
      `[bench] review: stored JSON ${kb(Buffer.byteLength(stored))} (${kb(gzipSync(stored).length)} gzip), ${(Buffer.byteLength(stored) / ids.length).toFixed(0)} bytes per card`,
    );

    // Hydrate: create the app's store over storage holding the data (read, JSON.parse, migrate,
    // validate, set), as a page load does.
    const open = () => {
      const storage = new MemoryStorage();
      storage.setItem(STORAGE_KEY, stored);
      return createAppStore({ getStorage: () => storage, target: null });
    };
    const hydrate: number[] = [];
    const parse: number[] = [];
    const validate: number[] = [];
    for (let i = 0; i < HYDRATIONS; i += 1) {
      let t = performance.now();
      const app = open();
      hydrate.push(performance.now() - t);
      if (Object.keys(app.store.getState().review.cards).length !== states.length) throw new Error('hydration lost cards');
      app.persistence.dispose();
      t = performance.now();
      const parsed = JSON.parse(stored) as { state: unknown };
      parse.push(performance.now() - t);
      t = performance.now();
      validateUserData(parsed.state);
      validate.push(performance.now() - t);
    }
    console.log(`[bench] review: hydrate (parse + validate + set): first ${ms(hydrate[0] ?? 0)}; ${summary(hydrate.slice(1))}; target < 50 ms`);
    console.log(`[bench] review:   of which JSON.parse ${summary(parse)}; validate ${summary(validate)}`);

    // Grade + next card: the work between a key press and the next card, as the session does it:
    // FSRS grade, store update, rebuild the queue over the 5,000-card deck, pick the next card and
    // preview its four intervals. The storage write is debounced, off this path (measured below).
    const scheduler = createScheduler({ desiredRetention: DEFAULT_REVIEW_SETTINGS.desiredRetention });
    const app = open();
    const samples: number[] = [];
    let now = NOW;
    const timeOf = (): ReviewTime => ({ now, clock, plan: interviewPlan('2026-12-20', 0.9, true, clock, now) });
    // The shared new-card budget over every card: the session's lead line recomputes it after each action.
    const budgetNow = () => {
      const s = app.store.getState();
      return newCardBudget({
        allCardIds: ids,
        cards: s.review.cards,
        flags: s.review.flags,
        log: s.review.log,
        newCardsPerDay: 20,
        extraNew: null,
        time: timeOf(),
      });
    };
    const s0 = app.store.getState();
    const t0 = performance.now();
    let session = startSession(buildQueue({ cardIds: ids, cards: s0.review.cards, flags: s0.review.flags, newLeft: budgetNow().left, time: timeOf() }), null);
    console.log(`[bench] review: start a session over 5,000 cards (budget, queue, session): ${ms(performance.now() - t0)}`);
    let current = pickNext(session, app.store.getState().review.cards, now);
    for (let i = 0; i < GRADES_MEASURED && current !== null; i += 1) {
      now += 8_000;
      const id: string = current;
      const t = performance.now();
      const s = app.store.getState();
      const grade = ((i % 4) + 1) as Grade;
      const { next, entry } = gradeCard(scheduler, id, s.review.cards[id], grade, now, clock);
      recordReview(id, next, entry, app.store);
      session = afterGrade(session, id, grade, next, now);
      current = pickNext(session, app.store.getState().review.cards, now, id);
      budgetNow();
      if (current !== null) previewGrades(scheduler, current, app.store.getState().review.cards[current], now, clock, timeOf().plan);
      samples.push(performance.now() - t);
    }
    console.log(`[bench] review: grade + next card: ${summary(samples)}; target < 16 ms`);

    // The debounced write that follows (JSON.stringify of all user data + setItem), once per pause.
    const write: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      app.store.getState().setReviewSettings({ newCardsPerDay: 20 + (i % 2) });
      const t = performance.now();
      app.persistence.flush();
      write.push(performance.now() - t);
    }
    app.persistence.dispose();
    console.log(`[bench] review: one full storage write (debounced, after a pause): ${summary(write)}`);
    console.log('[bench] review: (React rendering of the next card is not part of these figures)');
  });
});

describe('interview mode, simulated', () => {
  it('prints the predicted recall on the interview morning for plain FSRS and for interview mode', () => {
    // 186 topic cards (the content when interview mode was specified) and the topic cards of the
    // content today; 14 days to the interview, the default daily limit of 20 new cards; twenty
    // seeded learners whose recall follows FSRS.
    const { index } = buildContent(readContentDir(path.resolve(import.meta.dirname, '../..'), 'content'));
    const today = index.topics.reduce((sum, topic) => sum + topic.cardCount, 0);
    const runs = 20;
    for (const cards of [...new Set([186, today])]) {
      const options = { cards, days: 14, newCardsPerDay: 20, desiredRetention: 0.9 };
      const plain = simulateMany({ ...options, interviewMode: false }, runs);
      const interview = simulateMany({ ...options, interviewMode: true }, runs);
      const line = (name: string, r: typeof plain): string =>
        `${name}: mean predicted recall ${r.meanRecall.toFixed(4)}, cards at 0.9 or more ${(r.atLeast90 * 100).toFixed(1)}%, reviews ${r.reviews.toFixed(1)} (busiest day ${r.busiestDay.toFixed(1)})`;
      const what = cards === today ? 'the topic cards of the content today' : 'as specified';
      console.log(`[bench] interview: ${cards} topic cards (${what}), 14 days, 20 new a day, desired retention 0.9, mean of ${runs} simulated learners`);
      console.log(`[bench] interview:   ${line('plain FSRS', plain)}`);
      console.log(`[bench] interview:   ${line('interview mode', interview)}`);
      console.log(
        `[bench] interview:   reviews ${(interview.reviews / plain.reviews).toFixed(3)}x plain; target: mean recall >= 0.95 with <= 1.3x the reviews`,
      );
    }
  });
});
