/**
 * Recording spoken answers with MediaRecorder, on the device only.
 *
 *   const mic = await openMicrophone();        // asks for the microphone once
 *   const take = mic.startTake();              // one answer or follow-up
 *   const recording = await take.stop();       // { blob, mimeType, durationMs, startedAt }
 *   mic.close();                               // the browser's recording indicator goes off
 *
 * Every failure is a RecorderError with a `kind` the interface can turn into a clear message; the
 * mock interview goes on without recording whatever the kind.
 */

export type RecorderErrorKind =
  /** The browser cannot record here: no MediaRecorder, or no microphone API (a page not served over HTTPS). */
  | 'no-media-recorder'
  /** No microphone is connected (or none matches the constraints). */
  | 'no-microphone'
  /** The user, or the browser's settings, refused the microphone. */
  | 'permission-denied'
  /** The microphone exists but cannot be opened (another app holds it, a hardware error). */
  | 'microphone-busy'
  /** Recording started but failed, or was asked for at the wrong moment. */
  | 'recording-failed';

export class RecorderError extends Error {
  override readonly name = 'RecorderError';
  constructor(
    readonly kind: RecorderErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface MediaRecorderConstructor {
  new (stream: MediaStream, options?: MediaRecorderOptions): MediaRecorder;
  isTypeSupported(type: string): boolean;
}

/** What the recorder needs from the browser; tests pass stand-ins. */
export interface RecorderEnvironment {
  readonly mediaDevices?: Pick<MediaDevices, 'getUserMedia'>;
  readonly MediaRecorder?: MediaRecorderConstructor;
  readonly now?: () => number;
}

/** Opus in WebM (Chromium, Firefox), Opus in Ogg, then AAC in MP4 (Safari). */
export const PREFERRED_MIME_TYPES: readonly string[] = [
  'audio/webm;codecs=opus',
  'audio/ogg;codecs=opus',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/webm',
];

/** Speech needs little: 48 kbit/s Opus is about 360 KB a minute. */
export const AUDIO_BITS_PER_SECOND = 48_000;

function browserEnvironment(): RecorderEnvironment {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    mediaDevices: nav?.mediaDevices,
    MediaRecorder: typeof MediaRecorder === 'undefined' ? undefined : (MediaRecorder as MediaRecorderConstructor),
  };
}

/** The first preferred type the browser records, or '' to let it choose. */
export function chooseMimeType(Recorder: MediaRecorderConstructor): string {
  return PREFERRED_MIME_TYPES.find((type) => Recorder.isTypeSupported(type)) ?? '';
}

/** Whether this browser can record at all (it may still have no microphone or refuse it). */
export function canRecord(env: RecorderEnvironment = browserEnvironment()): boolean {
  return typeof env.MediaRecorder === 'function' && typeof env.mediaDevices?.getUserMedia === 'function';
}

/** Maps getUserMedia's DOMException names (Media Capture and Streams) to our kinds. */
export function microphoneErrorKind(error: unknown): RecorderErrorKind {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'permission-denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'no-microphone';
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return 'microphone-busy';
    default:
      return 'recording-failed';
  }
}

const MESSAGES: Record<RecorderErrorKind, string> = {
  'no-media-recorder': 'This browser cannot record audio on this page.',
  'no-microphone': 'No microphone was found.',
  'permission-denied': 'Permission to use the microphone was refused.',
  'microphone-busy': 'The microphone could not be opened; another app may be using it.',
  'recording-failed': 'The recording failed.',
};

/**
 * Chromium's MediaRecorder writes WebM without a duration, so an <audio> element shows an unknown
 * length (Infinity) and cannot seek until it has played to the end. fix-webm-duration writes the
 * measured length into the file's header; it returns the Blob unchanged when it cannot parse it.
 * Loaded only for WebM.
 */
async function withDuration(blob: Blob, durationMs: number): Promise<Blob> {
  if (blob.size === 0 || !/^(audio|video)\/webm/.test(blob.type)) return blob;
  try {
    const { default: fixWebmDuration } = await import('fix-webm-duration');
    return await fixWebmDuration(blob, durationMs, { logger: false });
  } catch {
    return blob;
  }
}

export interface Recording {
  readonly blob: Blob;
  readonly mimeType: string;
  /** From start to stop, by the clock (ms). */
  readonly durationMs: number;
  /** When the take started (epoch ms by default clock). */
  readonly startedAt: number;
}

export interface Take {
  readonly mimeType: string;
  readonly startedAt: number;
  /** Ends the take; resolves with the audio once the browser has handed over the last data. */
  stop(): Promise<Recording>;
  /** Ends the take and throws the audio away. */
  cancel(): void;
}

export interface Microphone {
  readonly stream: MediaStream;
  /** Starts recording; one take at a time. */
  startTake(): Take;
  /** True while a take is recording. */
  readonly recording: boolean;
  /** Stops any take (its audio is kept) and releases the microphone. */
  close(): void;
  readonly closed: boolean;
}

export interface OpenMicrophoneOptions {
  readonly env?: RecorderEnvironment;
  /** Audio constraints for getUserMedia; the browser's defaults (echo cancellation, noise suppression) otherwise. */
  readonly audio?: MediaTrackConstraints | true;
  /** Called if the microphone goes away while open (unplugged, revoked). */
  readonly onInterrupted?: () => void;
}

/** Asks for the microphone. Throws RecorderError when recording is impossible. */
export async function openMicrophone(options: OpenMicrophoneOptions = {}): Promise<Microphone> {
  const env = options.env ?? browserEnvironment();
  const Recorder = env.MediaRecorder;
  if (!Recorder || typeof env.mediaDevices?.getUserMedia !== 'function') {
    throw new RecorderError('no-media-recorder', MESSAGES['no-media-recorder']);
  }
  let stream: MediaStream;
  try {
    stream = await env.mediaDevices.getUserMedia({ audio: options.audio ?? true });
  } catch (error) {
    const kind = microphoneErrorKind(error);
    throw new RecorderError(kind, MESSAGES[kind], { cause: error });
  }
  const tracks = stream.getAudioTracks();
  if (tracks.length === 0) {
    stream.getTracks().forEach((t) => t.stop());
    throw new RecorderError('no-microphone', MESSAGES['no-microphone']);
  }
  const now = env.now ?? (() => Date.now());
  let closed = false;
  let active: { recorder: MediaRecorder } | undefined;
  for (const track of tracks) {
    track.addEventListener('ended', () => {
      if (!closed) options.onInterrupted?.();
    });
  }

  const startTake = (): Take => {
    if (closed) throw new RecorderError('recording-failed', 'The microphone has been closed.');
    if (active) throw new RecorderError('recording-failed', 'A take is already recording.');
    const chosen = chooseMimeType(Recorder);
    let recorder: MediaRecorder;
    try {
      recorder = new Recorder(stream, { ...(chosen ? { mimeType: chosen } : {}), audioBitsPerSecond: AUDIO_BITS_PER_SECOND });
    } catch (error) {
      throw new RecorderError('recording-failed', MESSAGES['recording-failed'], { cause: error });
    }
    const chunks: Blob[] = [];
    let discard = false;
    const startedAt = now();
    const current = { recorder };
    const result = new Promise<Recording>((resolve, reject) => {
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onstop = () => {
        if (active === current) active = undefined;
        const mimeType = recorder.mimeType || chosen || chunks[0]?.type || 'audio/webm';
        const durationMs = now() - startedAt;
        const blob = new Blob(discard ? [] : chunks, { type: mimeType });
        void withDuration(blob, durationMs).then((fixed) => resolve({ blob: fixed, mimeType, durationMs, startedAt }));
      };
      recorder.onerror = (event) => {
        if (active === current) active = undefined;
        reject(new RecorderError('recording-failed', MESSAGES['recording-failed'], { cause: (event as Event & { error?: unknown }).error ?? event }));
      };
    });
    // A failure nobody has asked about yet must not surface as an unhandled rejection.
    result.catch(() => undefined);
    try {
      // Data every second, so a crash loses at most the last second.
      recorder.start(1000);
    } catch (error) {
      throw new RecorderError('recording-failed', MESSAGES['recording-failed'], { cause: error });
    }
    active = current;
    const end = (): void => {
      if (recorder.state !== 'inactive') recorder.stop();
    };
    return {
      mimeType: recorder.mimeType || chosen,
      startedAt,
      stop: () => {
        end();
        return result;
      },
      cancel: () => {
        discard = true;
        end();
      },
    };
  };

  return {
    stream,
    startTake,
    get recording() {
      return active !== undefined;
    },
    get closed() {
      return closed;
    },
    close: () => {
      if (closed) return;
      if (active && active.recorder.state !== 'inactive') active.recorder.stop();
      closed = true;
      stream.getTracks().forEach((t) => t.stop());
    },
  };
}
