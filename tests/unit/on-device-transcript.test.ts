import { describe, expect, it, vi } from 'vitest';
import {
  canTranscribeOnDevice,
  startOnDeviceTranscript,
  type OnDeviceAvailability,
  type RecognitionConstructorLike,
  type RecognitionLike,
  type RecognitionResultEventLike,
} from '@/lib/on-device-transcript';

/** A SpeechRecognition stand-in with the on-device API, answering `available` with `status`. */
function standIn(status: OnDeviceAvailability | Error, options: { honoursProcessLocally?: boolean; withAvailable?: boolean; withProperty?: boolean } = {}) {
  const instances: Recognition[] = [];
  const available = vi.fn((_options: { langs: string[]; processLocally: boolean }) =>
    status instanceof Error ? Promise.reject(status) : Promise.resolve(status),
  );
  class Recognition implements RecognitionLike {
    lang = '';
    continuous = false;
    interimResults = false;
    started = false;
    private local = false;
    onresult: ((event: RecognitionResultEventLike) => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    onend: (() => void) | null = null;
    constructor() {
      instances.push(this);
    }
    get processLocally(): boolean {
      return this.local;
    }
    set processLocally(value: boolean) {
      if (options.honoursProcessLocally !== false) this.local = value;
    }
    start(): void {
      this.started = true;
    }
    stop(): void {
      setTimeout(() => this.onend?.(), 0);
    }
    abort(): void {
      setTimeout(() => this.onend?.(), 0);
    }
    hear(final: boolean, ...texts: string[]): void {
      const results = texts.map((transcript) => Object.assign([{ transcript }], { isFinal: final }));
      this.onresult?.({ resultIndex: 0, results });
    }
  }
  const Ctor = Recognition as unknown as RecognitionConstructorLike & { available?: typeof available };
  if (options.withAvailable !== false) Ctor.available = available;
  // An older browser: no processLocally on SpeechRecognition, so no way to keep audio local.
  if (options.withProperty === false) delete (Recognition.prototype as { processLocally?: unknown }).processLocally;
  return { Recognition: Ctor, instances, available };
}

describe('detecting on-device speech recognition', () => {
  it('is true only when the language is available on the device now', async () => {
    const ready = standIn('available');
    await expect(canTranscribeOnDevice('ko-KR', ready.Recognition)).resolves.toBe(true);
    expect(ready.available).toHaveBeenCalledWith({ langs: ['ko-KR'], processLocally: true });
    for (const status of ['downloadable', 'downloading', 'unavailable'] as const) {
      await expect(canTranscribeOnDevice('ko-KR', standIn(status).Recognition)).resolves.toBe(false);
    }
  });

  it('is false with no recognition, with the server-only API, or when the check fails', async () => {
    // jsdom has no SpeechRecognition at all.
    await expect(canTranscribeOnDevice('en-US')).resolves.toBe(false);
    await expect(canTranscribeOnDevice('en-US', standIn('available', { withAvailable: false }).Recognition)).resolves.toBe(false);
    await expect(canTranscribeOnDevice('en-US', standIn('available', { withProperty: false }).Recognition)).resolves.toBe(false);
    await expect(canTranscribeOnDevice('en-US', standIn(new DOMException('blocked by policy', 'NotAllowedError')).Recognition)).resolves.toBe(false);
  });
});

describe('an on-device transcript', () => {
  it('asks for local processing, then gathers what was said until stopped', async () => {
    const { Recognition, instances } = standIn('available');
    const onText = vi.fn();
    const session = await startOnDeviceTranscript({ lang: 'en-US', Recognition, onText });
    const recognition = instances[0]!;
    expect(recognition.processLocally).toBe(true);
    expect(recognition).toMatchObject({ lang: 'en-US', continuous: true, started: true });
    recognition.hear(true, 'I led the migration');
    recognition.hear(false, 'and we');
    expect(onText).toHaveBeenLastCalledWith('I led the migration and we');
    recognition.hear(true, ' and we shipped on time ');
    await expect(session.stop()).resolves.toBe('I led the migration and we shipped on time');
  });

  it('refuses to start where recognition would not stay on the device', async () => {
    await expect(startOnDeviceTranscript({ lang: 'ko-KR', Recognition: standIn('downloadable').Recognition })).rejects.toMatchObject({ kind: 'not-on-device' });
    const ignoring = standIn('available', { honoursProcessLocally: false });
    await expect(startOnDeviceTranscript({ lang: 'ko-KR', Recognition: ignoring.Recognition })).rejects.toMatchObject({ kind: 'not-on-device' });
    expect(ignoring.instances[0]?.started).toBe(false);
    await expect(startOnDeviceTranscript({ lang: 'ko-KR' })).rejects.toMatchObject({ kind: 'not-on-device' });
  });

  it('reports a refused microphone', async () => {
    const { Recognition, instances } = standIn('available');
    const session = await startOnDeviceTranscript({ lang: 'en-US', Recognition });
    instances[0]!.onerror?.({ error: 'not-allowed' });
    await expect(session.stop()).rejects.toMatchObject({ kind: 'not-allowed' });
  });
});
