import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { describe, it } from 'vitest';
import { analyseSpeech, speechAnalysisSteps } from '../../src/domain/speech-analysis.ts';
import { runInSlices, yieldToEventLoop } from '../../src/lib/analyse-recording.ts';
import { ENGLISH_ANSWER, hasEspeak, KOREAN_ANSWER, speakAnswer } from '../unit/node/espeak.ts';
import { toneBursts, writeWav, type Signal } from '../unit/speech-synthetic.ts';

const root = path.resolve(import.meta.dirname, '../..');
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SECONDS = 180;
const RATE = 16000;

/** Linear resampling: enough for a timing bench (the app lets the browser resample). */
function resample({ samples, sampleRate }: Signal, rate: number): Float32Array {
  const out = new Float32Array(Math.floor((samples.length * rate) / sampleRate));
  for (let i = 0; i < out.length; i++) {
    const x = (i * sampleRate) / rate;
    const k = Math.floor(x);
    const a = samples[k] ?? 0;
    const b = samples[k + 1] ?? a;
    out[i] = a + (b - a) * (x - k);
  }
  return out;
}

/** Three minutes of espeak-ng answers (English and Korean, two speeds) with pauses, at 16 kHz. */
function threeMinutes(): { signal: Signal; source: string } {
  const parts: Float32Array[] = [];
  let source = 'espeak-ng answers, English and Korean';
  if (hasEspeak()) {
    for (const wpm of [150, 190]) for (const answer of [ENGLISH_ANSWER, KOREAN_ANSWER]) parts.push(resample(speakAnswer({ ...answer, wpm }), RATE));
  } else {
    source = 'synthetic tone bursts (espeak-ng not installed)';
    parts.push(
      toneBursts(
        [
          { count: 40, gapAfter: 2.5 },
          { count: 30, gapAfter: 0.8 },
          { count: 50, gapAfter: 1.5 },
        ],
        { noiseRms: 0.005 },
      ).samples,
    );
  }
  const samples = new Float32Array(SECONDS * RATE);
  for (let at = 0, i = 0; at < samples.length; i++) {
    const part = parts[i % parts.length]!;
    samples.set(part.subarray(0, samples.length - at), at);
    at += part.length;
  }
  return { signal: { samples, sampleRate: RATE }, source };
}

const load = (): string => loadavg()[0]!.toFixed(1);

describe('speech analysis of a 3-minute recording', () => {
  const { signal, source } = threeMinutes();

  it('prints the time to analyse it under Node, in one go and in slices', async () => {
    const times: number[] = [];
    let syllables = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      syllables = analyseSpeech(signal.samples, signal.sampleRate).syllables;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`[bench] speech: ${SECONDS} s recording (${source}), ${syllables} syllables found; load average ${load()} on 2 cores`);
    console.log(`[bench] speech: analysis in one go (Node): median ${times[1]!.toFixed(0)} ms of 3 runs`);

    // Slices: wall time per slice, and the CPU time of the process per slice (immune to other
    // processes competing for the cores).
    const walls: number[] = [];
    const cpus: number[] = [];
    let cpu = process.cpuUsage();
    const start = performance.now();
    await runInSlices(speechAnalysisSteps(signal.samples, signal.sampleRate), {
      onSlice: (ms) => walls.push(ms),
      pause: () => {
        const used = process.cpuUsage(cpu);
        cpus.push((used.user + used.system) / 1000);
        cpu = process.cpuUsage();
        return yieldToEventLoop();
      },
    });
    const total = performance.now() - start;
    console.log(
      `[bench] speech: in slices (main-thread fallback, Node): total ${total.toFixed(0)} ms in ${walls.length} slices; ` +
        `longest slice ${Math.max(...walls).toFixed(1)} ms wall, ${Math.max(...cpus).toFixed(1)} ms CPU (budget 10 ms; limit 50 ms)`,
    );
  });

  it('prints, in Chromium, the time to decode and analyse it and the longest main-thread task', async () => {
    if (!existsSync(chrome)) {
      console.log(`[bench] speech: Chromium not measured (no Chromium at ${chrome})`);
      return;
    }
    const wav = writeWav(signal);
    const server = await createServer({
      configFile: false,
      root: path.join(root, 'tests/bench/speech-page'),
      logLevel: 'silent',
      resolve: { alias: { '@': path.join(root, 'src') } },
      server: { host: '127.0.0.1', port: 4193, strictPort: true, fs: { allow: [root] } },
      plugins: [
        {
          name: 'bench-recording',
          configureServer(dev) {
            dev.middlewares.use('/recording.wav', (_req, res) => {
              res.setHeader('Content-Type', 'audio/wav');
              res.end(Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength));
            });
          },
        },
      ],
    });
    await server.listen();
    const browser = await chromium.launch({
      executablePath: chrome,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage();
      await page.goto('http://127.0.0.1:4193/');
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
      type Result = { ms: number; longTasks: number[]; longestGap: number; syllables: number; talkTime: number; duration: number };
      const run = (mode: 'auto' | 'never'): Promise<Result> =>
        page.evaluate((m) => (window as unknown as { benchAnalysis: (m: string) => Promise<Result> }).benchAnalysis(m), mode);
      // Warm-up: the dev server compiles the worker and the modules on first use.
      await run('auto');
      const idle = await page.evaluate(() => (window as unknown as { benchIdle: () => Promise<Result> }).benchIdle());
      const show = (r: Result): string =>
        `${r.ms} ms; longest main-thread task ${r.longestGap} ms; long tasks (> 50 ms): ${r.longTasks.length ? r.longTasks.join(', ') + ' ms' : 'none'}`;
      console.log(
        `[bench] speech: Chromium, load average ${load()}; idle page for 1.5 s: longest task ${idle.longestGap} ms, long tasks: ${idle.longTasks.length ? idle.longTasks.join(', ') : 'none'}`,
      );
      for (const [label, mode] of [
        ['decode + worker', 'auto'],
        ['decode + main-thread slices', 'never'],
      ] as const) {
        const r = await run(mode);
        console.log(`[bench] speech: Chromium ${label}: ${show(r)} (${r.syllables} syllables, talk ${r.talkTime} s of ${r.duration} s)`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
