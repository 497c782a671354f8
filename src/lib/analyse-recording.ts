/**
 * Delivery figures for a recorded answer, off the main thread:
 *
 *   const figures = await analyseRecording(blob);
 *
 * The recording is decoded by the browser (`decodeAudioData` on an OfflineAudioContext at 16 kHz,
 * which also resamples), mixed down to mono, and analysed in a Web Worker. Where a worker cannot
 * run, the same analysis runs on the main thread in slices of about 10 ms that yield to the event
 * loop between them, so no task comes near the 50 ms that makes a page feel stuck.
 * Nothing leaves the device.
 */
import { SpeechAnalysisInputError, speechAnalysisSteps, type SpeechAnalysisOptions, type SpeechFigures } from '@/domain/speech-analysis';
import type { AnalysisRequest, AnalysisResponse } from './speech-analysis-worker';

/** The rate recordings are decoded at: plenty for speech (content up to 8 kHz) and light to analyse. */
export const ANALYSIS_SAMPLE_RATE = 16000;

export type RecordingAnalysisErrorKind =
  /** The browser has no Web Audio (OfflineAudioContext). */
  | 'no-audio-support'
  /** The recording could not be decoded (empty, cut off, or a format the browser cannot read). */
  | 'decode-failed';

export class RecordingAnalysisError extends Error {
  override readonly name = 'RecordingAnalysisError';
  constructor(
    readonly kind: RecordingAnalysisErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface DecodedAudio {
  readonly samples: Float32Array;
  readonly sampleRate: number;
}

type OfflineContextConstructor = new (channels: number, length: number, sampleRate: number) => Pick<BaseAudioContext, 'decodeAudioData'>;

export interface DecodeOptions {
  readonly sampleRate?: number;
  /** Stand-in for tests; defaults to the browser's OfflineAudioContext. */
  readonly OfflineAudioContext?: OfflineContextConstructor;
}

/** Decodes a recording to mono samples at `sampleRate` (16 kHz by default). */
export async function decodeRecording(blob: Blob, options: DecodeOptions = {}): Promise<DecodedAudio> {
  const sampleRate = options.sampleRate ?? ANALYSIS_SAMPLE_RATE;
  const globals = globalThis as { OfflineAudioContext?: OfflineContextConstructor; webkitOfflineAudioContext?: OfflineContextConstructor };
  const Context = options.OfflineAudioContext ?? globals.OfflineAudioContext ?? globals.webkitOfflineAudioContext;
  if (!Context) throw new RecordingAnalysisError('no-audio-support', 'This browser cannot decode audio (no Web Audio API).');
  let buffer: AudioBuffer;
  try {
    // decodeAudioData resamples to the context's rate; the context itself never renders.
    buffer = await new Context(1, 1, sampleRate).decodeAudioData(await blob.arrayBuffer());
  } catch (error) {
    throw new RecordingAnalysisError('decode-failed', `The recording could not be decoded (${blob.type || 'unknown type'}, ${blob.size} bytes).`, {
      cause: error,
    });
  }
  if (buffer.numberOfChannels === 1) return { samples: buffer.getChannelData(0), sampleRate: buffer.sampleRate };
  const samples = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const channel = buffer.getChannelData(c);
    for (let i = 0; i < samples.length; i++) samples[i] = samples[i]! + channel[i]! / buffer.numberOfChannels;
  }
  return { samples, sampleRate: buffer.sampleRate };
}

/**
 * Lets the event loop run, in turn with the page's other tasks: a MessageChannel message (no 4 ms
 * clamp as with nested timeouts). Not `scheduler.yield()`: its continuation goes ahead of the page's
 * other tasks, so a countdown's timers would wait for the whole analysis.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The analysis was cancelled.', 'AbortError');
}

export interface SliceOptions {
  /** Work for about this long (ms) before yielding. Default 10. */
  readonly budgetMs?: number;
  readonly signal?: AbortSignal;
  /** Clock and yield, replaceable in tests. */
  readonly now?: () => number;
  readonly pause?: () => Promise<void>;
  /** Called with the length (ms) of each slice, for the bench. */
  readonly onSlice?: (ms: number) => void;
}

/**
 * Drives a step generator to the end in slices: steps until `budgetMs` has passed, then yields to
 * the event loop. One slice lasts the budget plus at most one step.
 */
export async function runInSlices<T>(steps: Generator<unknown, T, void>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? 10;
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? yieldToEventLoop;
  for (;;) {
    if (options.signal?.aborted) throw abortError(options.signal);
    const start = now();
    let next = steps.next();
    while (!next.done && now() - start < budget) next = steps.next();
    options.onSlice?.(now() - start);
    if (next.done) return next.value;
    await pause();
  }
}

/** A worker as far as this module uses one (a stand-in in tests). */
export interface AnalysisWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
}

export interface AnalyseOptions {
  /** Settings of the analysis (thresholds, target length...): see SpeechAnalysisOptions. */
  readonly analysis?: Partial<SpeechAnalysisOptions>;
  readonly signal?: AbortSignal;
  /** 'auto' (default): a worker where possible; 'never': main thread in slices. */
  readonly worker?: 'auto' | 'never';
  /** Makes the worker; replaceable in tests. Default: the module worker next to this file. */
  readonly createWorker?: () => AnalysisWorker;
  /** Slicing settings for the main-thread path. */
  readonly slices?: Omit<SliceOptions, 'signal'>;
}

function defaultWorker(): AnalysisWorker {
  return new Worker(new URL('./speech-analysis-worker.ts', import.meta.url), { type: 'module', name: 'speech-analysis' });
}

/** Thrown inside this module when the worker cannot do the job, so the slices take over. */
class WorkerUnavailable extends Error {}

function inWorker(request: AnalysisRequest, create: () => AnalysisWorker, signal: AbortSignal | undefined): Promise<SpeechFigures> {
  let worker: AnalysisWorker;
  try {
    worker = create();
  } catch (error) {
    return Promise.reject(new WorkerUnavailable('no worker', { cause: error }));
  }
  return new Promise<SpeechFigures>((resolve, reject) => {
    const finish = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event) => {
      finish();
      const response = event.data;
      if (response.ok) resolve(response.figures);
      else if (response.name === 'SpeechAnalysisInputError') reject(new SpeechAnalysisInputError(response.message));
      else reject(new Error(response.message));
    };
    worker.onerror = (event) => {
      // The worker script failed to load or crashed: the main thread takes over.
      event.preventDefault?.();
      finish();
      reject(new WorkerUnavailable('worker failed'));
    };
    // The samples are copied, not transferred: the caller keeps them, and the slices can still run
    // them if the worker fails.
    worker.postMessage(request);
  });
}

/** Analyses mono samples off the main thread (worker, or slices where no worker can run). */
export async function analyseSamples(samples: Float32Array, sampleRate: number, options: AnalyseOptions = {}): Promise<SpeechFigures> {
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const analysis = options.analysis ?? {};
  const canUseWorker = options.worker !== 'never' && (options.createWorker !== undefined || typeof Worker !== 'undefined');
  if (canUseWorker) {
    try {
      return await inWorker({ samples, sampleRate, options: analysis }, options.createWorker ?? defaultWorker, signal);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  return runInSlices(speechAnalysisSteps(samples, sampleRate, analysis), { ...options.slices, signal });
}

/** Decodes a recording and computes its delivery figures, off the main thread. */
export async function analyseRecording(blob: Blob, options: AnalyseOptions & DecodeOptions = {}): Promise<SpeechFigures> {
  const decoded = await decodeRecording(blob, options);
  if (options.signal?.aborted) throw abortError(options.signal);
  return analyseSamples(decoded.samples, decoded.sampleRate, options);
}
