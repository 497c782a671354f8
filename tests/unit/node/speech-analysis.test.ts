// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  analyseSpeech,
  COMFORTABLE_SPEAKING_RATE,
  DEFAULT_SPEECH_ANALYSIS_OPTIONS,
  SpeechAnalysisInputError,
  speechAnalysisSteps,
  type SpeechFigures,
} from '../../../src/domain/speech-analysis.ts';
import { toneBursts, type BurstGroup } from '../speech-synthetic.ts';

/** Groups of bursts with two pauses over 2 s (2.5 s and 3 s) and one short one (0.8 s). */
const GROUPS: BurstGroup[] = [
  { count: 12, gapAfter: 2.5 },
  { count: 8, gapAfter: 0.8 },
  { count: 10, gapAfter: 3 },
  { count: 6, gapAfter: 0.5 },
];

const within = (actual: number | null, expected: number, tolerance: number): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected) / expected, `${actual} against ${expected}`).toBeLessThanOrEqual(tolerance);
};

const pauseLengths = (f: SpeechFigures): number[] => f.pauses.map((p) => p.end - p.start);

// Each analysis takes well under a second; the timeout leaves room for a machine shared with other work.
describe('delivery figures on synthetic syllables (tone bursts with known rate and gaps)', { timeout: 30_000 }, () => {
  it.each([
    { rate: 3, burstSeconds: 0.18 },
    { rate: 4, burstSeconds: 0.16 },
    { rate: 6, burstSeconds: 0.11 },
  ])('finds the syllable rate, talk time and pauses within 10% at $rate bursts a second, in noise', ({ rate, burstSeconds }) => {
    // Noise 30 dB under the bursts' peak, everywhere, silences included.
    const { samples, sampleRate, truth } = toneBursts(GROUPS, { rate, burstSeconds, noiseRms: 0.5 / 31.6 });
    const f = analyseSpeech(samples, sampleRate);

    within(f.syllables, truth.syllables, 0.1);
    within(f.articulationRate, truth.articulationRate, 0.1);
    within(f.talkTime, truth.talkTime, 0.1);
    within(f.silentTime, truth.duration - truth.talkTime, 0.1);
    expect(f.pauses).toHaveLength(truth.pauses.length);
    pauseLengths(f).forEach((length, i) => within(length, truth.pauses[i]!, 0.1));
    expect(f.longPauses).toBe(2);
    within(f.longestPause, 3, 0.1);
    within(f.duration, truth.duration, 0.001);
  });

  it('holds with the noise only 15 dB under the bursts', () => {
    const { samples, sampleRate, truth } = toneBursts(GROUPS, { noiseRms: 0.09 });
    const f = analyseSpeech(samples, sampleRate);
    within(f.syllables, truth.syllables, 0.1);
    within(f.articulationRate, truth.articulationRate, 0.1);
    expect(f.longPauses).toBe(2);
    within(f.longestPause, 3, 0.1);
  });

  it('is the same at 8, 16 and 48 kHz and for a low or high voice', () => {
    for (const options of [{ sampleRate: 8000 }, { sampleRate: 48000 }, { pitchHz: 90 }, { pitchHz: 320 }]) {
      const { samples, sampleRate, truth } = toneBursts(GROUPS, options);
      const f = analyseSpeech(samples, sampleRate);
      within(f.syllables, truth.syllables, 0.1);
      within(f.talkTime, truth.talkTime, 0.1);
      expect(f.longPauses).toBe(2);
    }
  });

  it('counts clipped bursts (a microphone driven too hard) the same way', () => {
    const { samples, sampleRate, truth } = toneBursts(GROUPS, { amplitude: 8, clip: true, noiseRms: 0.01 });
    expect(samples.reduce((max, x) => Math.max(max, x), 0)).toBe(1);
    const f = analyseSpeech(samples, sampleRate);
    within(f.syllables, truth.syllables, 0.1);
    within(f.talkTime, truth.talkTime, 0.1);
    expect(f.longPauses).toBe(2);
  });

  it('hears a quiet speaker (peaks at -40 dBFS) as speech', () => {
    const { samples, sampleRate, truth } = toneBursts(GROUPS, { amplitude: 0.01 });
    const f = analyseSpeech(samples, sampleRate);
    within(f.syllables, truth.syllables, 0.1);
    within(f.talkTime, truth.talkTime, 0.1);
  });
});

describe('edge cases', { timeout: 30_000 }, () => {
  it('reads digital silence as silence: no talk, no syllables, no rate', () => {
    const f = analyseSpeech(new Float32Array(16000 * 4), 16000);
    expect(f).toMatchObject({
      duration: 4,
      talkTime: 0,
      silentTime: 4,
      leadingSilence: 4,
      syllables: 0,
      speakingRate: null,
      articulationRate: null,
      rateComparison: null,
      pauses: [],
      longPauses: 0,
      longestPause: 0,
    });
  });

  it('does not take steady noise (a fan) for talk', () => {
    const { samples, sampleRate } = toneBursts([{ count: 0, gapAfter: 5 }], { noiseRms: 0.05 });
    const f = analyseSpeech(samples, sampleRate);
    expect(f.talkTime).toBe(0);
    expect(f.syllables).toBe(0);
  });

  it('finds one syllable in one burst, with no pause', () => {
    const { samples, sampleRate } = toneBursts([{ count: 1, gapAfter: 1 }], { leadIn: 0.5 });
    const f = analyseSpeech(samples, sampleRate);
    expect(f.syllables).toBe(1);
    expect(f.pauses).toEqual([]);
    within(f.talkTime, 0.16, 0.25);
    within(f.leadingSilence, 0.5, 0.1);
    expect(f.nuclei[0]).toBeGreaterThan(0.5);
    expect(f.nuclei[0]).toBeLessThan(0.66);
  });

  it('gives zero figures for an empty recording', () => {
    const f = analyseSpeech(new Float32Array(0), 16000);
    expect(f).toMatchObject({ duration: 0, talkTime: 0, silentTime: 0, syllables: 0, speakingRate: null });
  });

  it('treats samples that are not numbers as silence', () => {
    const clean = toneBursts(GROUPS);
    const broken = Float32Array.from(clean.samples);
    broken.fill(Number.NaN, 0, 4000);
    broken[broken.length - 1] = Number.POSITIVE_INFINITY;
    const f = analyseSpeech(broken, clean.sampleRate);
    expect(f.syllables).toBe(clean.truth.syllables);
    expect(Number.isFinite(f.talkTime)).toBe(true);
  });

  it('rejects a bad sample rate or option with a clear error', () => {
    expect(() => analyseSpeech(new Float32Array(10), 0)).toThrow(SpeechAnalysisInputError);
    expect(() => analyseSpeech(new Float32Array(10), Number.NaN)).toThrow(/sampleRate/);
    expect(() => analyseSpeech(new Float32Array(10), 16000, { targetSeconds: -1 })).toThrow(/targetSeconds must be a positive number/);
    expect(() => analyseSpeech(new Float32Array(10), 16000, { voicingMinPitchHz: 600 })).toThrow(/voicingMaxPitchHz/);
    expect(() => analyseSpeech(new Float32Array(10), 16000, { comfortableRate: { min: 5, max: 4 } })).toThrow(/comfortableRate/);
    expect(() => analyseSpeech([0, 1] as unknown as Float32Array, 16000)).toThrow(/Float32Array/);
  });
});

describe('rate, length and options', { timeout: 30_000 }, () => {
  it('compares the speaking rate with the comfortable range', () => {
    expect(COMFORTABLE_SPEAKING_RATE).toEqual({ min: 3.5, max: 4.5 });
    const rateOf = (rate: number, burstSeconds: number) => analyseSpeech(toneBursts([{ count: 16, gapAfter: 0.5 }], { rate, burstSeconds }).samples, 16000);
    expect(rateOf(3, 0.18).rateComparison).toBe('slower');
    expect(rateOf(4, 0.16).rateComparison).toBe('within');
    expect(rateOf(6, 0.11).rateComparison).toBe('faster');
    expect(rateOf(6, 0.11).comfortableRate).toEqual(COMFORTABLE_SPEAKING_RATE);
    expect(
      analyseSpeech(toneBursts([{ count: 16, gapAfter: 0.5 }], { rate: 6, burstSeconds: 0.11 }).samples, 16000, { comfortableRate: { min: 5, max: 7 } })
        .rateComparison,
    ).toBe('within');
  });

  it('counts pauses before and after the words as thinking time, not as pauses or a slower rate', () => {
    const { samples, sampleRate } = toneBursts([{ count: 12, gapAfter: 4 }], { leadIn: 5 });
    const f = analyseSpeech(samples, sampleRate);
    within(f.leadingSilence, 5, 0.05);
    within(f.trailingSilence, 4, 0.05);
    expect(f.pauses).toEqual([]);
    within(f.speakingRate, 12 / 2.91, 0.1);
  });

  it('sets the answer against the target length', () => {
    const { samples, sampleRate, truth } = toneBursts(GROUPS);
    const f = analyseSpeech(samples, sampleRate);
    expect(f.target.seconds).toBe(120);
    within(f.target.ratio, truth.duration / 120, 0.01);
    within(f.target.difference, truth.duration - 120, 0.01);
    const short = analyseSpeech(samples, sampleRate, { targetSeconds: 10 });
    expect(short.target.difference).toBeGreaterThan(5);
    expect(short.target.ratio).toBeGreaterThan(1.5);
  });

  it('uses the long-pause threshold it is given', () => {
    const { samples, sampleRate } = toneBursts(GROUPS);
    expect(analyseSpeech(samples, sampleRate, { longPauseSeconds: 0.5 }).longPauses).toBe(3);
    expect(analyseSpeech(samples, sampleRate, { longPauseSeconds: 2.8 }).longPauses).toBe(1);
    expect(DEFAULT_SPEECH_ANALYSIS_OPTIONS.longPauseSeconds).toBe(2);
  });

  it('runs in small steps that add up to the same figures', () => {
    const { samples, sampleRate } = toneBursts(GROUPS);
    const steps = speechAnalysisSteps(samples, sampleRate, { framesPerStep: 100 });
    let count = 0;
    let next = steps.next();
    while (!next.done) {
      count++;
      next = steps.next();
    }
    expect(count).toBeGreaterThan(10);
    expect(next.value).toEqual(analyseSpeech(samples, sampleRate));
  });
});
