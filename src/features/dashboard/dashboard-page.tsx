import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { STAR_SECTIONS } from '@/domain/content';
import { deckCardIds, MAIN_DECKS } from '@/domain/cards';
import { readiness } from '@/domain/interview';
import { dueToday } from '@/domain/review-queue';
import { reviewedToday, streak } from '@/domain/review-stats';
import { daysUntil } from '@/domain/settings';
import { allCards, content } from '@/lib/content';
import { allCardIds, useReviewTime } from '@/lib/review-time';
import { useStoryList } from '@/lib/stories';
import { useAppStore } from '@/stores/app-store';

function Countdown({ now }: { now: Date }) {
  const { t } = useTranslation('dashboard');
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
        (<time dateTime={date}>{date}</time>)
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

/** Readiness on the interview morning, per whole deck (the same figures as on /stats). */
function Readiness({ now }: { now: number }) {
  const { t } = useTranslation('dashboard');
  const headingId = useId();
  const { review, time } = useReviewTime(now);
  const plan = time.plan;
  const rows = useMemo(
    () => (plan === null ? [] : MAIN_DECKS.map((deck) => ({ deck, value: readiness(deckCardIds(allCards(), deck), review.cards, plan) })).filter((row) => row.value.cards > 0)),
    [plan, review.cards],
  );
  if (plan === null) return null;
  const percent = (rate: number): number => Math.round(rate * 100);
  return (
    <section aria-labelledby={headingId} className="readiness">
      <h3 id={headingId}>{t('review.readiness', { retention: percent(plan.retention) })}</h3>
      <ul>
        {rows.map(({ deck, value }) => (
          <li key={deck}>
            <strong>{t(`review.decks.${deck}`)}</strong>:{' '}
            {value.meanRecall === null ? t('review.notSeen') : t('review.recallOf', { rate: percent(value.meanRecall), seen: value.seen })};{' '}
            {t('review.readyOf', { ready: value.ready, cards: value.cards })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Flashcard counts from card ids and the stored review state only (no scheduler, no card faces). */
function Flashcards({ now }: { now: number }) {
  const { t } = useTranslation('dashboard');
  const { review, time, budget } = useReviewTime(now);
  const figures = useMemo(() => {
    const ids = allCardIds();
    return {
      due: dueToday(ids, review.cards, review.flags, time),
      reviewed: reviewedToday(review.log, now, time.clock),
      streak: streak(review.log, now, time.clock),
    };
  }, [review, time, now]);
  const items = [
    { label: t('review.due'), value: figures.due },
    { label: t('review.new'), value: budget.left },
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
      <p className="meta">{t('review.shared', { count: budget.left })}</p>
      {budget.pacing !== null && budget.pacing.total > 0 && (
        <p className="meta">{t('review.pacing', { count: budget.pacing.daysLeft, perDay: budget.pacing.perDay, total: budget.pacing.total })}</p>
      )}
      <Readiness now={now} />
      <p className="row">
        <Link className="button" to="/review?deck=all">
          {t('review.start')}
        </Link>
        <Link to="/review">{t('review.decksLink')}</Link>
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
