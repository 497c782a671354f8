/**
 * The delivery-figure analysis in a Web Worker, so a long recording never blocks the page.
 * Loaded by `analyse-recording.ts` with `new Worker(new URL(...), { type: 'module' })`.
 * Protocol: one request in ({ samples, sampleRate, options }), one response out.
 */
import { analyseSpeech, type SpeechAnalysisOptions, type SpeechFigures } from '@/domain/speech-analysis';

export interface AnalysisRequest {
  readonly samples: Float32Array;
  readonly sampleRate: number;
  readonly options?: Partial<SpeechAnalysisOptions>;
}

export type AnalysisResponse = { readonly ok: true; readonly figures: SpeechFigures } | { readonly ok: false; readonly name: string; readonly message: string };

/** Runs one request; an error becomes a response (an Error does not cross postMessage intact). */
export function handleAnalysisRequest(request: AnalysisRequest): AnalysisResponse {
  try {
    return { ok: true, figures: analyseSpeech(request.samples, request.sampleRate, request.options ?? {}) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, name: e.name, message: e.message };
  }
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
}

// Only inside a worker: importing this module elsewhere (tests) must not touch the page.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  const scope = globalThis as unknown as WorkerScope;
  scope.onmessage = (event) => scope.postMessage(handleAnalysisRequest(event.data));
}
