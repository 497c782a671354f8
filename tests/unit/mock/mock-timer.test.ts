import { describe, expect, it } from 'vitest';
import { createTimer, readTimer, startTimer, stopTimer, tickTimer, timerText, type TimerAnnouncement, type TimerState } from '@/domain/mock-timer';

const S = 1000;

/** A fake clock: the timer is driven second by second and every announcement is collected with its time. */
function run(state: TimerState, from: number, to: number, step = S): { state: TimerState; said: [number, TimerAnnouncement][] } {
  const said: [number, TimerAnnouncement][] = [];
  let current = state;
  for (let now = from; now <= to; now += step) {
    const { state: next, announce } = tickTimer(current, now);
    current = next;
    if (announce) said.push([now - from, announce]);
  }
  return { state: current, said };
}

describe('the answer timer (fake clock)', () => {
  const t0 = 1_764_400_000_000;

  it('waits for Start, counts down to the 2-minute target, then counts the time over', () => {
    const ready = createTimer({ targetMs: 120 * S, limitMs: 180 * S });
    expect(readTimer(ready, t0 + 50 * S)).toMatchObject({ phase: 'ready', elapsedMs: 0, remainingMs: 120 * S, stage: 'early' });
    expect(timerText(readTimer(ready, t0))).toBe('2:00');
    const running = startTimer(ready, t0);
    expect(timerText(readTimer(running, t0 + 400))).toBe('2:00');
    expect(timerText(readTimer(running, t0 + 1 * S))).toBe('1:59');
    expect(timerText(readTimer(running, t0 + 95 * S))).toBe('0:25');
    expect(readTimer(running, t0 + 95 * S).stage).toBe('warning');
    expect(timerText(readTimer(running, t0 + 120 * S))).toBe('0:00');
    expect(readTimer(running, t0 + 120 * S).stage).toBe('over');
    expect(timerText(readTimer(running, t0 + 135 * S))).toBe('+0:15');
    // Past the limit it keeps counting: running over is shown, not cut off.
    expect(readTimer(running, t0 + 200 * S)).toMatchObject({ phase: 'running', elapsedMs: 200 * S, overMs: 80 * S, stage: 'over-limit' });
    expect(timerText(readTimer(running, t0 + 200 * S))).toBe('+1:20');
  });

  it('announces 30 s before the target, at the target and at the limit, once each, not every second', () => {
    const running = startTimer(createTimer({ targetMs: 120 * S, limitMs: 180 * S }), t0);
    const { said } = run(running, t0, t0 + 240 * S);
    expect(said).toEqual([
      [90 * S, 'warning'],
      [120 * S, 'target'],
      [180 * S, 'limit'],
    ]);
  });

  it('after a long sleep of the tab, says only where the time is now', () => {
    const running = startTimer(createTimer({ targetMs: 120 * S, limitMs: 180 * S }), t0);
    const first = tickTimer(running, t0 + 10 * S);
    expect(first.announce).toBeNull();
    const woke = tickTimer(first.state, t0 + 150 * S);
    expect(woke.announce).toBe('target');
    expect(tickTimer(woke.state, t0 + 151 * S).announce).toBeNull();
  });

  it('a follow-up of 60 s with a 90 s limit: warning at 30 s, target at 60 s, limit at 90 s', () => {
    const running = startTimer(createTimer({ targetMs: 60 * S, limitMs: 90 * S }), t0);
    expect(run(running, t0, t0 + 100 * S).said).toEqual([
      [30 * S, 'warning'],
      [60 * S, 'target'],
      [90 * S, 'limit'],
    ]);
  });

  it('Stop freezes the time used and silences it; Start and Stop only act once', () => {
    const running = startTimer(createTimer({ targetMs: 120 * S, limitMs: 180 * S }), t0);
    const stopped = stopTimer(running, t0 + 83_400);
    expect(readTimer(stopped, t0 + 500 * S)).toMatchObject({ phase: 'stopped', elapsedMs: 83_400, remainingMs: 36_600 });
    expect(tickTimer(stopped, t0 + 500 * S).announce).toBeNull();
    expect(startTimer(stopped, t0 + 600 * S)).toBe(stopped);
    expect(stopTimer(stopped, t0 + 700 * S)).toBe(stopped);
    const ready = createTimer({ targetMs: 60 * S, limitMs: 90 * S });
    expect(stopTimer(ready, t0)).toBe(ready);
    expect(tickTimer(ready, t0 + 100 * S).announce).toBeNull();
  });

  it('refuses a limit under the target', () => {
    expect(() => createTimer({ targetMs: 120 * S, limitMs: 60 * S })).toThrow(/limitMs/);
    expect(() => createTimer({ targetMs: 0, limitMs: 60 * S })).toThrow(/targetMs/);
  });

  it('has no warning when the target is 30 s or less, and no limit point when limit equals target', () => {
    const running = startTimer(createTimer({ targetMs: 30 * S, limitMs: 30 * S }), t0);
    expect(run(running, t0, t0 + 60 * S).said).toEqual([[30 * S, 'target']]);
  });
});
