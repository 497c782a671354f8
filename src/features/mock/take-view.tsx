import { useTranslation } from 'react-i18next';
import type { MockFigures } from '@/domain/mock';
import { clockText } from '@/domain/mock-timer';
import { FiguresView } from './figures-view';

function extension(mimeType: string): string {
  if (mimeType.includes('ogg')) return 'ogg';
  if (mimeType.includes('mp4') || mimeType.includes('aac')) return 'm4a';
  return 'webm';
}

/** A file name for a downloaded take: `mock-2026-11-29-q1-answer.webm`. */
export function takeFileName(startedAt: number, question: number, followUp: number | null, mimeType: string): string {
  const day = new Date(startedAt);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return `mock-${date}-q${question}-${followUp === null ? 'answer' : `follow-up-${followUp}`}.${extension(mimeType)}`;
}

/**
 * One answered take: the time used, its recording (an `audio` element and a download link) and
 * its delivery figures, or where they stand.
 */
export function TakeView({
  title,
  ms,
  targetSeconds,
  url,
  mimeType,
  fileName,
  status,
  figures,
  followUp,
  inSummary = false,
}: {
  title: string;
  ms: number;
  targetSeconds: number;
  url: string | undefined;
  mimeType: string;
  fileName: string;
  status: 'analysing' | 'done' | 'failed' | 'none';
  figures: MockFigures | null;
  /** The follow-up's number, for the labels of its recording; null for the answer. */
  followUp: number | null;
  /** In a summary the time used is shown beside the question already. */
  inSummary?: boolean;
}) {
  const { t } = useTranslation('mock');
  const audioLabel = followUp === null ? t('record.answer') : t('record.followUp', { n: followUp });
  return (
    <div className="take">
      <p className="take-title">
        <strong>{title}</strong>{' '}
        <span className="meta">
          {t('run.timeUsed')}: {clockText(ms)}
        </span>
      </p>
      {url !== undefined && (
        <div className="take-audio">
          <audio controls preload="metadata" src={url} aria-label={audioLabel} />
          <a className="button ghost small" href={url} download={fileName} type={mimeType}>
            {followUp === null ? t('record.download') : t('record.downloadFollowUp', { n: followUp })}
          </a>
        </div>
      )}
      {status === 'analysing' && <p className="meta">{t('record.analysing')}</p>}
      {status === 'failed' && <p className="meta">{t('record.analysisFailed')}</p>}
      {figures !== null && <FiguresView figures={figures} ms={ms} targetSeconds={targetSeconds} showLength={!inSummary} />}
    </div>
  );
}
