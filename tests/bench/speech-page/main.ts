/**
 * Bench page for `npm run bench`: analyses /recording.wav the way the app does (decode at 16 kHz,
 * then a worker, or main-thread slices) and reports the wall time and what the main thread went
 * through meanwhile: long tasks (over 50 ms, from the Long Tasks API) and the longest gap between
 * two turns of a heartbeat that posts itself messages.
 */
import { analyseRecording } from '@/lib/analyse-recording';

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

export interface BenchResult {
  readonly ms: number;
  readonly longTasks: number[];
  readonly longestGap: number;
  readonly syllables: number;
  readonly talkTime: number;
  readonly duration: number;
}

/** Runs `work` under a heartbeat; the longest gap between beats is the longest main-thread task. */
async function measure(work: () => Promise<{ syllables: number; talkTime: number; duration: number }>): Promise<BenchResult> {
  const channel = new MessageChannel();
  let last = performance.now();
  let longestGap = 0;
  let beating = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (beating) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  const start = performance.now();
  const figures = await work();
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 150));
  beating = false;
  channel.port1.close();
  const end = performance.now();
  return {
    ms: Math.round(ms),
    longTasks: longTasks.filter((t) => t.start >= start && t.start < end).map((t) => Math.round(t.duration)),
    longestGap: Math.round(longestGap * 10) / 10,
    syllables: figures.syllables,
    talkTime: figures.talkTime,
    duration: figures.duration,
  };
}

const recording = fetch('/recording.wav').then((response) => response.blob());

const w = window as unknown as Record<string, unknown>;
w.benchAnalysis = async (worker: 'auto' | 'never') => {
  const blob = await recording;
  return measure(() => analyseRecording(blob, { worker }));
};
w.benchIdle = () => measure(() => new Promise((resolve) => setTimeout(() => resolve({ syllables: 0, talkTime: 0, duration: 0 }), 1500)));
(document.getElementById('status') as HTMLElement).textContent = 'ready';
