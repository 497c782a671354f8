import { describe, expect, it } from 'vitest';
import type { Grade, ReviewLogEntry, StoredCard } from '@/domain/review';
import { gradeCard } from '@/domain/scheduling';
import { sameContent } from '@/stores/fingerprint';
import { planMerge } from '@/stores/import-merge';
import { isDeletedRecord } from '@/stores/merge';
import type { UserData } from '@/stores/user-data';
import {
  clock,
  deleteCard,
  deleteOwnQuestion,
  deleteStory,
  EMPTY,
  exportFrom,
  fields,
  grade,
  importInto,
  revertCard,
  revertDraft,
  revertNote,
  revertStory,
  saveCard,
  saveDraft,
  saveNote,
  saveOwnQuestion,
  saveStory,
  scheduler,
} from './devices';
import { seededRandom as random } from '../seeded-random';

const STORIES = ['s-a', 's-b', 's-c', 's-d', 's-e'];
const DRAFTS = ['q-a', 'q-b', 'q-c'];
const CARDS = ['c-a', 'c-b', 'c-c'];
/** Card overlays: edits of content cards and cards of one's own. */
const CARD_OVERLAYS = ['topic:docker:0abc123', 'topic:pki:1bcd234', 'own:mh2x1k0-aaaaaa', 'own:mh2x1k0-bbbbbb'];
const OWN_QUESTIONS = ['q-a1', 'q-b1'];
const NOTES = ['ownership', 'think-big'];
const logKey = (e: ReviewLogEntry): string => `${e[0]}|${e[1]}|${e[2]}|${e[4]}`;

function straightReplay(log: readonly ReviewLogEntry[], cardId: string): StoredCard | undefined {
  let card: StoredCard | undefined;
  for (const [time, id, g, , cram] of log) if (id === cardId && cram === 0) card = gradeCard(scheduler, id, card, g, time, clock).next;
  return card;
}

/** One device's random work: edits, deletions, reverts, new records, grades (some cram), at increasing times. */
function work(data: UserData, next: () => number, clock: { t: number }, side: string, ops: number): UserData {
  let d = data;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  for (let i = 0; i < ops; i += 1) {
    clock.t += 1 + Math.floor(next() * 3_600_000);
    const roll = next();
    if (roll < 0.18) d = saveStory(d, pick(STORIES), fields(`${side} ${clock.t}`, `${side} wrote at ${clock.t}`), clock.t);
    else if (roll < 0.24) d = deleteStory(d, pick(STORIES), clock.t);
    else if (roll < 0.28) d = revertStory(d, pick(STORIES), clock.t);
    else if (roll < 0.36) d = saveDraft(d, pick(DRAFTS), `${side} draft at ${clock.t}`, clock.t);
    else if (roll < 0.4) d = revertDraft(d, pick(DRAFTS), clock.t);
    else if (roll < 0.48) d = saveCard(d, pick(CARD_OVERLAYS), `${side} question`, `${side} answer at ${clock.t}`, clock.t);
    else if (roll < 0.51) d = deleteCard(d, pick(CARD_OVERLAYS), clock.t);
    else if (roll < 0.53) d = revertCard(d, pick(CARD_OVERLAYS), clock.t);
    else if (roll < 0.58) d = saveOwnQuestion(d, pick(OWN_QUESTIONS), `${side} asks at ${clock.t}`, clock.t);
    else if (roll < 0.6) d = deleteOwnQuestion(d, pick(OWN_QUESTIONS), clock.t);
    else if (roll < 0.66) d = saveNote(d, pick(NOTES), `${side} notes at ${clock.t}`, clock.t);
    else if (roll < 0.68) d = revertNote(d, pick(NOTES), clock.t);
    else d = grade(d, pick(CARDS), (1 + Math.floor(next() * 4)) as Grade, clock.t, next() < 0.1);
  }
  return d;
}

type Slice = 'stories' | 'questionDrafts' | 'cards' | 'ownQuestions' | 'principleNotes';
const SLICES: readonly Slice[] = ['stories', 'questionDrafts', 'cards', 'ownQuestions', 'principleNotes'];

/** What the merge must keep: every live version one side changed in this round is the merged record or an offer. */
function checkKept(merged: UserData, before: UserData, after: UserData, label: string): void {
  for (const slice of SLICES) {
    const records = after[slice] as Readonly<Record<string, unknown>>;
    for (const [id, value] of Object.entries(records)) {
      const old = (before[slice] as Readonly<Record<string, unknown>>)[id];
      if (isDeletedRecord(value) || sameContent(value, old)) continue;
      const now = (merged[slice] as Readonly<Record<string, unknown>>)[id];
      const offered = merged.conflicts.some((c) => c.slice === slice && c.id === id && c.offers.some((o) => sameContent(o.value, value)));
      expect(sameContent(now, value) || offered, `${label}: ${slice}/${id} changed on one side is neither kept nor offered`).toBe(true);
    }
  }
}

/** Slices in which a generated pair ended in a conflict (so every kind is exercised, not only stories). */
const conflicted = new Set<string>();

function checkMerge(local: UserData, localBefore: UserData, remote: UserData, remoteBefore: UserData, now: number, label: string): UserData {
  const file = exportFrom(remote);
  const plan = planMerge(local, file, now);
  const { merged } = plan;
  for (const conflict of merged.conflicts) conflicted.add(conflict.slice);
  // Never drops a review entry.
  const keys = new Set(merged.review.log.map(logKey));
  for (const entry of [...local.review.log, ...remote.review.log]) expect(keys.has(logKey(entry)), `${label}: review ${logKey(entry)} dropped`).toBe(true);
  expect(merged.review.log.length, `${label}: a review counted twice`).toBe(keys.size);
  // Every card's state is the replay of its merged log.
  for (const card of CARDS) expect(merged.review.cards[card], `${label}: ${card}`).toEqual(straightReplay(merged.review.log, card));
  // Never drops a record either side changed.
  checkKept(merged, localBefore, local, `${label} (this device)`);
  checkKept(merged, remoteBefore, remote, `${label} (the file)`);
  // The same file merged again changes nothing.
  const again = planMerge(merged, file, now + 1);
  expect(again.unchanged, `${label}: merging the same file twice changed something`).toBe(true);
  return merged;
}

describe('merge import over generated diverged pairs (seeded)', () => {
  const SEEDS = 240;

  it(`keeps every review and every changed record, and is idempotent, for ${SEEDS} pairs`, () => {
    let merges = 0;
    for (let seed = 1; seed <= SEEDS; seed += 1) {
      const next = random(seed);
      const clock = { t: Date.UTC(2026, 9, 1) };
      let desk = work(EMPTY, next, clock, 'common', 6 + Math.floor(next() * 6));
      desk = exportFrom(desk);
      let phone = importInto(EMPTY, desk, (clock.t += 1000));
      const rounds = 1 + (seed % 3);
      for (let round = 1; round <= rounds; round += 1) {
        const label = `seed ${seed}, round ${round}`;
        const deskBefore = desk;
        const phoneBefore = phone;
        // Interleaved work on both devices.
        for (let burst = 0; burst < 3; burst += 1) {
          desk = work(desk, next, clock, 'desk', Math.floor(next() * 4));
          phone = work(phone, next, clock, 'phone', Math.floor(next() * 4));
        }
        const deskMerged = checkMerge(desk, deskBefore, phone, phoneBefore, (clock.t += 1000), `${label}, desk merges the phone's file`);
        checkMerge(phone, phoneBefore, desk, deskBefore, (clock.t += 1000), `${label}, phone merges the desk's file`);
        merges += 2;
        // The devices exchange files: each ends the round with the other's work.
        desk = deskMerged;
        phone = importInto(phone, exportFrom(desk), (clock.t += 1000));
      }
    }
    expect(merges).toBeGreaterThanOrEqual(2 * SEEDS);
    expect([...conflicted].sort()).toEqual([...SLICES].sort());
  }, 60_000);
});
