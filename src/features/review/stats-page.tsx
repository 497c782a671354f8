import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import type { DeckId } from '@/domain/cards';
import { readiness } from '@/domain/interview';
import { DAY, NO_FLAGS } from '@/domain/review';
import {
  accuracy,
  dueForecast,
  hardestCards,
  heatmap,
  hiddenCards,
  leeches,
  retention,
  reviewedToday,
  streak,
  whyNoRetention,
  type Retention,
} from '@/domain/review-stats';
import { formatDate } from '@/lib/dates';
import { allCardIds, useReviewTime } from '@/lib/review-time';
import type { LiveCardModel } from '@/lib/live-model';
import { useLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';
import { setCardFlags } from '@/stores/review-actions';
import { allDecks, deckHref, deckName, type Deck } from './decks';

// Card faces (every card's text) load only when a list below has a card to name.
const LazyCardLabel = lazy(async () => ({ default: (await import('./card-list-label')).CardListLabel }));

function CardLabel({ id }: { id: string }) {
  return (
    <Suspense fallback={<span className="meta">…</span>}>
      <LazyCardLabel id={id} />
    </Suspense>
  );
}

const WEEKS = 12;
const FORECAST_DAYS = 14;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function heatLevel(count: number, max: number): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil((count / Math.max(max, 1)) * 4));
}

const percent = (rate: number): number => Math.round(rate * 1000) / 10;

function RetentionText({ value }: { value: Retention }) {
  const { t } = useTranslation('review');
  if (value.rate === null) return <>{t('statsPage.noFigure')}</>;
  return <>{t('statsPage.rate', { rate: percent(value.rate), passed: value.passed, total: value.total })}</>;
}

/** Why retention has no figure yet, in words. */
function NoRetentionWhy({ now }: { now: number }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const log = useAppStore((s) => s.review.log);
  const cards = useAppStore((s) => s.review.cards);
  const why = whyNoRetention(log, cards);
  if (why.kind === 'nothing') return <p>{t('statsPage.whyNothing')}</p>;
  if (why.firstReviewAt === null) return <p>{t('statsPage.whyLearning')}</p>;
  const date = formatDate(Math.max(now, why.firstReviewAt), lang, { now });
  return <p>{t('statsPage.whyLearningUntil', { date })}</p>;
}

/** The decks figures are given for: all cards, the three whole decks, one per topic, the user's own decks. */
function statDecks(model: LiveCardModel): Deck[] {
  const decks = allDecks(model);
  return [...decks.main, ...decks.topics, ...decks.own];
}

function Readiness({ now }: { now: number }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const { review, time } = useReviewTime(now);
  const model = useLiveCardModel();
  const plan = time.plan;
  const rows = useMemo(
    () => (plan === null ? [] : statDecks(model).map((deck) => ({ deck, value: readiness(deck.cardIds, review.cards, plan) }))),
    [plan, review.cards, model],
  );
  if (plan === null) {
    return (
      <p>
        {t('statsPage.noInterview')} <Link to="/settings">{t('statsPage.setDate')}</Link>
      </p>
    );
  }
  const morning = formatDate(plan.morning, lang, { time: true, now });
  return (
    <>
      <p className="help">{t('statsPage.readinessHelp', { morning, retention: percent(plan.retention) })}</p>
      <div className="table-scroll">
        <table className="deck-table readiness-table">
          <caption className="visually-hidden">{t('statsPage.readinessCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decks.deck')}</th>
              <th scope="col" className="num">
                {t('statsPage.predicted')}
              </th>
              <th scope="col" className="num">
                {t('statsPage.ready', { retention: percent(plan.retention) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ deck, value }) => (
              <tr key={deck.id}>
                <th scope="row">{deckName(deck.id, lang, t)}</th>
                <td className="num">
                  {value.meanRecall === null ? t('statsPage.notSeen') : t('statsPage.recallOf', { rate: percent(value.meanRecall), seen: value.seen })}
                </td>
                <td className="num">{t('statsPage.readyOf', { ready: value.ready, cards: value.cards })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DeckAccuracy() {
  const { t } = useTranslation('review');
  const lang = useLang();
  const log = useAppStore((s) => s.review.log);
  const model = useLiveCardModel();
  const rows = useMemo(
    () =>
      statDecks(model).map((deck) => {
        const ids = new Set(deck.cardIds);
        return { deck, all: accuracy(log, ids), review: retention(log.filter((entry) => ids.has(entry[1]))) };
      }),
    [log, model],
  );
  return (
    <div className="table-scroll">
      <table className="deck-table">
        <caption className="visually-hidden">{t('statsPage.accuracyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decks.deck')}</th>
            <th scope="col" className="num">
              {t('statsPage.grades')}
            </th>
            <th scope="col" className="num">
              {t('statsPage.accuracy')}
            </th>
            <th scope="col" className="num">
              {t('statsPage.retention')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ deck, all, review }) => (
            <tr key={deck.id}>
              <th scope="row">
                <Link to={deckHref(deck.id)}>{deckName(deck.id as DeckId, lang, t)}</Link>
              </th>
              <td className="num">{all.grades}</td>
              <td className="num">{all.rate === null ? t('statsPage.dash') : `${percent(all.rate)}%`}</td>
              <td className="num">{review.rate === null ? t('statsPage.dash') : `${percent(review.rate)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HardCards({ known }: { known: ReadonlySet<string> }) {
  const { t } = useTranslation('review');
  const log = useAppStore((s) => s.review.log);
  const cards = useAppStore((s) => s.review.cards);
  const hardest = useMemo(() => hardestCards(log, cards, known), [log, cards, known]);
  if (hardest.length === 0) return <p>{t('statsPage.noHard')}</p>;
  return (
    <ol className="hard-cards">
      {hardest.map((card) => (
        <li key={card.id}>
          <span className="hard-card-text">
            <CardLabel id={card.id} />
          </span>{' '}
          <span className="meta">{t('statsPage.hardFigures', { again: card.again, grades: card.grades, lapses: card.lapses })}</span>
        </li>
      ))}
    </ol>
  );
}

function SetAside({ known }: { known: ReadonlySet<string> }) {
  const { t } = useTranslation('review');
  const cards = useAppStore((s) => s.review.cards);
  const flags = useAppStore((s) => s.review.flags);
  const leechList = useMemo(() => leeches(cards, known), [cards, known]);
  const suspended = Object.entries(flags).filter(([id, f]) => f.suspended && known.has(id));
  return (
    <>
      <h3>{t('statsPage.leeches')}</h3>
      <p className="help">{t('statsPage.leechesHelp')}</p>
      {leechList.length === 0 ? (
        <p>{t('statsPage.noLeeches')}</p>
      ) : (
        <ul className="leech-list">
          {leechList.map(({ id, lapses }) => (
            <li key={id}>
              <CardLabel id={id} /> <span className="meta">{t('statsPage.lapses', { count: lapses })}</span>
              {flags[id]?.suspended && <span className="meta"> · {t('statsPage.isSuspended')}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('statsPage.suspended')}</h3>
      {suspended.length === 0 ? (
        <p>{t('statsPage.noSuspended')}</p>
      ) : (
        <ul className="suspended-list">
          {suspended.map(([id, f]) => (
            <li key={id}>
              <CardLabel id={id} />{' '}
              <button type="button" className="button ghost" onClick={() => setCardFlags(id, { ...(f ?? NO_FLAGS), suspended: false })}>
                {t('statsPage.unsuspend')}
                <span className="visually-hidden">
                  : <CardLabel id={id} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** `/stats`: totals, readiness on the interview day, heatmap, forecast, retention, accuracy per deck, hardest cards, leeches. */
export function StatsPage() {
  const { t } = useTranslation('review');
  const lang = useLang();
  const [now] = useState(() => Date.now());
  const { review, time } = useReviewTime(now);
  const { cards, log, flags } = review;
  const model = useLiveCardModel();
  const ids = allCardIds(model);
  const known = useMemo(() => new Set(ids), [ids]);
  const stats = useMemo(() => {
    const weeks = heatmap(log, now, time.clock, WEEKS);
    return {
      weeks,
      max: Math.max(0, ...weeks.flat().map((d) => d.count)),
      forecast: dueForecast(ids, cards, flags, time, FORECAST_DAYS),
      recent: retention(log, now - 30 * DAY),
      overall: retention(log),
      today: reviewedToday(log, now, time.clock),
      streak: streak(log, now, time.clock),
      started: Object.keys(cards).length - hiddenCards(cards, known),
      hidden: hiddenCards(cards, known),
    };
  }, [ids, known, cards, flags, log, now, time]);
  // Study days are calendar days (`YYYY-MM-DD`): formatDate shows them as that date in any timezone.
  const date = (key: string): string => formatDate(key, lang, { now });
  const today = time.clock.day(now);
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
              {stats.started} / {ids.length}
            </dd>
          </div>
        </dl>
        {stats.hidden > 0 && <p className="meta">{t('statsPage.hidden', { count: stats.hidden })}</p>}
      </Section>

      <Section title={t('statsPage.readiness')}>
        <Readiness now={now} />
      </Section>

      <Section title={t('statsPage.heatmap')}>
        <p className="help">{t('statsPage.heatmapHelp', { hour: review.settings.dayStartHour })}</p>
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
                    <td
                      key={day.date}
                      className={day.future ? 'heat future' : `heat heat-${heatLevel(day.count, stats.max)}`}
                      title={day.future ? undefined : t('statsPage.heatTitle', { date: date(day.date), count: day.count })}
                    >
                      {day.future ? (
                        <span className="visually-hidden">{t('statsPage.future')}</span>
                      ) : day.count > 0 ? (
                        day.count
                      ) : (
                        <span className="visually-hidden">0</span>
                      )}
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
                <th scope="row">{i === 0 ? t('statsPage.today') : date(time.clock.key(today + i))}</th>
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
        {stats.overall.rate === null && <NoRetentionWhy now={now} />}
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

      <Section title={t('statsPage.perDeck')}>
        <p className="help">{t('statsPage.perDeckHelp')}</p>
        <DeckAccuracy />
      </Section>

      <Section title={t('statsPage.hardest')}>
        <p className="help">{t('statsPage.hardestHelp')}</p>
        <HardCards known={known} />
      </Section>

      <Section title={t('statsPage.setAside')}>
        <SetAside known={known} />
      </Section>
    </Page>
  );
}
