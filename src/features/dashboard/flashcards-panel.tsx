import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAIN_DECKS } from '@/domain/cards';
import { readiness } from '@/domain/interview';
import { dueToday } from '@/domain/review-queue';
import { reviewedToday, streak } from '@/domain/review-stats';
import { allCardIds, useReviewTime } from '@/lib/review-time';
import { useLiveCardModel } from '@/lib/use-live-cards';

/** Readiness on the interview morning, per whole deck (the same figures as on /stats). */
function Readiness({ now }: { now: number }) {
  const { t } = useTranslation('dashboard');
  const headingId = useId();
  const { review, time } = useReviewTime(now);
  const model = useLiveCardModel();
  const plan = time.plan;
  const rows = useMemo(
    () =>
      plan === null
        ? []
        : MAIN_DECKS.map((deck) => ({ deck, value: readiness(model.decks.get(deck) ?? [], review.cards, plan) })).filter((row) => row.value.cards > 0),
    [plan, review.cards, model],
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
export function Flashcards({ now }: { now: number }) {
  const { t } = useTranslation('dashboard');
  const { review, time, budget } = useReviewTime(now);
  const model = useLiveCardModel();
  const figures = useMemo(() => {
    const ids = allCardIds(model);
    return {
      due: dueToday(ids, review.cards, review.flags, time),
      reviewed: reviewedToday(review.log, now, time.clock),
      streak: streak(review.log, now, time.clock),
    };
  }, [review, time, now, model]);
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
        <p className="meta">
          {budget.pacing.daysLeft === 1
            ? t('review.pacingTomorrow', { total: budget.pacing.total })
            : t('review.pacing', { count: budget.pacing.daysLeft, perDay: budget.pacing.perDay, total: budget.pacing.total })}
        </p>
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
