import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { aboutDuration, type Hint } from '@/domain/star-hints';

function HintText({ hint }: { hint: Hint }) {
  const { t } = useTranslation('hints');
  const { t: tc } = useTranslation();
  switch (hint.kind) {
    case 'empty':
      return <>{t('empty', { section: tc(`star.${hint.section}`) })}</>;
    case 'noNumber':
      return <>{t(`noNumber.${hint.where}`)}</>;
    case 'we':
      return <>{t('we', { we: hint.we, i: hint.i })}</>;
    case 'actionShare':
      return <>{t(hint.low ? 'actionShareLow' : 'actionShare', { percent: Math.round(hint.share * 100) })}</>;
    case 'time': {
      const { minutes: m, seconds: s } = aboutDuration(hint.seconds);
      const time = m === 0 ? t('duration.sec', { s }) : s === 0 ? t('duration.min', { m }) : t('duration.minSec', { m, s });
      return (
        <>
          <strong className="spoken-time">{t('time', { time })}</strong> <span>{t(`level.${hint.level}`)}</span>
        </>
      );
    }
  }
}

const warns = (hint: Hint): boolean =>
  hint.kind === 'noNumber' ||
  hint.kind === 'we' ||
  (hint.kind === 'actionShare' && hint.low) ||
  (hint.kind === 'time' && (hint.level === 'over' || hint.level === 'limit'));

/**
 * The hints for what is being written, in a region labelled `Hints`. Never blocking: the text is
 * saved whatever they say. Not a live region, so typing is not interrupted by announcements.
 */
export function StarHints({ hints }: { hints: readonly Hint[] }) {
  const { t } = useTranslation('hints');
  const id = useId();
  return (
    <section aria-labelledby={id} className="hints">
      <h2 id={id}>{t('title')}</h2>
      <p className="help">{t('lead')}</p>
      {hints.length > 0 && (
        <ul className="hint-list">
          {hints.map((hint, i) => (
            <li key={`${hint.kind}-${i}`} className={warns(hint) ? 'hint warn' : 'hint'}>
              <HintText hint={hint} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
