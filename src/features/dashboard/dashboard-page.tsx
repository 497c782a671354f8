import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { STAR_SECTIONS } from '@/domain/content';
import { buildQueue } from '@/domain/review-queue';
import { dueToday, reviewedToday, streak } from '@/domain/review-stats';
import { daysUntil } from '@/domain/settings';
import { allCards, content } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { useStoryList } from '@/lib/stories';
import { useAppStore } from '@/stores/app-store';
import { RECORD_SLICE_KEYS } from '@/stores/user-data';

// The backup reminder loads only once there is data to back up (never on a first visit).
const BackupReminder = lazy(async () => ({ default: (await import('./backup-reminder')).BackupReminder }));

function BackupReminderSlot({ now }: { now: number }) {
  const hasData = useAppStore((s) => s.review.log.length > 0 || RECORD_SLICE_KEYS.some((key) => Object.keys(s[key]).length > 0));
  if (!hasData) return null;
  return (
    <Suspense fallback={null}>
      <BackupReminder now={now} />
    </Suspense>
  );
}

function Countdown({ now }: { now: Date }) {
  const { t } = useTranslation('dashboard');
  const lang = useLang();
  const date = useAppStore((s) => s.settings.interviewDate);
  if (date === null) {
    return (
      <p>
        {t('countdown.none')} <Link to="/settings">{t('countdown.set')}</Link>
      </p>
    );
  }
  const days = daysUntil(date, now);
  return (
    <p className="big-number">
      {days > 0 ? t('countdown.days', { count: days }) : days === 0 ? t('countdown.today') : t('countdown.past')}{' '}
      <span className="meta">
        (<time dateTime={date}>{formatDate(date, lang, { now })}</time>)
      </span>
    </p>
  );
}

function Coverage() {
  const { t } = useTranslation('dashboard');
  const lang = useLang();
  const stories = useStoryList();
  const principles = content.principles.map((p) => ({ ...p, count: stories.filter((s) => s.principles.includes(p.id)).length }));
  const covered = principles.filter((p) => p.count > 0).length;
  const thin = principles.filter((p) => p.count < 2);
  return (
    <>
      <p>{t('coverage.summary', { covered, total: principles.length, solid: principles.length - thin.length })}</p>
      {thin.length === 0 ? (
        <p>{t('coverage.all')}</p>
      ) : (
        <details>
          <summary>
            {t('coverage.thin')} ({thin.length})
          </summary>
          <ul className="tags">
            {thin.map((p) => (
              <li key={p.id}>
                <Link className="tag" to={`/principles/${p.id}`}>
                  {p.title[lang]} · {p.count}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Flashcard counts from card ids and the stored review state only (no scheduler, no card faces). */
function Flashcards({ now }: { now: number }) {
  const { t } = useTranslation('dashboard');
  const cards = useAppStore((s) => s.review.cards);
  const log = useAppStore((s) => s.review.log);
  const newCardsPerDay = useAppStore((s) => s.review.settings.newCardsPerDay);
  const interviewDate = useAppStore((s) => s.settings.interviewDate);
  const figures = useMemo(() => {
    const allCardIds = allCards().map((c) => c.id);
    const queue = buildQueue({ cardIds: allCardIds, cards, log, now, newCardsPerDay, interviewDate });
    return {
      due: dueToday(allCardIds, cards, now),
      fresh: queue.fresh.length,
      reviewed: reviewedToday(log, now),
      streak: streak(log, now),
      pacing: queue.pacing,
    };
  }, [cards, log, now, newCardsPerDay, interviewDate]);
  const items = [
    { label: t('review.due'), value: figures.due },
    { label: t('review.new'), value: figures.fresh },
    { label: t('review.reviewed'), value: figures.reviewed },
    { label: t('review.streak'), value: t('review.streakDays', { count: figures.streak }) },
  ];
  return (
    <>
      <dl className="stat-grid">
        {items.map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      {figures.pacing !== null && figures.pacing.total > 0 && (
        <p className="meta">{t('review.pacing', { perDay: figures.pacing.perDay, total: figures.pacing.total })}</p>
      )}
      <p className="row">
        <Link className="button" to="/review">
          {t('review.start')}
        </Link>
        <Link to="/stats">{t('review.stats')}</Link>
      </p>
    </>
  );
}

export function DashboardPage({ now: given }: { now?: Date }) {
  // One clock per visit, so the memoised card counts are not recomputed on every render.
  const [mountedAt] = useState(() => new Date());
  const now = given ?? mountedAt;
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const stories = useStoryList();
  const complete = stories.filter((s) => STAR_SECTIONS.every((k) => s.filled[k])).length;
  const cards = content.topics.reduce((sum, topic) => sum + topic.cardIds.length, 0);
  const links = [
    { to: '/principles', name: tc('nav.principles'), text: t('sections.principles') },
    {
      to: '/questions',
      name: tc('nav.questions'),
      text: t('sections.questions', { answered: content.questions.filter((q) => q.answered).length, total: content.questions.length }),
    },
    { to: '/stories', name: tc('nav.stories'), text: t('sections.stories', { count: stories.length, complete }) },
    { to: '/topics', name: tc('nav.topics'), text: t('sections.topics', { count: content.topics.length, cards }) },
    { to: '/guides', name: tc('nav.guides'), text: t('sections.guides') },
  ];
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <div className="dashboard-grid">
        <Section title={t('countdown.title')} className="card">
          <Countdown now={now} />
        </Section>
        <Section title={t('review.title')} className="card">
          <Flashcards now={now.getTime()} />
        </Section>
        <Section title={t('coverage.title')} className="card">
          <Coverage />
        </Section>
        <BackupReminderSlot now={now.getTime()} />
      </div>
      <Section title={t('sections.title')}>
        <ul className="card-list">
          {links.map((link) => (
            <li key={link.to} className="card">
              <h3 className="card-title">
                <Link to={link.to}>{link.name}</Link>
              </h3>
              <p>{link.text}</p>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
