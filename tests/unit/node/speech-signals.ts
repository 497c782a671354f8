/**
 * Test signals for the delivery figures: synthetic "syllables" (harmonic tone bursts with a known
 * rate and known gaps), espeak-ng speech with hand-counted syllables, and a small WAV reader/writer.
 * Shared by the unit tests, the bench and the by-hand browser check.
 */
import { execFileSync } from 'node:child_process';

export interface Signal {
  readonly samples: Float32Array;
  readonly sampleRate: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** True when the espeak-ng command is installed. */
export function hasEspeak(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One sentence spoken by espeak-ng (`voice` e.g. "en-us" or "ko", `wpm` its -s speed). */
export function speak(text: string, voice: string, wpm = 160): Signal {
  const wav = execFileSync('espeak-ng', ['-v', voice, '-s', String(wpm), '--stdout', text], { maxBuffer: 64 * 1024 * 1024 });
  return readWav(new Uint8Array(wav.buffer, wav.byteOffset, wav.byteLength));
}

/**
 * Where the voice starts and ends in a synthesised sentence: the first and last sample louder than
 * `level` (espeak-ng pads its output with digital silence).
 */
export function voicedSpan(samples: Float32Array, level = 0.01): { start: number; end: number } {
  let start = 0;
  while (start < samples.length && Math.abs(samples[start]!) < level) start++;
  let end = samples.length - 1;
  while (end > start && Math.abs(samples[end]!) < level) end--;
  return { start, end: end + 1 };
}

export interface SpokenAnswer {
  readonly voice: string;
  readonly wpm: number;
  /** Sentences, each with its syllables counted by hand. */
  readonly sentences: readonly { readonly text: string; readonly syllables: number }[];
  /** Silence inserted after each sentence but the last (s). */
  readonly gaps: readonly number[];
}

/**
 * A short STAR answer in English. Syllables counted by hand, word by word; words whose count
 * varies by speaker ("every", "our") were avoided.
 */
export const ENGLISH_ANSWER: SpokenAnswer = {
  voice: 'en-us',
  wpm: 160,
  sentences: [
    // I(1) led(1) the(1) move(1) of(1) the(1) bil-ling(2) ser-vice(2) to(1) a(1) new(1) plat-form(2)
    { text: 'I led the move of the billing service to a new platform.', syllables: 15 },
    // The(1) old(1) sys-tem(2) lost(1) or-ders(2) each(1) week(1) and(1) cus-tom-ers(3) were(1) up-set(2)
    { text: 'The old system lost orders each week and customers were upset.', syllables: 16 },
    // I(1) wrote(1) a(1) plan(1) with(1) clear(1) steps(1) and(1) a(1) date(1) for(1) each(1) one(1)
    { text: 'I wrote a plan with clear steps and a date for each one.', syllables: 13 },
    // We(1) shipped(1) on(1) time(1) and(1) lost(1) or-ders(2) fell(1) by(1) nine-ty(2) per-cent(2)
    { text: 'We shipped on time and lost orders fell by ninety percent.', syllables: 14 },
  ],
  gaps: [0.6, 2.5, 0.9],
};

/** The same answer in Korean: one syllable per Hangul block, counted by hand per word. */
export const KOREAN_ANSWER: SpokenAnswer = {
  voice: 'ko',
  wpm: 160,
  sentences: [
    // 저는(2) 결제(2) 시스템(3) 이전을(3) 처음부터(4) 끝까지(3) 맡았습니다(5)
    { text: '저는 결제 시스템 이전을 처음부터 끝까지 맡았습니다.', syllables: 22 },
    // 기존(2) 시스템은(4) 매주(2) 주문을(3) 잃어버려서(5) 고객들이(4) 불만이(3) 많았습니다(5)
    { text: '기존 시스템은 매주 주문을 잃어버려서 고객들이 불만이 많았습니다.', syllables: 28 },
    // 저는(2) 단계별(3) 계획과(3) 날짜를(3) 정해서(3) 팀과(2) 공유했습니다(6)
    { text: '저는 단계별 계획과 날짜를 정해서 팀과 공유했습니다.', syllables: 22 },
    // 결국(2) 일정에(3) 맞춰(2) 출시했고(4) 주문(2) 손실이(3) 구십(2) 퍼센트(3) 줄었습니다(5)
    { text: '결국 일정에 맞춰 출시했고 주문 손실이 구십 퍼센트 줄었습니다.', syllables: 26 },
  ],
  gaps: [0.6, 2.5, 0.9],
};

export interface SpokenTruth {
  readonly syllables: number;
  /** Sum of the sentences' voiced spans (s). */
  readonly talkTime: number;
  /** Silences between sentences, as heard: inserted gap plus espeak's own padding (s). */
  readonly pauses: readonly number[];
  readonly articulationRate: number;
  readonly duration: number;
}

/**
 * Speaks the answer sentence by sentence, trims espeak's padding, and joins the sentences with the
 * given gaps (0.3 s of silence before the first and after the last). Talk time is known exactly.
 */
export function speakAnswer(answer: SpokenAnswer, sampleRate = 16000): Signal & { truth: SpokenTruth } {
  const parts: Float32Array[] = [];
  let talkTime = 0;
  let rate = sampleRate;
  const edge = 0.3;
  for (const sentence of answer.sentences) {
    const spoken = speak(sentence.text, answer.voice, answer.wpm);
    rate = spoken.sampleRate;
    const span = voicedSpan(spoken.samples);
    parts.push(spoken.samples.subarray(span.start, span.end));
    talkTime += (span.end - span.start) / rate;
  }
  const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * rate));
  const pieces: Float32Array[] = [silence(edge)];
  parts.forEach((part, i) => {
    pieces.push(part);
    pieces.push(silence(i < answer.gaps.length ? answer.gaps[i]! : edge));
  });
  const total = pieces.reduce((sum, p) => sum + p.length, 0);
  const samples = new Float32Array(total);
  let at = 0;
  for (const piece of pieces) {
    samples.set(piece, at);
    at += piece.length;
  }
  const syllables = answer.sentences.reduce((sum, s) => sum + s.syllables, 0);
  return {
    samples,
    sampleRate: rate,
    truth: {
      syllables,
      talkTime,
      pauses: answer.gaps.slice(0, answer.sentences.length - 1),
      articulationRate: syllables / talkTime,
      duration: total / rate,
    },
  };
}
