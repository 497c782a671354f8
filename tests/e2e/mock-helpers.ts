import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ENGLISH_ANSWER, KOREAN_ANSWER, speakAnswer, type SpokenTruth } from '../unit/node/espeak';
import { writeWav } from '../unit/speech-synthetic';
import { axeViolations, expect } from './fixtures';

/**
 * The mock interview's browser tests run Chromium with a fake microphone: espeak-ng speaks a short
 * STAR answer (English or Korean), written to a WAV file that Chromium plays as the microphone,
 * once (`%noloop`), from the moment the mock opens it. Each spec file sets its own browser flags
 * (`test.use({ launchOptions })` must be top-level), so each runs in a browser of its own.
 */
const dir = path.join(tmpdir(), `loop-prep-mock-${process.pid}`);

export function answerWav(name: string, answer: typeof ENGLISH_ANSWER): { file: string; truth: SpokenTruth } {
  mkdirSync(dir, { recursive: true });
  const spoken = speakAnswer(answer);
  const file = path.join(dir, `${name}.wav`);
  writeFileSync(file, writeWav(spoken));
  return { file, truth: spoken.truth };
}
export { ENGLISH_ANSWER, KOREAN_ANSWER };

export const BROWSER_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Browser flags for a microphone that speaks `wav` once. */
export const microphone = (wav: string) => ({
  launchOptions: {
    executablePath,
    args: [...BROWSER_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}%noloop`],
  },
});

export type StoredFigures = { duration: number; talkTime: number; longPauses: number; longestPause: number; syllables: number; speakingRate: number | null };
type StoredMock = {
  sessions: Record<string, { items: { grade: number | null; answer: { ms: number; figures: StoredFigures | null; recording: string | null } | null }[] }>;
};

/** The mock history as stored, once the answer's figures have been written. */
export async function storedFigures(page: Page): Promise<StoredFigures> {
  const read = () =>
    page.evaluate(() => {
      const mock = (JSON.parse(localStorage.getItem('loop-prep') ?? '{}') as { state?: { mock?: StoredMock } }).state?.mock;
      const [session] = Object.values(mock?.sessions ?? {});
      return session?.items[0]?.answer?.figures ?? null;
    });
  await expect.poll(read, { message: 'the figures reach storage', timeout: 15_000 }).not.toBeNull();
  return (await read()) as StoredFigures;
}

/** Logs the figures against the truth of the spoken answer, and checks them loosely (Opus and the browser's audio processing sit between). */
export function report(language: string, figures: StoredFigures, truth: SpokenTruth): void {
  // The speaking rate is over the speaking span: from the first word to the last.
  const span = truth.duration - 0.6;
  console.log(
    `[mock] ${language} in Chromium (fake microphone, Opus in WebM): talk ${figures.talkTime} s (truth ${truth.talkTime.toFixed(2)}), ` +
      `syllables ${figures.syllables} (truth ${truth.syllables}), speaking rate ${figures.speakingRate} syl/s (truth ${(truth.syllables / span).toFixed(2)}), ` +
      `long pauses ${figures.longPauses}, longest ${figures.longestPause} s (truth 2.5), recording ${figures.duration} s`,
  );
  const near = (actual: number, expected: number, within: number): void => expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(within);
  near(figures.talkTime, truth.talkTime, 0.2);
  near(figures.syllables, truth.syllables, 0.3);
  expect(figures.longPauses).toBeGreaterThanOrEqual(1);
  near(figures.longestPause, 2.5, 0.2);
}

export async function expectNoAxeViolations(page: Page, when: string): Promise<void> {
  expect(await axeViolations(page), `axe on /mock ${when}`).toEqual([]);
}
