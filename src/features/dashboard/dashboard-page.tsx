import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { STAR_SECTIONS } from '@/domain/content';
import { daysUntil } from '@/domain/settings';
import { content } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { useStoryList } from '@/lib/stories';
import { useAppStore } from '@/stores/app-store';

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
          <Suspense fallback={<p className="loading">{t('review.loading')}</p>}>
            <Flashcards now={now.getTime()} />
          </Suspense>
        </Section>
        <Section title={t('coverage.title')} className="card">
          <Coverage />
        </Section>
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
