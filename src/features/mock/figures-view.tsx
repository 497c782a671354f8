import { useTranslation } from 'react-i18next';
import { useLang } from '@/components/use-lang';
import type { MockFigures } from '@/domain/mock';
import { clockText } from '@/domain/mock-timer';
import { COMFORTABLE_SPEAKING_RATE } from '@/domain/speech-analysis';

const oneDecimal = (n: number, lang: string): string =>
  n.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** The answer's length against its target, as words. */
export function LengthText({ ms, targetSeconds }: { ms: number; targetSeconds: number }) {
  const { t } = useTranslation('mock');
  const target = clockText(targetSeconds * 1000);
  const time = clockText(ms);
  // Whole seconds, as the clock shows them, so the two figures add up.
  const diff = Math.floor(ms / 1000) - targetSeconds;
  if (diff === 0) return <>{t('figures.lengthOn', { time, target })}</>;
  return <>{t(diff < 0 ? 'figures.lengthUnder' : 'figures.lengthOver', { time, target, diff: clockText(Math.abs(diff) * 1000) })}</>;
}

/**
 * Delivery figures of one take, as observations: talk and silent time, long pauses, the speaking
 * rate against the range listeners follow comfortably, and the length against the target.
 */
export function FiguresView({
  figures,
  ms,
  targetSeconds,
  showLength = true,
}: {
  figures: MockFigures;
  ms: number;
  targetSeconds: number;
  /** The length against the target (a summary shows it beside the question instead). */
  showLength?: boolean;
}) {
  const { t } = useTranslation('mock');
  const lang = useLang();
  const { min, max } = COMFORTABLE_SPEAKING_RATE;
  const rate = figures.speakingRate;
  const comparison = rate === null ? null : rate < min ? 'slower' : rate > max ? 'faster' : 'within';
  return (
    <dl className="figures">
      <div>
        <dt>{t('figures.talkTime')}</dt>
        <dd>{t('figures.talkValue', { talk: clockText(figures.talkTime * 1000), silent: clockText(figures.silentTime * 1000) })}</dd>
      </div>
      <div>
        <dt>{t('figures.pauses')}</dt>
        <dd>
          {figures.longPauses === 0
            ? t('figures.pausesNone')
            : t('figures.pausesValue', { count: figures.longPauses, longest: oneDecimal(figures.longestPause, lang) })}
        </dd>
      </div>
      <div>
        <dt>{t('figures.speakingRate')}</dt>
        <dd>
          {rate === null ? (
            t('figures.rateNone')
          ) : (
            <>
              {t('figures.rateValue', { rate: oneDecimal(rate, lang) })}
              {comparison !== null && (
                <span className="rate-range">: {t(`figures.rate.${comparison}`, { min: oneDecimal(min, lang), max: oneDecimal(max, lang) })}</span>
              )}
            </>
          )}
        </dd>
      </div>
      {showLength && (
        <div>
          <dt>{t('figures.length')}</dt>
          <dd>
            <LengthText ms={ms} targetSeconds={targetSeconds} />
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Where the figures come from and what the comfortable range is based on. */
export function AboutFigures() {
  const { t } = useTranslation('mock');
  return (
    <details className="about-figures">
      <summary>{t('figures.about')}</summary>
      <p>{t('figures.aboutText')}</p>
    </details>
  );
}
