import { setRecord } from './merge';
import { createScheduler } from '@/domain/scheduling';
import { replayCards } from '@/domain/review-replay';
import { localStudyClock, type StudyClock } from '@/domain/study-day';
import type { ReviewData, ReviewLogEntry } from '@/domain/review';
import { currentUserData, persistence } from './app-store';
import { replaceKeepingSnapshot, type ReplaceResult } from './backup-actions';
import { logKey } from './review-slice';
import { importBase, markSynced, previewImport, type ImportPreview } from './import-plan';
import { mergeUserData, type UserData } from './user-data';
import { deepEqual } from './validation';

/**
 * Merging a backup into this device's data (loaded with the settings view: it brings the scheduler).
 * The same three-way merge as two tabs, with a stand-in base from the sync ledger; then the review
 * logs are united and every card graded on both sides is rescheduled by replaying its merged log.
 */

export interface MergePlan {
  readonly merged: UserData;
  readonly preview: ImportPreview;
  /** True when merging changes nothing (the same file merged again). */
  readonly unchanged: boolean;
}

const entriesByCard = (log: readonly ReviewLogEntry[]): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const entry of log) {
    const list = out.get(entry[1]) ?? [];
    list.push(logKey(entry));
    out.set(entry[1], list);
  }
  return out;
};

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((key, i) => key === (b ?? [])[i]);

/**
 * Card states after the logs are united: a card whose merged log is this device's keeps its state,
 * one whose merged log is the file's takes the file's state, and one graded on both sides is
 * replayed through the scheduler (this device's desired retention) in time order.
 */
export function rescheduleMerged(local: ReviewData, incoming: ReviewData, merged: ReviewData, clock: StudyClock): ReviewData {
  const mergedLogs = entriesByCard(merged.log);
  const localLogs = entriesByCard(local.log);
  const incomingLogs = entriesByCard(incoming.log);
  let cards = merged.cards;
  const replay: string[] = [];
  for (const [id, keys] of mergedLogs) {
    if (sameList(keys, localLogs.get(id))) continue;
    if (sameList(keys, incomingLogs.get(id))) cards = setRecord(cards, id, incoming.cards[id]);
    else replay.push(id);
  }
  if (replay.length === 0) return cards === merged.cards ? merged : { ...merged, cards };
  const scheduler = createScheduler({ desiredRetention: local.settings.desiredRetention });
  const result = replayCards(scheduler, clock, replay, merged.log);
  for (const id of replay) cards = setRecord(cards, id, result.cards[id]);
  return { ...merged, cards, log: result.log };
}

/** What merging `incoming` into `local` gives, with the preview of it and of a replace. */
export function planMerge(
  local: UserData,
  incoming: UserData,
  now: number,
  clock: StudyClock = localStudyClock(local.review.settings.dayStartHour),
): MergePlan {
  const { merged, conflicts } = mergeUserData(importBase(local, incoming), local, incoming, { source: 'backup', now });
  const rescheduled = { ...merged, review: rescheduleMerged(local.review, incoming.review, merged.review, clock) };
  // A sync point: the merged versions are agreed on. A version of the file that was not kept (it is
  // offered instead) is not: merging the file again offers it again (once), until the user chooses.
  const synced = markSynced(rescheduled, [rescheduled]);
  return { merged: synced, preview: previewImport(local, synced, incoming, conflicts), unchanged: deepEqual(synced, local) };
}

/** The plan for this tab's data now (another tab's latest writes taken in first). */
export function planMergeNow(incoming: UserData, now = Date.now()): MergePlan {
  persistence.catchUp();
  return planMerge(currentUserData(), incoming, now);
}

export type MergeResult = ReplaceResult | { readonly ok: true; readonly unchanged: true };

/** Merges a backup into this device's data, keeping what it changes as a snapshot; the same file twice changes nothing. */
export function mergeBackup(incoming: UserData, now = Date.now(), withoutCopy = false): MergeResult {
  const plan = planMergeNow(incoming, now);
  if (plan.unchanged) return { ok: true, unchanged: true };
  return replaceKeepingSnapshot(plan.merged, now, withoutCopy);
}
