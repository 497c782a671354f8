import { useCallback, useEffect, useRef, useState } from 'react';
import { openMicrophone, RecorderError, type Microphone, type Recording, type RecorderEnvironment, type Take } from './recorder';

export type RecorderStatus =
  /** Not recording (the microphone may be open between takes). */
  | 'idle'
  /** Asking for the microphone. */
  | 'starting'
  | 'recording'
  /** Recording is impossible here; `error` says why. The mock goes on without it. */
  | 'unavailable';

export interface RecorderControls {
  readonly status: RecorderStatus;
  readonly error: RecorderError | null;
  /** Starts a take, opening the microphone on first use; false when recording is impossible. */
  start(): Promise<boolean>;
  /** Ends the take; null when nothing was recording. */
  stop(): Promise<Recording | null>;
  /** Releases the microphone (the browser's indicator goes off); the next start asks again. */
  release(): void;
}

/**
 * Recording for a view: one microphone kept open across the takes of a session, released on
 * `release()` or unmount. Errors land in `error` instead of being thrown.
 */
export function useRecorder(options: { env?: RecorderEnvironment } = {}): RecorderControls {
  const [status, setStatus] = useState<RecorderStatus>('idle');
  const [error, setError] = useState<RecorderError | null>(null);
  const mic = useRef<Microphone | null>(null);
  const take = useRef<Take | null>(null);
  const mounted = useRef(true);
  const env = options.env;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      take.current?.cancel();
      take.current = null;
      mic.current?.close();
      mic.current = null;
    };
  }, []);

  const fail = useCallback((e: unknown) => {
    const recorderError = e instanceof RecorderError ? e : new RecorderError('recording-failed', 'The recording failed.', { cause: e });
    if (!mounted.current) return;
    setError(recorderError);
    setStatus('unavailable');
  }, []);

  const start = useCallback(async (): Promise<boolean> => {
    if (take.current) return true;
    setStatus('starting');
    try {
      if (!mic.current || mic.current.closed) {
        mic.current = await openMicrophone({
          ...(env ? { env } : {}),
          onInterrupted: () => fail(new RecorderError('no-microphone', 'The microphone was disconnected.')),
        });
      }
      if (!mounted.current) {
        mic.current.close();
        return false;
      }
      take.current = mic.current.startTake();
      setError(null);
      setStatus('recording');
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  }, [env, fail]);

  const stop = useCallback(async (): Promise<Recording | null> => {
    const current = take.current;
    if (!current) return null;
    take.current = null;
    try {
      const recording = await current.stop();
      if (mounted.current) setStatus('idle');
      return recording;
    } catch (e) {
      fail(e);
      return null;
    }
  }, [fail]);

  const release = useCallback(() => {
    take.current?.cancel();
    take.current = null;
    mic.current?.close();
    mic.current = null;
    setStatus((s) => (s === 'unavailable' ? s : 'idle'));
  }, []);

  return { status, error, start, stop, release };
}
