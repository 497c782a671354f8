import type { Grade } from '@/domain/review';
import { createScheduler, gradeCard } from '@/domain/scheduling';
import { EMPTY_STORY, type StoryFields } from '@/domain/story';
import { localStudyClock } from '@/domain/study-day';
import { planMerge } from '@/stores/import-merge';
import { setRecord } from '@/stores/merge';
import { recordRemovals } from '@/stores/sync-slice';
import { markSynced } from '@/stores/import-plan';
import { EMPTY_USER_DATA, recordSlicesOf, type UserData } from '@/stores/user-data';

/**
 * Two devices in a test: their data as plain values, changed by the same rules as the app's actions
 * (a removal leaves a tombstone, a grade goes through the scheduler), exported and merged as the
 * app does (export marks a sync point; import plans the merge).
 */
export const scheduler = createScheduler({ desiredRetention: 0.9 });
/** The clock planMerge uses by default: this machine's timezone, a day starting at 04:00. */
export const clock = localStudyClock();

export const fields = (title: string, situation = ''): StoryFields => ({ ...EMPTY_STORY, title, star: { ...EMPTY_STORY.star, situation } });

/** What an export writes (the sync point recorded in the ledger). */
export const exportFrom = (data: UserData): UserData => markSynced(data, [data]);

/** What merging a backup into `local` gives. */
export const importInto = (local: UserData, file: UserData, now: number): UserData => planMerge(local, file, now).merged;

/** Applies a change as the store would: removals of records get a tombstone at `at`. */
function change(data: UserData, patch: Partial<UserData>, at: number): UserData {
  const next = { ...data, ...patch };
  return { ...next, sync: recordRemovals(next.sync, recordSlicesOf(data), recordSlicesOf(next), at) };
}

export const saveStory = (data: UserData, id: string, story: StoryFields, at: number): UserData =>
  change(data, { stories: { ...data.stories, [id]: { story, updatedAt: at, deleted: false } } }, at);

export function deleteStory(data: UserData, id: string, at: number): UserData {
  const current = data.stories[id];
  return current ? change(data, { stories: { ...data.stories, [id]: { ...current, deleted: true, updatedAt: at } } }, at) : data;
}

export const revertStory = (data: UserData, id: string, at: number): UserData => change(data, { stories: setRecord(data.stories, id, undefined) }, at);

export const saveDraft = (data: UserData, id: string, draft: string, at: number): UserData =>
  change(data, { questionDrafts: { ...data.questionDrafts, [id]: { keyPoints: '', draft, stories: [], updatedAt: at } } }, at);

export const revertDraft = (data: UserData, id: string, at: number): UserData =>
  change(data, { questionDrafts: setRecord(data.questionDrafts, id, undefined) }, at);

export function grade(data: UserData, cardId: string, g: Grade, at: number, cram = false): UserData {
  const { next, entry } = gradeCard(scheduler, cardId, data.review.cards[cardId], g, at, clock, cram);
  const cards = next === data.review.cards[cardId] ? data.review.cards : setRecord(data.review.cards, cardId, next);
  return { ...data, review: { ...data.review, cards, log: [...data.review.log, entry].sort((a, b) => a[0] - b[0]) } };
}

export const EMPTY = EMPTY_USER_DATA;

/** A card of one's own (`own:...`, with a deck) or an edit of a content card (`topic:...`, no deck). */
export function saveCard(data: UserData, id: string, question: string, answer: string, at: number): UserData {
  const deck = id.startsWith('own:') ? 'own:내 덱' : null;
  return change(data, { cards: { ...data.cards, [id]: { question, answer, deck, updatedAt: at, deleted: false } } }, at);
}

export function deleteCard(data: UserData, id: string, at: number): UserData {
  const current = data.cards[id];
  return current ? change(data, { cards: { ...data.cards, [id]: { ...current, deleted: true, updatedAt: at } } }, at) : data;
}

export const revertCard = (data: UserData, id: string, at: number): UserData => change(data, { cards: setRecord(data.cards, id, undefined) }, at);

export const saveOwnQuestion = (data: UserData, id: string, en: string, at: number): UserData =>
  change(data, { ownQuestions: { ...data.ownQuestions, [id]: { prompt: { en }, principles: ['ownership'], updatedAt: at, deleted: false } } }, at);

export function deleteOwnQuestion(data: UserData, id: string, at: number): UserData {
  const current = data.ownQuestions[id];
  return current ? change(data, { ownQuestions: { ...data.ownQuestions, [id]: { ...current, deleted: true, updatedAt: at } } }, at) : data;
}

export const saveNote = (data: UserData, id: string, notes: string, at: number): UserData =>
  change(data, { principleNotes: { ...data.principleNotes, [id]: { notes, updatedAt: at } } }, at);

export const revertNote = (data: UserData, id: string, at: number): UserData =>
  change(data, { principleNotes: setRecord(data.principleNotes, id, undefined) }, at);
