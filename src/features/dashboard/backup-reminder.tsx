import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { backupReminder, timeAgo } from '@/domain/backup-reminder';
import { getStory } from '@/lib/content';
import { useAppStore } from '@/stores/app-store';

/** The export loads on click, so the first page does not carry it. */
async function exportNow(): Promise<void> {
  const [{ exportBackup }, { downloadText }] = await Promise.all([import('@/stores/backup-actions'), import('@/lib/download')]);
  const { fileName, text } = exportBackup();
  downloadText(fileName, text);
}

/**
 * The last backup and, when one is due (a week, 50 reviews or a new story since the last one), an
 * export button. Self-contained (reads the store, exports itself); the dashboard shows it once
 * there is user data.
 */
export function BackupReminder({ now }: { now: number }) {
  const { t } = useTranslation('dashboard');
  const lang = useLang();
  const lastBackupAt = useAppStore((s) => s.meta.lastBackupAt);
  const log = useAppStore((s) => s.review.log);
  const stories = useAppStore((s) => s.stories);
  const seenStories = useAppStore((s) => s.sync.seen.stories);
  const reminder = useMemo(() => {
    const newStories = Object.entries(stories).filter(
      ([id, overlay]) => !overlay.deleted && getStory(id) === undefined && seenStories?.[id] === undefined,
    ).length;
    return backupReminder({ lastBackupAt, reviewTimes: log.map((entry) => entry[0]), newStories, hasData: true }, now);
  }, [stories, seenStories, log, lastBackupAt, now]);
  if (!reminder.show) return null;
  const ago = lastBackupAt === null ? null : timeAgo(lastBackupAt, now);
  const since =
    ago === null
      ? ''
      : ago.value === 0 && ago.unit === 'minute'
        ? t('backup.justNow')
        : new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-ago.value, ago.unit);
  return (
    <Section title={t('backup.title')} className="card backup-reminder">
      <p>{lastBackupAt === null ? t('backup.never') : t('backup.last', { since })}</p>
      {reminder.reasons.length > 0 && (
        <>
          <p>
            {reminder.reasons
              .map((reason) => (reason === 'reviews' ? t('backup.reasons.reviews', { count: reminder.reviewsSince }) : t(`backup.reasons.${reason}`)))
              .join(' ')}
          </p>
          <p className="row">
            <button type="button" className="button" onClick={() => void exportNow()}>
              {t('backup.export')}
            </button>
            <Link to="/settings">{t('backup.more')}</Link>
          </p>
        </>
      )}
    </Section>
  );
}
