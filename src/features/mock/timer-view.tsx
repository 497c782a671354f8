import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockText, readTimer, tickTimer, timerText, type TimerAnnouncement, type TimerState } from '@/domain/mock-timer';

/** How often the face is redrawn while running (ms): often enough that seconds never skip. */
const TICK_MS = 250;

/**
 * The countdown: a `timer` element with the time left to the target, then the time over it.
 * `role="timer"` is not a live region that speaks every second; the points worth saying (30 s
 * left, the target, the limit) go to `onAnnounce`, which a separate polite live region says.
 */
export function TimerView({
  timer,
  label,
  onPassed,
  now = Date.now,
}: {
  timer: TimerState;
  label: string;
  /** A point was passed: the timer's new state, and what to say. */
  onPassed: (state: TimerState, announce: TimerAnnouncement) => void;
  now?: () => number;
}) {
  const { t } = useTranslation('mock');
  const id = useId();
  const [at, setAt] = useState(now);
  const latest = useRef({ timer, onPassed });
  useEffect(() => {
    latest.current = { timer, onPassed };
  });

  useEffect(() => {
    if (timer.phase !== 'running') return;
    const tick = (): void => {
      const time = now();
      setAt(time);
      const { state, announce } = tickTimer(latest.current.timer, time);
      if (announce !== null) latest.current.onPassed(state, announce);
    };
    tick();
    const handle = setInterval(tick, TICK_MS);
    return () => clearInterval(handle);
  }, [timer.phase, timer.startedAt, now]);

  const reading = readTimer(timer, timer.phase === 'running' ? Math.max(at, timer.startedAt ?? at) : at);
  const target = clockText(timer.spec.targetMs);
  const limit = clockText(timer.spec.limitMs);
  return (
    <div className="mock-timer" data-stage={reading.stage} data-phase={reading.phase}>
      <p className="timer-label" id={`${id}-label`}>
        {label}
      </p>
      <p role="timer" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`} className="timer-face">
        {timerText(reading)}
      </p>
      <p className="meta" id={`${id}-help`}>
        {t('run.timerHelp', { target, limit })}
      </p>
      <progress className="timer-bar" aria-hidden="true" max={timer.spec.limitMs} value={Math.min(reading.elapsedMs, timer.spec.limitMs)} />
      {reading.stage === 'over' && <p className="timer-note">{t('run.over')}</p>}
      {reading.stage === 'over-limit' && <p className="timer-note strong">{t('run.overLimit')}</p>}
    </div>
  );
}
