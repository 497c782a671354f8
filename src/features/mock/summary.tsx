import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '@/components/use-lang';
import { sessionTally, type MockItem, type MockSession, type MockTake } from '@/domain/mock';
import { clockText } from '@/domain/mock-timer';
import { GRADE_NAMES } from '@/domain/review';
import { formatDate } from '@/lib/dates';
import { AboutFigures, LengthText } from './figures-view';
import { TakeView, takeFileName } from './take-view';

/** Where a recorded take can be played from, if it still exists. */
export type RecordingUrl = (recordingId: string) => { url: string; mimeType: string } | undefined;

function Recorded({
  take,
  title,
  session,
  question,
  followUp,
  targetSeconds,
  urlFor,
}: {
  take: MockTake;
  title: string;
  session: MockSession;
  question: number;
  followUp: number | null;
  targetSeconds: number;
  urlFor: RecordingUrl;
}) {
  const { t } = useTranslation('mock');
  if (take.recording === null) return null;
  const media = urlFor(take.recording);
  if (media === undefined && take.figures === null) return <p className="meta">{t('record.gone')}</p>;
  return (
    <TakeView
      title={title}
      ms={take.ms}
      targetSeconds={targetSeconds}
      url={media?.url}
      mimeType={media?.mimeType ?? ''}
      fileName={takeFileName(session.startedAt, question, followUp, media?.mimeType ?? '')}
      status={take.figures === null ? 'none' : 'done'}
      figures={take.figures}
      followUp={followUp}
      inSummary
    />
  );
}

function ItemSummary({
  item,
  n,
  session,
  urlFor,
  onRepeat,
}: {
  item: MockItem;
  n: number;
  session: MockSession;
  urlFor: RecordingUrl;
  onRepeat: ((card: string) => void) | undefined;
}) {
  const { t } = useTranslation('mock');
  const id = useId();
  return (
    <li className="card summary-item">
      <h3 id={`${id}-title`}>{t('summary.question', { n })}</h3>
      <p className="summary-prompt">{item.prompt}</p>
      <dl className="summary-facts">
        <div>
          <dt>{t('summary.timeUsed')}</dt>
          <dd>{item.answer === null ? t('summary.notAnswered') : <LengthText ms={item.answer.ms} targetSeconds={session.targetSeconds} />}</dd>
        </div>
        <div>
          <dt>{t('summary.followUps')}</dt>
          <dd>
            {item.followUps.length}
            {item.followUps.length > 0 && (
              <ol className="summary-follow-ups">
                {item.followUps.map((f, i) => (
                  <li key={`${i}:${f.text}`}>
                    {f.text} <span className="meta">({clockText(f.ms)})</span>
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('summary.peeked')}</dt>
          <dd>{item.peeked ? t('summary.peekedYes') : t('summary.peekedNo')}</dd>
        </div>
        <div>
          <dt>{t('summary.grade')}</dt>
          <dd>{item.grade === null ? t('summary.notGraded') : t(`grades.${GRADE_NAMES[item.grade]}`)}</dd>
        </div>
      </dl>
      {item.answer !== null && (
        <Recorded
          take={item.answer}
          title={t('record.answer')}
          session={session}
          question={n}
          followUp={null}
          targetSeconds={session.targetSeconds}
          urlFor={urlFor}
        />
      )}
      {item.followUps.map((f, i) => (
        <Recorded
          key={`${i}:${f.text}`}
          take={f}
          title={t('record.followUp', { n: i + 1 })}
          session={session}
          question={n}
          followUp={i + 1}
          targetSeconds={session.followUpSeconds}
          urlFor={urlFor}
        />
      ))}
      {onRepeat !== undefined && (
        <p>
          <button type="button" className="button ghost" aria-describedby={`${id}-title`} onClick={() => onRepeat(item.card)}>
            {t('summary.again')}
          </button>
        </p>
      )}
    </li>
  );
}

/** A mock's summary: each question with time used, follow-ups answered, peeks, grade and figures. */
export function SessionSummary({
  session,
  urlFor,
  headingRef,
  onRepeat,
  actions,
}: {
  session: MockSession;
  urlFor: RecordingUrl;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  onRepeat?: (card: string) => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('mock');
  const lang = useLang();
  const id = useId();
  const tally = sessionTally(session);
  const complete = session.finishedAt !== null && tally.asked >= tally.planned;
  const anyFigures = session.items.some((i) => i.answer?.figures || i.followUps.some((f) => f.figures));
  return (
    <section className="mock-summary" aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {complete ? t('summary.done') : t('summary.stoppedEarly', { asked: tally.asked, planned: tally.planned })}
      </h2>
      <p className="meta">
        {t('summary.when', { when: formatDate(session.startedAt, lang, { time: true }) })}
        {session.practice && <> · {t('summary.practice')}</>}
      </p>
      <ol className="summary-list">
        {session.items.map((item, i) => (
          <ItemSummary key={`${i}:${item.card}`} item={item} n={i + 1} session={session} urlFor={urlFor} onRepeat={onRepeat} />
        ))}
      </ol>
      {anyFigures && <AboutFigures />}
      <div className="row summary-actions">
        {actions}
        <Link to="/stats">{t('summary.stats')}</Link>
      </div>
    </section>
  );
}
