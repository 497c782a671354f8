// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { analyseSpeech, SpeechAnalysisInputError } from '@/domain/speech-analysis';
import { analyseRecording, analyseSamples, decodeRecording, RecordingAnalysisError, runInSlices, type AnalysisWorker } from '@/lib/analyse-recording';
import { handleAnalysisRequest, type AnalysisRequest, type AnalysisResponse } from '@/lib/speech-analysis-worker';
import { toneBursts } from './speech-synthetic';

const bursts = toneBursts([
  { count: 10, gapAfter: 2.2 },
  { count: 8, gapAfter: 0.5 },
]);

/** Runs requests like the real worker does, one macrotask later. */
class StandInWorker implements AnalysisWorker {
  static created = 0;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly behaviour: 'answer' | 'fail' | 'hang' = 'answer') {
    StandInWorker.created++;
  }
  postMessage(message: AnalysisRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (this.behaviour === 'answer') this.onmessage?.(new MessageEvent('message', { data: handleAnalysisRequest(message) }));
      if (this.behaviour === 'fail') this.onerror?.(new ErrorEvent('error', { message: 'Failed to load worker script' }));
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('analysis in a worker', () => {
  it('answers with the same figures as the analysis itself and ends the worker', async () => {
    let worker: StandInWorker | undefined;
    const figures = await analyseSamples(bursts.samples, bursts.sampleRate, { createWorker: () => (worker = new StandInWorker()) });
    expect(figures).toEqual(analyseSpeech(bursts.samples, bursts.sampleRate));
    expect(figures.syllables).toBe(18);
    expect(worker?.terminated).toBe(true);
  });

  it('falls back to slices on the main thread when the worker cannot load', async () => {
    const figures = await analyseSamples(bursts.samples, bursts.sampleRate, { createWorker: () => new StandInWorker('fail') });
    expect(figures.syllables).toBe(18);
  });

  it('falls back when no worker can be made at all', async () => {
    const figures = await analyseSamples(bursts.samples, bursts.sampleRate, {
      createWorker: () => {
        throw new Error('Workers are disabled');
      },
    });
    expect(figures.longPauses).toBe(1);
  });

  it('reports bad settings with the same error on either path', async () => {
    const bad = { analysis: { targetSeconds: 0 } };
    await expect(analyseSamples(bursts.samples, bursts.sampleRate, { ...bad, createWorker: () => new StandInWorker() })).rejects.toThrow(
      SpeechAnalysisInputError,
    );
    await expect(analyseSamples(bursts.samples, bursts.sampleRate, { ...bad, worker: 'never' })).rejects.toThrow(SpeechAnalysisInputError);
    expect(handleAnalysisRequest({ samples: new Float32Array(4), sampleRate: -1 })).toMatchObject({ ok: false, name: 'SpeechAnalysisInputError' });
  });

  it('stops the worker when the caller cancels', async () => {
    const worker = new StandInWorker('hang');
    const controller = new AbortController();
    const pending = analyseSamples(bursts.samples, bursts.sampleRate, { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('passes its settings to the analysis', async () => {
    const figures = await analyseSamples(bursts.samples, bursts.sampleRate, { analysis: { targetSeconds: 60 }, createWorker: () => new StandInWorker() });
    expect(figures.target.seconds).toBe(60);
  });
});

describe('analysis on the main thread, in slices', () => {
  it('never works longer than the budget plus one step before yielding', async () => {
    // A clock that advances 3 ms per step of work.
    let clock = 0;
    function* steps(): Generator<void, string, void> {
      for (let i = 0; i < 40; i++) {
        clock += 3;
        yield;
      }
      return 'done';
    }
    const slices: number[] = [];
    const pause = vi.fn(() => Promise.resolve());
    await expect(runInSlices(steps(), { budgetMs: 10, now: () => clock, pause, onSlice: (ms) => slices.push(ms) })).resolves.toBe('done');
    expect(Math.max(...slices)).toBeLessThanOrEqual(12);
    expect(pause).toHaveBeenCalledTimes(slices.length - 1);
    expect(slices.length).toBeGreaterThanOrEqual(10);
  });

  it('gives the same figures as the analysis in one go, and can be cancelled', async () => {
    const figures = await analyseSamples(bursts.samples, bursts.sampleRate, { worker: 'never', slices: { budgetMs: 2 } });
    expect(figures).toEqual(analyseSpeech(bursts.samples, bursts.sampleRate));
    const controller = new AbortController();
    const pending = analyseSamples(bursts.samples, bursts.sampleRate, { worker: 'never', signal: controller.signal, slices: { budgetMs: 1 } });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('uses the slices when the page has no Worker (as here, in jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    const figures = await analyseSamples(bursts.samples, bursts.sampleRate);
    expect(figures.syllables).toBe(18);
  });
});

/** An OfflineAudioContext stand-in that "decodes" to the channels it was given. */
function contextReturning(channels: Float32Array[], sampleRate = 16000, fail = false) {
  const calls: number[] = [];
  class StandInContext {
    constructor(_channels: number, _length: number, rate: number) {
      calls.push(rate);
    }
    decodeAudioData(): Promise<AudioBuffer> {
      if (fail) return Promise.reject(new DOMException('Unable to decode audio data', 'EncodingError'));
      return Promise.resolve({
        numberOfChannels: channels.length,
        length: channels[0]!.length,
        sampleRate,
        getChannelData: (c: number) => channels[c]!,
      } as unknown as AudioBuffer);
    }
  }
  return { Context: StandInContext, calls };
}

describe('decoding a recording', () => {
  const blob = new Blob([new Uint8Array(16)], { type: 'audio/webm;codecs=opus' });

  it('decodes at 16 kHz and mixes stereo down to mono', async () => {
    const { Context, calls } = contextReturning([Float32Array.from([1, 0.5, 0]), Float32Array.from([0, 0.5, 1])]);
    const decoded = await decodeRecording(blob, { OfflineAudioContext: Context });
    expect(calls).toEqual([16000]);
    expect(Array.from(decoded.samples)).toEqual([0.5, 0.5, 0.5]);
    expect(decoded.sampleRate).toBe(16000);
  });

  it('says clearly when the recording cannot be decoded, or the browser has no Web Audio', async () => {
    const { Context } = contextReturning([], 16000, true);
    const failure = decodeRecording(blob, { OfflineAudioContext: Context });
    await expect(failure).rejects.toBeInstanceOf(RecordingAnalysisError);
    await expect(failure).rejects.toMatchObject({ kind: 'decode-failed' });
    expect(typeof OfflineAudioContext).toBe('undefined');
    await expect(decodeRecording(blob)).rejects.toMatchObject({ kind: 'no-audio-support' });
  });

  it('analyses a decoded recording end to end', async () => {
    const { Context } = contextReturning([bursts.samples], bursts.sampleRate);
    const figures = await analyseRecording(blob, { OfflineAudioContext: Context, createWorker: () => new StandInWorker() });
    expect(figures.syllables).toBe(18);
    expect(figures.longPauses).toBe(1);
  });
});
