/**
 * Real speech for the delivery-figure tests: espeak-ng (Debian package) speaks short answers whose
 * syllables were counted by hand. Node only (it runs the espeak-ng command).
 */
import { execFileSync } from 'node:child_process';
import { readWav, type Signal } from '../speech-synthetic.ts';

export type { Signal };

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
