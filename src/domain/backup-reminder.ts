/**
 * When to offer a backup: this browser is the only place the notes live, so once there is anything
 * to lose, the dashboard says how long ago the last backup was and offers one after a week, after
 * 50 reviews, or after a new story since the last one. Pure: `now` is a parameter.
 */
export const BACKUP_AFTER_MS = 7 * 86_400_000;
export const BACKUP_AFTER_REVIEWS = 50;

export type BackupReason = 'never' | 'week' | 'reviews' | 'story';

export interface BackupReminderInput {
  /** When the last backup was exported, or null. */
  readonly lastBackupAt: number | null;
  /** Times of every review (epoch ms). */
  readonly reviewTimes: readonly number[];
  /** Stories of the user's own not in any backup yet. */
  readonly newStories: number;
  /** True once the user has made anything (stories, drafts, reviews, ...). */
  readonly hasData: boolean;
}

export interface BackupReminder {
  /** False: nothing to say (no data yet). */
  readonly show: boolean;
  /** Why a backup is offered now; empty when none is due. */
  readonly reasons: readonly BackupReason[];
  readonly reviewsSince: number;
}

export function backupReminder(input: BackupReminderInput, now: number): BackupReminder {
  const { lastBackupAt, reviewTimes, newStories, hasData } = input;
  if (!hasData) return { show: false, reasons: [], reviewsSince: 0 };
  if (lastBackupAt === null) return { show: true, reasons: ['never'], reviewsSince: reviewTimes.length };
  const reviewsSince = reviewTimes.filter((at) => at > lastBackupAt).length;
  const reasons: BackupReason[] = [];
  if (now - lastBackupAt >= BACKUP_AFTER_MS) reasons.push('week');
  if (reviewsSince >= BACKUP_AFTER_REVIEWS) reasons.push('reviews');
  if (newStories > 0) reasons.push('story');
  return { show: true, reasons, reviewsSince };
}

/** How long ago, in the largest whole unit: for "Last backup: 3 days ago". */
export function timeAgo(from: number, now: number): { value: number; unit: 'minute' | 'hour' | 'day' | 'week' | 'month' } {
  const minutes = Math.max(0, Math.floor((now - from) / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { value: hours, unit: 'hour' };
  const days = Math.floor(hours / 24);
  if (days < 14) return { value: days, unit: 'day' };
  if (days < 60) return { value: Math.floor(days / 7), unit: 'week' };
  return { value: Math.floor(days / 30), unit: 'month' };
}
