import { seededRandom } from './seeded-random';
/**
 * Test signals for the delivery figures: synthetic "syllables" (harmonic tone bursts with a known
 * rate and known gaps) and a small WAV reader and writer. Pure TypeScript, shared by the unit tests,
 * the bench and the by-hand browser check.
 */

export interface Signal {
  readonly samples: Float32Array;
  readonly sampleRate: number;
}

export const random = seededRandom;

export interface BurstGroup {
  /** Bursts in this group. */
  readonly count: number;
  /** Silence after the group (s); the last group's is the trailing silence. */
  readonly gapAfter: number;
}

export interface BurstOptions {
  readonly sampleRate?: number;
  /** Bursts per second inside a group. */
  readonly rate?: number;
  /** Length of one burst (s); the rest of each 1/rate period is a dip. */
  readonly burstSeconds?: number;
  /** Fundamental (Hz) of the harmonic tone. */
  readonly pitchHz?: number;
  /** Peak amplitude of a burst. */
  readonly amplitude?: number;
  /** White noise RMS added everywhere (0 for none). */
  readonly noiseRms?: number;
  /** Silence before the first group (s). */
  readonly leadIn?: number;
  /** Clip every sample to [-1, 1] after mixing (for amplitudes above 1). */
  readonly clip?: boolean;
  readonly seed?: number;
}

export interface BurstTruth {
  readonly syllables: number;
  /** Sum of the groups' lengths, first burst onset to last burst offset (s). */
  readonly talkTime: number;
  /** The gaps between groups (s). */
  readonly pauses: readonly number[];
  /** Bursts per second of talk. */
  readonly articulationRate: number;
  readonly duration: number;
}

/**
 * Groups of voiced bursts: each burst a 4-harmonic tone under a Hann envelope, `rate` bursts a
 * second, groups separated by the given gaps. Returns the signal and what the analysis should find.
 */
export function toneBursts(groups: readonly BurstGroup[], options: BurstOptions = {}): Signal & { truth: BurstTruth } {
  const sampleRate = options.sampleRate ?? 16000;
  const rate = options.rate ?? 4;
  const burst = options.burstSeconds ?? 0.16;
  const pitch = options.pitchHz ?? 140;
  const amplitude = options.amplitude ?? 0.5;
  const noise = options.noiseRms ?? 0;
  const leadIn = options.leadIn ?? 0.5;
  const period = 1 / rate;
  const groupSeconds = (count: number): number => (count - 1) * period + burst;
  const duration = leadIn + groups.reduce((sum, g) => sum + groupSeconds(g.count) + g.gapAfter, 0);
  const samples = new Float32Array(Math.round(duration * sampleRate));
  let t0 = leadIn;
  for (const group of groups) {
    for (let b = 0; b < group.count; b++) {
      const start = Math.round((t0 + b * period) * sampleRate);
      const length = Math.round(burst * sampleRate);
      for (let k = 0; k < length && start + k < samples.length; k++) {
        const t = k / sampleRate;
        const envelope = Math.sin((Math.PI * k) / length) ** 2;
        let tone = 0;
        for (let h = 1; h <= 4; h++) tone += Math.sin(2 * Math.PI * pitch * h * t) / h;
        samples[start + k] = samples[start + k]! + amplitude * envelope * (tone / 1.6);
      }
    }
    t0 += groupSeconds(group.count) + group.gapAfter;
  }
  if (noise > 0) {
    const next = random(options.seed ?? 7);
    // Sum of uniforms: close enough to Gaussian, RMS scaled to `noise`.
    for (let i = 0; i < samples.length; i++) samples[i] = samples[i]! + noise * (next() + next() + next() - 1.5) * 2;
  }
  if (options.clip) for (let i = 0; i < samples.length; i++) samples[i] = Math.max(-1, Math.min(1, samples[i]!));
  const syllables = groups.reduce((sum, g) => sum + g.count, 0);
  const talkTime = groups.reduce((sum, g) => sum + groupSeconds(g.count), 0);
  return {
    samples,
    sampleRate,
    truth: {
      syllables,
      talkTime,
      pauses: groups.slice(0, -1).map((g) => g.gapAfter),
      articulationRate: syllables / talkTime,
      duration,
    },
  };
}

/** Reads a 16-bit PCM or 32-bit float WAV into mono samples (channels averaged). */
export function readWav(bytes: Uint8Array): Signal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let format = 0;
  let channels = 1;
  let sampleRate = 0;
  let bits = 16;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const declared = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = view.getUint16(body, true);
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
    } else if (id === 'data') {
      // espeak-ng writing to stdout cannot know the length and declares a huge one.
      const size = Math.min(declared, bytes.length - body);
      const frameBytes = (bits / 8) * channels;
      const frames = Math.floor(size / frameBytes);
      const samples = new Float32Array(frames);
      for (let f = 0; f < frames; f++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) {
          const at = body + f * frameBytes + (c * bits) / 8;
          sum += format === 3 ? view.getFloat32(at, true) : view.getInt16(at, true) / 32768;
        }
        samples[f] = sum / channels;
      }
      return { samples, sampleRate };
    }
    offset = body + declared + (declared % 2);
  }
  throw new Error('WAV file without a data chunk');
}

/** Writes mono samples as a 16-bit PCM WAV. */
export function writeWav({ samples, sampleRate }: Signal): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string): void => {
    for (let i = 0; i < value.length; i++) bytes[offset + i] = value.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 32767), true);
  return bytes;
}
