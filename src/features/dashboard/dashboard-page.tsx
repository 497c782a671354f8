import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { daysUntil } from '@/domain/settings';
import { useLiveModel } from '@/lib/use-live-model';
import { formatDate } from '@/lib/dates';
import { useAppStore } from '@/stores/app-store';
import { RECORD_SLICE_KEYS } from '@/stores/user-data-shape';

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

// The flashcard figures (study day, queue, readiness) load with their own chunk, after the page.
const Flashcards = lazy(async () => ({ default: (await import('./flashcards-panel')).Flashcards }));

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

/** Coverage of the principles by stories, from the live model: none, one, two or more. */
function Coverage() {
  const { t } = useTranslation('dashboard');
  const lang = useLang();
  const model = useLiveModel();
  const { counts } = model;
  const noStory = model.coverage.rows.filter((r) => r.none);
  const oneStory = model.coverage.rows.filter((r) => r.count === 1);
  const group = (rows: typeof noStory, label: string) =>
    rows.length > 0 && (
      <details>
        <summary>
          {label} ({rows.length})
        </summary>
        <ul className="tags">
          {rows.map((row) => (
            <li key={row.principle}>
              <Link className="tag" to={`/principles/${row.principle}`}>
                {model.principleById.get(row.principle)?.title[lang] ?? row.principle}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    );
  return (
    <>
      <p>{t('coverage.summary', { covered: counts.covered, total: counts.principles, solid: counts.solid })}</p>
      {counts.noStory === 0 && counts.oneStory === 0 ? (
        <p>{t('coverage.all')}</p>
      ) : (
        <ul className="coverage-figures">
          <li>{t('coverage.noStory', { count: counts.noStory })}</li>
          <li>{t('coverage.oneStory', { count: counts.oneStory })}</li>
        </ul>
      )}
      {group(noStory, t('coverage.noStoryList'))}
      {group(oneStory, t('coverage.oneStoryList'))}
      <p className="row">
        <Link to="/coverage">{t('coverage.open')}</Link>
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
  const { counts } = useLiveModel();
  const links = [
    { to: '/principles', name: tc('nav.principles'), text: t('sections.principles') },
    {
      to: '/questions',
      name: tc('nav.questions'),
      text: t('sections.questions', { answered: counts.answeredQuestions, total: counts.questions }),
    },
    { to: '/stories', name: tc('nav.stories'), text: t('sections.stories', { count: counts.stories, complete: counts.completeStories }) },
    { to: '/topics', name: tc('nav.topics'), text: t('sections.topics', { count: counts.topics, cards: counts.topicCards }) },
    { to: '/guides', name: tc('nav.guides'), text: t('sections.guides') },
  ];
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <div className="dashboard-grid">
        <Section title={t('countdown.title')} className="card">
          <Countdown now={now} />
        </Section>
        <Section title={t('review.title')} className="card flashcards-card">
          <Suspense fallback={<p className="loading">{t('review.loading')}</p>}>
            <Flashcards now={now.getTime()} />
          </Suspense>
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
