// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyseSpeech } from '../../../src/domain/speech-analysis.ts';
import { ENGLISH_ANSWER, hasEspeak, KOREAN_ANSWER, speakAnswer, type SpokenAnswer } from './espeak.ts';

/**
 * Real speech: espeak-ng reads a short answer in English and in Korean, sentence by sentence, with
 * known silences between sentences. The syllables were counted by hand (see speech-signals.ts);
 * talk time is the voiced span of each sentence added up.
 */
describe('delivery figures on synthesised speech (espeak-ng)', () => {
  it('has espeak-ng installed (apt-get install -y espeak-ng)', () => {
    expect(hasEspeak(), 'espeak-ng is missing: apt-get install -y espeak-ng').toBe(true);
  });

  it('counted the Korean syllables right: one per Hangul block', () => {
    for (const sentence of KOREAN_ANSWER.sentences) {
      expect(sentence.text.match(/[\uac00-\ud7a3]/g)?.length, sentence.text).toBe(sentence.syllables);
    }
    expect(KOREAN_ANSWER.sentences.reduce((sum, s) => sum + s.syllables, 0)).toBe(98);
    expect(ENGLISH_ANSWER.sentences.reduce((sum, s) => sum + s.syllables, 0)).toBe(58);
  });

  const cases: [string, SpokenAnswer][] = [
    ['English', ENGLISH_ANSWER],
    ['Korean', KOREAN_ANSWER],
  ];
  it.each(cases)(
    '%s: talk time within 10%, syllable rate within 25%, the long pause found',
    (language, answer) => {
      const { samples, sampleRate, truth } = speakAnswer(answer);
      const f = analyseSpeech(samples, sampleRate);
      const error = (actual: number, expected: number): number => Math.abs(actual - expected) / expected;
      console.log(
        `[speech] ${language} (espeak-ng -v ${answer.voice} -s ${answer.wpm}): ` +
          `syllables ${f.syllables} (truth ${truth.syllables}), ` +
          `talk ${f.talkTime.toFixed(2)} s (truth ${truth.talkTime.toFixed(2)} s), ` +
          `articulation rate ${f.articulationRate} syl/s (truth ${truth.articulationRate.toFixed(2)}), ` +
          `speaking rate ${f.speakingRate} syl/s, pauses ${f.pauses.map((p) => (p.end - p.start).toFixed(2)).join(', ')} s ` +
          `(truth ${truth.pauses.join(', ')}), longest ${f.longestPause} s, over 2 s: ${f.longPauses}`,
      );
      expect(error(f.talkTime, truth.talkTime)).toBeLessThanOrEqual(0.1);
      expect(error(f.articulationRate ?? 0, truth.articulationRate)).toBeLessThanOrEqual(0.25);
      expect(error(f.syllables, truth.syllables)).toBeLessThanOrEqual(0.25);
      expect(f.longPauses).toBe(1);
      expect(error(f.longestPause, 2.5)).toBeLessThanOrEqual(0.1);
    },
    60_000,
  );
});
