/**
 * The countdown of one spoken answer, as a pure state machine: `now` is a parameter of every step,
 * so a test drives it with a fake clock and the view with `Date.now()`.
 *
 *   ready --start--> running --stop--> stopped
 *
 * The clock counts down to the target (2 minutes for an answer), then counts up past it: running
 * over is shown, never cut off. Screen readers hear about it at a few points only (30 seconds
 * before the target, the target, the limit), never every second: `tickTimer` returns the points
 * newly passed, each once.
 */

export interface TimerSpec {
  /** The length to aim for (ms): 2 minutes for an answer, 1 minute for a follow-up by default. */
  readonly targetMs: number;
  /** The length not to pass (ms): 3 minutes for an answer. At least the target. */
  readonly limitMs: number;
  /** How long before the target the warning comes (ms); default 30 s. */
  readonly warningMs?: number;
}

export type TimerPhase = 'ready' | 'running' | 'stopped';

/** The moments announced to screen readers, in the order they come. */
export type TimerAnnouncement = 'warning' | 'target' | 'limit';

export interface TimerState {
  readonly spec: Required<TimerSpec>;
  readonly phase: TimerPhase;
  /** When `start` was called (ms), null before. */
  readonly startedAt: number | null;
  /** When `stop` was called (ms), null before. */
  readonly stoppedAt: number | null;
  /** How many of the announcement points have been passed (and announced or skipped). */
  readonly passed: number;
}

export const DEFAULT_WARNING_MS = 30_000;

/** Where the time is: before the warning, in the last 30 s, past the target, past the limit. */
export type TimerStage = 'early' | 'warning' | 'over' | 'over-limit';

export interface TimerReading {
  readonly phase: TimerPhase;
  /** Time used so far (ms); frozen once stopped. */
  readonly elapsedMs: number;
  /** Time left to the target (ms), 0 once past it. */
  readonly remainingMs: number;
  /** Time past the target (ms), 0 before it. */
  readonly overMs: number;
  readonly stage: TimerStage;
}

/** A timer ready to start. Throws on a spec that makes no sense (non-positive, limit under target). */
export function createTimer(spec: TimerSpec): TimerState {
  const warningMs = spec.warningMs ?? DEFAULT_WARNING_MS;
  if (!(spec.targetMs > 0) || !Number.isFinite(spec.targetMs)) throw new RangeError(`targetMs must be a positive number, got ${spec.targetMs}`);
  if (!(spec.limitMs >= spec.targetMs) || !Number.isFinite(spec.limitMs)) throw new RangeError(`limitMs must be at least targetMs, got ${spec.limitMs}`);
  if (!(warningMs >= 0)) throw new RangeError(`warningMs must not be negative, got ${warningMs}`);
  return { spec: { targetMs: spec.targetMs, limitMs: spec.limitMs, warningMs }, phase: 'ready', startedAt: null, stoppedAt: null, passed: 0 };
}

/** The announcement points of a spec, in time order (ms from the start). */
export function announcementPoints(spec: Required<TimerSpec>): { readonly at: number; readonly kind: TimerAnnouncement }[] {
  const points: { at: number; kind: TimerAnnouncement }[] = [];
  // No warning when the target itself is no longer than the warning: it would come at the start.
  if (spec.warningMs > 0 && spec.targetMs > spec.warningMs) points.push({ at: spec.targetMs - spec.warningMs, kind: 'warning' });
  points.push({ at: spec.targetMs, kind: 'target' });
  if (spec.limitMs > spec.targetMs) points.push({ at: spec.limitMs, kind: 'limit' });
  return points;
}

export function startTimer(state: TimerState, now: number): TimerState {
  if (state.phase !== 'ready') return state;
  return { ...state, phase: 'running', startedAt: now };
}

export function stopTimer(state: TimerState, now: number): TimerState {
  if (state.phase !== 'running') return state;
  return { ...state, phase: 'stopped', stoppedAt: Math.max(now, state.startedAt ?? now) };
}

function elapsed(state: TimerState, now: number): number {
  if (state.startedAt === null) return 0;
  const end = state.phase === 'stopped' && state.stoppedAt !== null ? state.stoppedAt : now;
  return Math.max(0, end - state.startedAt);
}

/**
 * Moves the timer to `now`: returns the new state and what to announce. Points passed since the
 * last tick are announced once; when several were passed at once (the tab slept), only the latest
 * is said, since the earlier ones are no longer true. A timer that is not running announces nothing.
 */
export function tickTimer(state: TimerState, now: number): { readonly state: TimerState; readonly announce: TimerAnnouncement | null } {
  if (state.phase !== 'running') return { state, announce: null };
  const points = announcementPoints(state.spec);
  const time = elapsed(state, now);
  let passed = state.passed;
  while (passed < points.length && (points[passed]?.at ?? Number.POSITIVE_INFINITY) <= time) passed += 1;
  if (passed === state.passed) return { state, announce: null };
  return { state: { ...state, passed }, announce: points[passed - 1]?.kind ?? null };
}

/** What the timer shows at `now`. */
export function readTimer(state: TimerState, now: number): TimerReading {
  const time = elapsed(state, now);
  const { targetMs, limitMs, warningMs } = state.spec;
  const stage: TimerStage = time > limitMs ? 'over-limit' : time >= targetMs ? 'over' : time >= targetMs - warningMs && time > 0 ? 'warning' : 'early';
  return { phase: state.phase, elapsedMs: time, remainingMs: Math.max(0, targetMs - time), overMs: Math.max(0, time - targetMs), stage };
}

/** `m:ss` for a duration; `round` 'up' for a countdown (2:00 shows for the whole first second). */
export function clockText(ms: number, round: 'up' | 'down' = 'down'): string {
  const seconds = Math.max(0, round === 'up' ? Math.ceil(ms / 1000) : Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The clock face: the time left to the target, then `+m:ss` past it. */
export function timerText(reading: TimerReading): string {
  return reading.overMs > 0 ? `+${clockText(reading.overMs)}` : clockText(reading.remainingMs, 'up');
}
