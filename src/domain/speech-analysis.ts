/**
 * Delivery figures for a spoken answer, computed from the samples alone: talk time and silent time,
 * pauses, a speaking-rate estimate and the answer's length against its target. Pure TypeScript over
 * a Float32Array of mono samples; no DOM, no model, no network, so the same code runs in a Web
 * Worker, on the main thread in slices, and under Node in tests.
 *
 * The method follows de Jong, N. H. & Wempe, T. (2009). Praat script to detect syllable nuclei and
 * measure speech rate automatically. Behavior Research Methods, 41(2), 385-390.
 * doi:10.3758/BRM.41.2.385. In short:
 *  1. an intensity contour in dB, computed as Praat's "Sound: To Intensity" does (the squared signal
 *     smoothed by a window whose Hann-equivalent length is 3.2 / pitch floor; de Jong and Wempe use a
 *     50 Hz floor, so 64 ms);
 *  2. a threshold 25 dB under the 99th percentile of that contour (the percentile, not the maximum,
 *     so that one loud click does not set the level); frames above it are "sounding", and silences
 *     shorter than 0.3 s or sounding stretches shorter than 0.1 s are absorbed, as Praat's
 *     "To TextGrid (silences)" does with the script's settings;
 *  3. syllable nuclei: intensity peaks above the threshold that stand out by at least 2 dB from the
 *     dips on both sides;
 *  4. only voiced peaks are kept. The script asks Praat's pitch tracker; here a peak is voiced when
 *     the normalised autocorrelation of the band-limited signal (60-900 Hz) around it has a peak of at
 *     least 0.6 at a lag between 1/500 s and 1/75 s, the usual pitch range of speech. This is the
 *     classic autocorrelation voicing test (Rabiner, L. R. (1977). On the use of autocorrelation
 *     analysis for pitch detection. IEEE Transactions on Acoustics, Speech, and Signal Processing,
 *     25(1), 24-33); Praat's own tracker is an autocorrelation method too (Boersma, P. (1993).
 *     Accurate short-term analysis of the fundamental frequency and the harmonics-to-noise ratio of a
 *     sampled sound. Proceedings of the Institute of Phonetic Sciences 17, 97-110).
 *
 * Where this differs from the script, on purpose:
 *  - a peak must stand out from the dips on both sides (topographic prominence), where the script
 *    checks the dip after it only; a double-humped vowel then counts once;
 *  - a sounding stretch with no voiced nucleus at all (a cough, a fan, a chair) is not talk;
 *  - the rates are over the speaking span, from the first word to the last: a take starts and ends
 *    with button presses, and the silence before the first word is thinking time, reported on its
 *    own, not a slower rate;
 *  - frames quieter than an absolute floor (-60 dBFS by default) are never sounding, so a silent
 *    take reads as silent instead of as very quiet speech;
 *  - sound must also rise 6 dB above the background noise, estimated as the 5th percentile of the
 *    contour. A laptop microphone in a room is often less than 25 dB under the voice, and the
 *    script's threshold alone would then hear the whole take as one stretch of talk.
 *
 * Written here rather than taken from a library: no maintained JavaScript package implements syllable
 * nuclei detection (the reference implementations are Praat scripts and their Python ports).
 */

/** A range of speaking rates, in syllables per second. */
export interface SpeakingRateRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The speaking rates (syllables per second, pauses included) that listeners follow comfortably.
 *
 * The studies measure words per minute:
 *  - audiobooks are read at about 150-160 wpm, at the slow end of normal speech, so that they are
 *    easy to follow (Williams, J. R. (1998). Guidelines for the use of multimedia in instruction.
 *    Proceedings of the Human Factors and Ergonomics Society 42nd Annual Meeting, 1447-1451);
 *  - guidance for radio news recommends 160-180 wpm (Rodero, E. (2012). A comparative analysis of
 *    speech rate and perception in radio bulletins. Text & Talk, 32(3), 391-411);
 *  - listeners recognised most at 170-190 wpm; 150 wpm was judged slow and 210 wpm fast, with
 *    overload outside that band (Rodero, E. (2016). Influence of speech rate and information density
 *    on recognition: the moderate dynamic mechanism. Media Psychology, 19(2), 224-242).
 * So 150-190 wpm. Converted at about 1.4 syllables per English word (our approximation for
 * everyday spoken English, which is dominated by one-syllable words), that is 3.5 to 4.4 syllables
 * per second; we round the top to 4.5. No comparable listener study in syllables per second was
 * available to us for Korean, where syllables are shorter and rates in syllables per second run
 * higher: a view should show this range as a reference, not as a verdict, and callers can pass
 * their own range through `comfortableRate`.
 */
export const COMFORTABLE_SPEAKING_RATE: SpeakingRateRange = Object.freeze({ min: 3.5, max: 4.5 });

/** Every setting of the analysis. Pass any subset to override the defaults below. */
export interface SpeechAnalysisOptions {
  /** dB under the 99th-percentile intensity that still counts as sound. de Jong & Wempe: -25. */
  readonly silenceThresholdDb: number;
  /** How far (dB) a peak must rise above the dips on both sides to be a nucleus. de Jong & Wempe: 2. */
  readonly minDipDb: number;
  /** Silences shorter than this (s) are part of the talk around them. de Jong & Wempe: 0.3. */
  readonly minPauseSeconds: number;
  /** Sounding stretches shorter than this (s) are dropped as clicks. Praat/de Jong & Wempe: 0.1. */
  readonly minSoundingSeconds: number;
  /** A pause at least this long (s) counts as a long pause. Default 2. */
  readonly longPauseSeconds: number;
  /** Pitch floor (Hz) that sets the intensity window: Hann-equivalent 3.2 / floor. de Jong & Wempe: 50. */
  readonly intensityPitchFloorHz: number;
  /** Time step (s) of the intensity contour. Default 0.01 (Praat's default at 50 Hz is 0.016). */
  readonly frameStepSeconds: number;
  /** Frames quieter than this (dB re full scale) are silent whatever the relative threshold. Default -60. */
  readonly floorDb: number;
  /** Which quantile of the contour estimates the background noise. Default 0.05 (pauses fill more than 5% of an answer). */
  readonly noiseQuantile: number;
  /** Sound must rise this far (dB) above that noise estimate. Default 6. */
  readonly noiseMarginDb: number;
  /** Lowest pitch (Hz) the voicing test looks for. Default 75. */
  readonly voicingMinPitchHz: number;
  /** Highest pitch (Hz) the voicing test looks for. Default 500. */
  readonly voicingMaxPitchHz: number;
  /** Normalised autocorrelation a voiced frame reaches. Default 0.6 (band-limited white noise stays under it; see the tests). */
  readonly voicingThreshold: number;
  /** Length (s) of the voicing window. Default 0.05. */
  readonly voicingWindowSeconds: number;
  /** The answer's target length in seconds. Default 120 (2 minutes). */
  readonly targetSeconds: number;
  /** The range the speaking rate is compared with. Default COMFORTABLE_SPEAKING_RATE. */
  readonly comfortableRate: SpeakingRateRange;
  /** Intensity frames computed per step of `speechAnalysisSteps` (the unit of work between yields). */
  readonly framesPerStep: number;
}

export const DEFAULT_SPEECH_ANALYSIS_OPTIONS: SpeechAnalysisOptions = Object.freeze({
  silenceThresholdDb: -25,
  minDipDb: 2,
  minPauseSeconds: 0.3,
  minSoundingSeconds: 0.1,
  longPauseSeconds: 2,
  intensityPitchFloorHz: 50,
  frameStepSeconds: 0.01,
  floorDb: -60,
  noiseQuantile: 0.05,
  noiseMarginDb: 6,
  voicingMinPitchHz: 75,
  voicingMaxPitchHz: 500,
  voicingThreshold: 0.6,
  voicingWindowSeconds: 0.05,
  targetSeconds: 120,
  comfortableRate: COMFORTABLE_SPEAKING_RATE,
  framesPerStep: 400,
});

/** A stretch of time in seconds from the start of the recording. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export type RateComparison = 'slower' | 'within' | 'faster';

/** What the analysis found. Plain data: it crosses a worker boundary and can be stored as JSON. */
export interface SpeechFigures {
  /** Length of the recording (s). */
  readonly duration: number;
  /** Time spent talking (s): the talk stretches added up. */
  readonly talkTime: number;
  /** Everything else (s): duration minus talk time, the silence before and after included. */
  readonly silentTime: number;
  /** Silence before the first word (s); the whole recording when nothing was said. */
  readonly leadingSilence: number;
  /** Silence after the last word (s). */
  readonly trailingSilence: number;
  /** From the first word to the last (s). */
  readonly speakingSpan: number;
  /** The stretches of talk, in order. */
  readonly talk: readonly TimeSpan[];
  /** Silences between talk stretches (at least `minPauseSeconds` each), in order. */
  readonly pauses: readonly TimeSpan[];
  /** How many pauses lasted at least `longPauseSeconds`. */
  readonly longPauses: number;
  /** The longest pause (s), 0 when there was none. */
  readonly longestPause: number;
  /** The threshold used for `longPauses` (s). */
  readonly longPauseSeconds: number;
  /** Estimated syllables (voiced syllable nuclei). */
  readonly syllables: number;
  /** Times (s) of the syllable nuclei. */
  readonly nuclei: readonly number[];
  /** Syllables per second over the speaking span, pauses included; null when nothing was said. */
  readonly speakingRate: number | null;
  /** Syllables per second of talk time, pauses excluded; null when nothing was said. */
  readonly articulationRate: number | null;
  /** The speaking rate against `comfortableRate`; null when nothing was said. */
  readonly rateComparison: RateComparison | null;
  readonly comfortableRate: SpeakingRateRange;
  /** The answer's length against its target. */
  readonly target: {
    readonly seconds: number;
    /** duration / target. */
    readonly ratio: number;
    /** duration - target (s): negative when under, positive when over. */
    readonly difference: number;
  };
}

/** Bad input (a sample rate that is not a positive number, an option out of range). */
export class SpeechAnalysisInputError extends RangeError {
  override readonly name = 'SpeechAnalysisInputError';
}

const MIN_SAMPLE_RATE = 4000;

function resolveOptions(options: Partial<SpeechAnalysisOptions>): SpeechAnalysisOptions {
  const o = { ...DEFAULT_SPEECH_ANALYSIS_OPTIONS, ...options };
  const positive: (keyof SpeechAnalysisOptions)[] = [
    'minPauseSeconds',
    'minSoundingSeconds',
    'longPauseSeconds',
    'intensityPitchFloorHz',
    'frameStepSeconds',
    'voicingMinPitchHz',
    'voicingMaxPitchHz',
    'voicingWindowSeconds',
    'targetSeconds',
    'framesPerStep',
  ];
  for (const key of positive) {
    const value = o[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new SpeechAnalysisInputError(`${key} must be a positive number, got ${String(value)}`);
    }
  }
  if (!(o.noiseQuantile >= 0 && o.noiseQuantile < 0.99)) throw new SpeechAnalysisInputError('noiseQuantile must be in [0, 0.99)');
  for (const key of ['silenceThresholdDb', 'minDipDb', 'floorDb', 'noiseMarginDb', 'voicingThreshold'] as const) {
    if (!Number.isFinite(o[key])) throw new SpeechAnalysisInputError(`${key} must be a finite number, got ${String(o[key])}`);
  }
  if (o.voicingMaxPitchHz <= o.voicingMinPitchHz) {
    throw new SpeechAnalysisInputError('voicingMaxPitchHz must be above voicingMinPitchHz');
  }
  const range = o.comfortableRate;
  if (!range || !(range.min >= 0) || !(range.max >= range.min)) {
    throw new SpeechAnalysisInputError('comfortableRate must be { min, max } with 0 <= min <= max');
  }
  return o;
}

/**
 * A second-order IIR section (RBJ Audio EQ Cookbook), direct form I, state kept between calls so a
 * long signal can be filtered in chunks.
 */
class Biquad {
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  private constructor(
    private readonly b0: number,
    private readonly b1: number,
    private readonly b2: number,
    private readonly a1: number,
    private readonly a2: number,
  ) {}

  static lowpass(sampleRate: number, frequency: number, q: number): Biquad {
    const w = (2 * Math.PI * frequency) / sampleRate;
    const alpha = Math.sin(w) / (2 * q);
    const cos = Math.cos(w);
    const a0 = 1 + alpha;
    return new Biquad((1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0, (-2 * cos) / a0, (1 - alpha) / a0);
  }

  static highpass(sampleRate: number, frequency: number, q: number): Biquad {
    const w = (2 * Math.PI * frequency) / sampleRate;
    const alpha = Math.sin(w) / (2 * q);
    const cos = Math.cos(w);
    const a0 = 1 + alpha;
    return new Biquad((1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, (-2 * cos) / a0, (1 - alpha) / a0);
  }

  next(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

/** The value below which `fraction` of the values lie (nearest rank on a sorted copy). */
function quantile(values: Float64Array, fraction: number): number {
  const sorted = Float64Array.from(values).sort();
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? -Infinity;
}

/** Frame runs [first, last] (inclusive) where `on[i]` is set. */
function runs(on: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < on.length; i++) {
    if (on[i] && start < 0) start = i;
    if (!on[i] && start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, on.length - 1]);
  return out;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function compareRate(rate: number | null, range: SpeakingRateRange): RateComparison | null {
  if (rate === null) return null;
  if (rate < range.min) return 'slower';
  if (rate > range.max) return 'faster';
  return 'within';
}

function figures(duration: number, talk: TimeSpan[], syllables: number[], o: SpeechAnalysisOptions): SpeechFigures {
  const talkTime = talk.reduce((sum, span) => sum + (span.end - span.start), 0);
  const pauses: TimeSpan[] = [];
  for (let i = 1; i < talk.length; i++) pauses.push({ start: talk[i - 1]!.end, end: talk[i]!.start });
  const lengths = pauses.map((p) => p.end - p.start);
  const first = talk[0];
  const last = talk[talk.length - 1];
  const speakingSpan = first && last ? last.end - first.start : 0;
  const speakingRate = syllables.length > 0 && speakingSpan > 0 ? syllables.length / speakingSpan : null;
  const articulationRate = syllables.length > 0 && talkTime > 0 ? syllables.length / talkTime : null;
  return {
    duration: round3(duration),
    talkTime: round3(talkTime),
    silentTime: round3(Math.max(0, duration - talkTime)),
    leadingSilence: round3(first ? first.start : duration),
    trailingSilence: round3(last ? duration - last.end : 0),
    speakingSpan: round3(speakingSpan),
    talk: talk.map((s) => ({ start: round3(s.start), end: round3(s.end) })),
    pauses: pauses.map((s) => ({ start: round3(s.start), end: round3(s.end) })),
    longPauses: lengths.filter((length) => length >= o.longPauseSeconds).length,
    longestPause: round3(lengths.reduce((max, length) => Math.max(max, length), 0)),
    longPauseSeconds: o.longPauseSeconds,
    syllables: syllables.length,
    nuclei: syllables.map(round3),
    speakingRate: speakingRate === null ? null : Math.round(speakingRate * 100) / 100,
    articulationRate: articulationRate === null ? null : Math.round(articulationRate * 100) / 100,
    rateComparison: compareRate(speakingRate, o.comfortableRate),
    comfortableRate: { min: o.comfortableRate.min, max: o.comfortableRate.max },
    target: {
      seconds: o.targetSeconds,
      ratio: Math.round((duration / o.targetSeconds) * 1000) / 1000,
      difference: round3(duration - o.targetSeconds),
    },
  };
}

/**
 * The analysis as a generator: each `next()` does a bounded piece of work (about `framesPerStep`
 * frames), so a caller on the main thread can stop between pieces and let the page breathe. The
 * generator's return value is the figures. `analyseSpeech` runs it to the end in one go.
 */
export function* speechAnalysisSteps(
  input: Float32Array,
  sampleRate: number,
  options: Partial<SpeechAnalysisOptions> = {},
): Generator<void, SpeechFigures, void> {
  if (!(input instanceof Float32Array)) throw new SpeechAnalysisInputError('samples must be a Float32Array');
  if (typeof sampleRate !== 'number' || !Number.isFinite(sampleRate) || sampleRate < MIN_SAMPLE_RATE) {
    throw new SpeechAnalysisInputError(`sampleRate must be a number of at least ${MIN_SAMPLE_RATE} Hz, got ${String(sampleRate)}`);
  }
  const o = resolveOptions(options);
  const n = input.length;
  const duration = n / sampleRate;
  const step = o.frameStepSeconds;
  if (n === 0) return figures(0, [], [], o);

  // Non-finite samples (a broken decoder) count as silence rather than poisoning every sum.
  let samples = input;
  const scanChunk = 1 << 18;
  for (let start = 0; start < n && samples === input; start += scanChunk) {
    const end = Math.min(n, start + scanChunk);
    for (let i = start; i < end; i++) {
      if (!Number.isFinite(input[i]!)) {
        samples = input.map((x) => (Number.isFinite(x) ? x : 0));
        break;
      }
    }
    yield;
  }

  // 1. Intensity contour: weighted mean square around each frame centre, mean removed (Praat's
  // "subtract mean"), in dB re full scale.
  const frameCount = Math.floor(duration / step) + 1;
  const half = Math.max(1, Math.round((1.6 / o.intensityPitchFloorHz) * sampleRate));
  const window = new Float64Array(2 * half + 1);
  for (let k = 0; k < window.length; k++) window[k] = 0.5 - 0.5 * Math.cos((2 * Math.PI * (k + 1)) / (window.length + 1));
  const db = new Float64Array(frameCount);
  for (let i = 0; i < frameCount; i++) {
    const centre = Math.round(i * step * sampleRate);
    const lo = Math.max(0, centre - half);
    const hi = Math.min(n - 1, centre + half);
    let sw = 0;
    let swx = 0;
    let swxx = 0;
    for (let s = lo; s <= hi; s++) {
      const w = window[s - centre + half]!;
      const x = samples[s]!;
      sw += w;
      swx += w * x;
      swxx += w * x * x;
    }
    const mean = sw > 0 ? swx / sw : 0;
    const power = sw > 0 ? swxx / sw - mean * mean : 0;
    db[i] = 10 * Math.log10(Math.max(power, 1e-12));
    if ((i + 1) % o.framesPerStep === 0) yield;
  }

  // 2. Threshold and sounding stretches.
  const q99 = quantile(db, 0.99);
  let minDb = Infinity;
  for (const value of db) minDb = Math.min(minDb, value);
  const noise = quantile(db, o.noiseQuantile);
  const threshold = Math.max(q99 + o.silenceThresholdDb, noise + o.noiseMarginDb, minDb, o.floorDb);
  const on = new Uint8Array(frameCount);
  for (let i = 0; i < frameCount; i++) on[i] = db[i]! > threshold ? 1 : 0;
  const minPauseFrames = o.minPauseSeconds / step;
  const minSoundingFrames = o.minSoundingSeconds / step;
  // Praat's order: fill short silences first, then drop short sounding stretches.
  const first = runs(on);
  for (let r = 1; r < first.length; r++) {
    const gap = first[r]![0] - first[r - 1]![1] - 1;
    if (gap < minPauseFrames) on.fill(1, first[r - 1]![1] + 1, first[r]![0]);
  }
  const sounding = runs(on).filter(([a, b]) => b - a + 1 >= minSoundingFrames);
  yield;

  // 3. Candidate nuclei: local maxima (a plateau counts once, at its middle) above the threshold,
  // inside a sounding stretch, standing out by minDipDb from the dips on both sides.
  const stretchOf = new Int32Array(frameCount).fill(-1);
  sounding.forEach(([a, b], index) => stretchOf.fill(index, a, b + 1));
  const candidates: number[] = [];
  for (let i = 1; i < frameCount - 1; i++) {
    if (!(db[i]! > db[i - 1]!)) continue;
    let j = i;
    while (j + 1 < frameCount && db[j + 1] === db[i]) j++;
    if (j + 1 < frameCount && db[j + 1]! < db[i]!) {
      const peak = Math.floor((i + j) / 2);
      if (db[peak]! > threshold && stretchOf[peak]! >= 0) candidates.push(peak);
    }
    i = j;
  }
  // A side qualifies when the contour drops minDipDb below the peak before it rises above it; the
  // edge of the recording does not count as a dip (as in the script, a word cut off is not counted).
  const dipsOn = (p: number, direction: 1 | -1): boolean => {
    const height = db[p]!;
    for (let j = p + direction; j >= 0 && j < frameCount; j += direction) {
      if (db[j]! > height) return false;
      if (db[j]! <= height - o.minDipDb) return true;
    }
    return false;
  };
  const prominent = candidates.filter((p) => dipsOn(p, -1) && dipsOn(p, 1));
  yield;

  // 4. Voicing at the candidates: 60-900 Hz band, decimated to about 4 kHz, normalised
  // autocorrelation over lags of one pitch period between voicingMaxPitchHz and voicingMinPitchHz.
  const factor = Math.max(1, Math.floor(sampleRate / 4000));
  const rate = sampleRate / factor;
  const band = new Float32Array(Math.ceil(n / factor));
  const filters = [Biquad.highpass(sampleRate, 60, Math.SQRT1_2), Biquad.lowpass(sampleRate, 900, 0.5412), Biquad.lowpass(sampleRate, 900, 1.3066)];
  const [hp, lp1, lp2] = filters as [Biquad, Biquad, Biquad];
  const chunk = Math.max(factor, Math.round(o.framesPerStep * step * sampleRate));
  for (let start = 0; start < n; start += chunk) {
    const end = Math.min(n, start + chunk);
    for (let s = start; s < end; s++) {
      const y = lp2.next(lp1.next(hp.next(samples[s]!)));
      if (s % factor === 0) band[s / factor] = y;
    }
    yield;
  }
  const length = Math.max(8, Math.round(o.voicingWindowSeconds * rate));
  const lagMin = Math.max(1, Math.floor(rate / o.voicingMaxPitchHz));
  const lagMax = Math.ceil(rate / o.voicingMinPitchHz);
  const voicedCache = new Map<number, boolean>();
  const voicedAt = (frame: number): boolean => {
    const cached = voicedCache.get(frame);
    if (cached !== undefined) return cached;
    const centre = Math.round(frame * step * rate);
    const s0 = Math.max(0, centre - Math.floor((length + lagMax) / 2));
    let result = false;
    if (s0 + length + lagMax <= band.length) {
      let e0 = 0;
      for (let k = 0; k < length; k++) e0 += band[s0 + k]! * band[s0 + k]!;
      let eLag = 0;
      for (let k = 0; k < length; k++) eLag += band[s0 + lagMin + k]! * band[s0 + lagMin + k]!;
      let best = 0;
      for (let lag = lagMin; lag <= lagMax; lag++) {
        if (lag > lagMin) {
          const out = band[s0 + lag - 1]!;
          const incoming = band[s0 + lag + length - 1]!;
          eLag += incoming * incoming - out * out;
        }
        let num = 0;
        for (let k = 0; k < length; k++) num += band[s0 + k]! * band[s0 + k + lag]!;
        const denominator = Math.sqrt(e0 * Math.max(eLag, 0));
        if (denominator > 1e-12) best = Math.max(best, num / denominator);
      }
      result = best >= o.voicingThreshold;
    }
    voicedCache.set(frame, result);
    return result;
  };
  const nuclei: number[] = [];
  for (let k = 0; k < prominent.length; k++) {
    const p = prominent[k]!;
    if (voicedAt(p) || (p > 0 && voicedAt(p - 1)) || (p + 1 < frameCount && voicedAt(p + 1))) nuclei.push(p);
    if ((k + 1) % 64 === 0) yield;
  }
  yield;

  // Talk: sounding stretches that hold at least one voiced nucleus.
  const withNucleus = new Set(nuclei.map((p) => stretchOf[p]!));
  const talk: TimeSpan[] = sounding
    .filter((_, index) => withNucleus.has(index))
    .map(([a, b]) => ({ start: Math.max(0, (a - 0.5) * step), end: Math.min(duration, (b + 0.5) * step) }));
  return figures(
    duration,
    talk,
    nuclei.map((p) => p * step),
    o,
  );
}

/** Runs the whole analysis synchronously (in a worker, a test or a script). */
export function analyseSpeech(samples: Float32Array, sampleRate: number, options: Partial<SpeechAnalysisOptions> = {}): SpeechFigures {
  const steps = speechAnalysisSteps(samples, sampleRate, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
