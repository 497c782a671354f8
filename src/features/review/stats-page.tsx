import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { addDays, DAY } from '@/domain/review';
import { dueForecast, heatmap, hiddenCards, retention, reviewedToday, streak, type Retention } from '@/domain/review-stats';
import { formatDate } from '@/lib/dates';
import { useLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';

const WEEKS = 12;
const FORECAST_DAYS = 14;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function heatLevel(count: number, max: number): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil((count / Math.max(max, 1)) * 4));
}

function RetentionText({ value }: { value: Retention }) {
  const { t } = useTranslation('review');
  if (value.rate === null) return <>{t('statsPage.noReviews')}</>;
  return <>{t('statsPage.rate', { rate: Math.round(value.rate * 1000) / 10, passed: value.passed, total: value.total })}</>;
}

/** `/stats`: reviews per day (heatmap), the due forecast, retention, streak. */
export function StatsPage() {
  const { t } = useTranslation('review');
  const lang = useLang();
  const cards = useAppStore((s) => s.review.cards);
  const log = useAppStore((s) => s.review.log);
  const [now] = useState(() => Date.now());
  const model = useLiveModel();
  const allCardIds = useMemo(() => model.cards.map((c) => c.id), [model]);
  const stats = useMemo(() => {
    const knownIds = new Set(allCardIds);
    const weeks = heatmap(log, now, WEEKS);
    return {
      weeks,
      max: Math.max(0, ...weeks.flat().map((d) => d.count)),
      forecast: dueForecast(allCardIds, cards, now, FORECAST_DAYS),
      recent: retention(log, now - 30 * DAY),
      overall: retention(log),
      today: reviewedToday(log, now),
      streak: streak(log, now),
      started: Object.keys(cards).length - hiddenCards(cards, knownIds),
      hidden: hiddenCards(cards, knownIds),
    };
  }, [allCardIds, cards, log, now]);
  const forecastMax = Math.max(1, ...stats.forecast);

  return (
    <Page
      title={t('statsPage.title')}
      actions={
        <Link className="button ghost" to="/review">
          {t('statsPage.back')}
        </Link>
      }
    >
      <Section title={t('statsPage.totals')}>
        <dl className="stat-grid">
          <div>
            <dt>{t('statsPage.reviewedToday')}</dt>
            <dd>{stats.today}</dd>
          </div>
          <div>
            <dt>{t('statsPage.streak')}</dt>
            <dd>{t('statsPage.streakDays', { count: stats.streak })}</dd>
          </div>
          <div>
            <dt>{t('statsPage.totalReviews')}</dt>
            <dd>{log.length}</dd>
          </div>
          <div>
            <dt>{t('statsPage.cardsStarted')}</dt>
            <dd>
              {stats.started} / {allCardIds.length}
            </dd>
          </div>
        </dl>
        {stats.hidden > 0 && <p className="meta">{t('statsPage.hidden', { count: stats.hidden })}</p>}
      </Section>

      <Section title={t('statsPage.heatmap')}>
        <div className="table-scroll">
          <table className="heatmap">
            <caption className="visually-hidden">{t('statsPage.heatmapCaption', { weeks: WEEKS })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statsPage.week')}</th>
                {WEEKDAYS.map((d) => (
                  <th key={d} scope="col">
                    {t(`statsPage.weekdays.${d}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stats.weeks.map((week) => (
                <tr key={week[0]?.date}>
                  <th scope="row">{week[0] ? formatDate(week[0].date, lang, { now }) : ''}</th>
                  {week.map((day) => (
                    <td key={day.date} className={day.future ? 'heat future' : `heat heat-${heatLevel(day.count, stats.max)}`}>
                      {day.future ? '' : day.count}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title={t('statsPage.forecast')}>
        <table className="forecast">
          <caption className="visually-hidden">{t('statsPage.forecastCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statsPage.day')}</th>
              <th scope="col">{t('statsPage.cards')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.forecast.map((count, i) => (
              <tr key={i}>
                <th scope="row">{i === 0 ? t('statsPage.today') : formatDate(addDays(now, i), lang, { now })}</th>
                <td className="bar-cell">
                  <span className="bar-count">{count}</span>
                  <span className="bar" aria-hidden="true" style={{ width: `${(count / forecastMax) * 80}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title={t('statsPage.retention')}>
        <p className="help">{t('statsPage.retentionHelp')}</p>
        <dl className="stat-grid">
          <div>
            <dt>{t('statsPage.last30')}</dt>
            <dd>
              <RetentionText value={stats.recent} />
            </dd>
          </div>
          <div>
            <dt>{t('statsPage.allTime')}</dt>
            <dd>
              <RetentionText value={stats.overall} />
            </dd>
          </div>
        </dl>
      </Section>
    </Page>
  );
}
