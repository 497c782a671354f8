/**
 * An optional transcript of a spoken answer, only where the browser recognises speech on the
 * device itself. The Web Speech API sends audio to a server unless `processLocally` is set, so this
 * module never starts recognition without it: it checks
 * `SpeechRecognition.available({ langs, processLocally: true })` first, asks for local processing
 * on the instance, and refuses when the browser does not keep that promise. It never installs a
 * language pack (that would download one). Off by default; the app is complete without it.
 */

export type OnDeviceAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

interface RecognitionResultLike {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: { readonly transcript: string };
}

export interface RecognitionResultEventLike {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: RecognitionResultLike };
}

/** The parts of SpeechRecognition this module uses. */
export interface RecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((event: RecognitionResultEventLike) => void) | null;
  onerror: ((event: { readonly error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export interface RecognitionConstructorLike {
  new (): RecognitionLike;
  readonly prototype: object;
  available?(options: { langs: string[]; processLocally: boolean }): Promise<OnDeviceAvailability>;
}

/** The browser's SpeechRecognition (prefixed in Chromium), if any. */
export function browserRecognition(): RecognitionConstructorLike | undefined {
  const g = globalThis as { SpeechRecognition?: RecognitionConstructorLike; webkitSpeechRecognition?: RecognitionConstructorLike };
  return g.SpeechRecognition ?? g.webkitSpeechRecognition;
}

/**
 * True only when speech in `lang` (BCP 47, e.g. "ko-KR", "en-US") can be recognised on this device
 * now, with nothing to download and nothing sent. False on any doubt.
 */
export async function canTranscribeOnDevice(lang: string, Recognition: RecognitionConstructorLike | undefined = browserRecognition()): Promise<boolean> {
  if (!Recognition || typeof Recognition.available !== 'function') return false;
  if (!('processLocally' in Recognition.prototype)) return false;
  try {
    return (await Recognition.available({ langs: [lang], processLocally: true })) === 'available';
  } catch {
    return false;
  }
}

export type TranscriptErrorKind = 'not-on-device' | 'not-allowed' | 'failed';

export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
  constructor(
    readonly kind: TranscriptErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface TranscriptSession {
  /** Stops listening; resolves with the final transcript. */
  stop(): Promise<string>;
  /** Stops at once and drops what was heard. */
  abort(): void;
}

export interface TranscriptOptions {
  readonly lang: string;
  /** Called as the transcript grows (final text followed by the words still being recognised). */
  readonly onText?: (text: string) => void;
  readonly Recognition?: RecognitionConstructorLike;
}

/** Starts an on-device transcript. Throws TranscriptError('not-on-device') wherever that is not possible. */
export async function startOnDeviceTranscript(options: TranscriptOptions): Promise<TranscriptSession> {
  const Recognition = options.Recognition ?? browserRecognition();
  if (!Recognition || !(await canTranscribeOnDevice(options.lang, Recognition))) {
    throw new TranscriptError('not-on-device', `Speech in ${options.lang} cannot be recognised on this device.`);
  }
  const recognition = new Recognition();
  recognition.processLocally = true;
  if (recognition.processLocally !== true) {
    throw new TranscriptError('not-on-device', 'This browser does not promise to keep recognition on the device.');
  }
  recognition.lang = options.lang;
  recognition.continuous = true;
  recognition.interimResults = true;

  const finals: string[] = [];
  let failure: TranscriptError | undefined;
  const ended = new Promise<string>((resolve, reject) => {
    recognition.onresult = (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]!;
        const text = result[0]?.transcript ?? '';
        if (result.isFinal) finals.push(text.trim());
        else interim += text;
      }
      options.onText?.([...finals, interim.trim()].filter(Boolean).join(' '));
    };
    recognition.onerror = (event) => {
      if (event.error === 'no-speech' || event.error === 'aborted') return;
      const kind: TranscriptErrorKind =
        event.error === 'not-allowed' || event.error === 'service-not-allowed'
          ? 'not-allowed'
          : event.error === 'language-not-supported'
            ? 'not-on-device'
            : 'failed';
      failure = new TranscriptError(kind, `Speech recognition stopped: ${event.error}.`);
    };
    recognition.onend = () => (failure ? reject(failure) : resolve(finals.filter(Boolean).join(' ')));
  });
  ended.catch(() => undefined);
  recognition.start();
  return {
    stop: () => {
      recognition.stop();
      return ended;
    },
    abort: () => {
      finals.length = 0;
      recognition.abort();
    },
  };
}
