// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { canRecord, chooseMimeType, openMicrophone, RecorderError, type MediaRecorderConstructor, type RecorderEnvironment } from '@/lib/recorder';

/** A microphone track stand-in. */
class StandInTrack extends EventTarget {
  stopped = false;
  stop(): void {
    this.stopped = true;
  }
  end(): void {
    this.dispatchEvent(new Event('ended'));
  }
}

function standInStream(trackCount = 1) {
  const tracks = Array.from({ length: trackCount }, () => new StandInTrack());
  const stream = { getAudioTracks: () => tracks, getTracks: () => tracks } as unknown as MediaStream;
  return { stream, tracks };
}

/** A MediaRecorder stand-in: hands over one chunk per second of fake time and on stop. */
function standInRecorder(supported: string[] = ['audio/webm;codecs=opus'], options: { failOnStart?: boolean } = {}) {
  const instances: StandIn[] = [];
  class StandIn {
    static isTypeSupported = (type: string) => supported.includes(type);
    state: RecordingState = 'inactive';
    mimeType: string;
    timeslice: number | undefined;
    ondataavailable: ((event: BlobEvent) => void) | null = null;
    onstop: (() => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    constructor(
      readonly stream: MediaStream,
      readonly options: MediaRecorderOptions = {},
    ) {
      this.mimeType = options.mimeType ?? 'audio/webm';
      instances.push(this);
    }
    start(timeslice?: number): void {
      if (options.failOnStart) throw new DOMException('not supported', 'NotSupportedError');
      this.timeslice = timeslice;
      this.state = 'recording';
    }
    /** What the browser does every `timeslice`. */
    emit(text: string): void {
      this.ondataavailable?.({ data: new Blob([text], { type: this.mimeType }) } as BlobEvent);
    }
    stop(): void {
      this.state = 'inactive';
      setTimeout(() => {
        this.emit('last');
        this.onstop?.();
      }, 0);
    }
    fail(): void {
      this.state = 'inactive';
      this.onerror?.(Object.assign(new Event('error'), { error: new DOMException('encoder', 'UnknownError') }));
    }
  }
  return { Recorder: StandIn as unknown as MediaRecorderConstructor, instances };
}

function environment(overrides: Partial<RecorderEnvironment> = {}, stream = standInStream().stream): RecorderEnvironment {
  let clock = 1_000;
  return {
    mediaDevices: { getUserMedia: vi.fn(() => Promise.resolve(stream)) },
    MediaRecorder: standInRecorder().Recorder,
    now: () => (clock += 1500),
    ...overrides,
  };
}

describe('recording a take', () => {
  it('records a take into one Blob with its type and length, and releases the microphone on close', async () => {
    const { stream, tracks } = standInStream();
    const { Recorder, instances } = standInRecorder();
    const env = environment({ MediaRecorder: Recorder }, stream);
    const mic = await openMicrophone({ env });
    expect(env.mediaDevices?.getUserMedia).toHaveBeenCalledWith({ audio: true });

    const take = mic.startTake();
    expect(mic.recording).toBe(true);
    expect(take.mimeType).toBe('audio/webm;codecs=opus');
    expect(instances[0]?.timeslice).toBe(1000);
    instances[0]!.emit('first second ');
    const recording = await take.stop();

    expect(recording.mimeType).toBe('audio/webm;codecs=opus');
    expect(recording.blob.type).toBe('audio/webm;codecs=opus');
    expect(await recording.blob.text()).toBe('first second last');
    expect(recording.durationMs).toBe(1500);
    expect(mic.recording).toBe(false);

    // A second take on the same microphone, then close.
    const second = mic.startTake();
    await second.stop();
    mic.close();
    expect(mic.closed).toBe(true);
    expect(tracks.every((t) => t.stopped)).toBe(true);
    expect(() => mic.startTake()).toThrow(RecorderError);
  });

  it('allows one take at a time', async () => {
    const mic = await openMicrophone({ env: environment() });
    const take = mic.startTake();
    expect(() => mic.startTake()).toThrow(/already recording/);
    await take.stop();
  });

  it('throws the audio away when a take is cancelled', async () => {
    const { Recorder, instances } = standInRecorder();
    const mic = await openMicrophone({ env: environment({ MediaRecorder: Recorder }) });
    const take = mic.startTake();
    instances[0]!.emit('secret');
    take.cancel();
    const recording = await take.stop();
    expect(recording.blob.size).toBe(0);
  });

  it('keeps the audio of a take still running when the microphone is closed', async () => {
    const { Recorder, instances } = standInRecorder();
    const mic = await openMicrophone({ env: environment({ MediaRecorder: Recorder }) });
    const take = mic.startTake();
    instances[0]!.emit('answer ');
    mic.close();
    expect(await (await take.stop()).blob.text()).toBe('answer last');
  });

  it('picks Opus in WebM, else the next type the browser records, else the browser default', () => {
    expect(chooseMimeType(standInRecorder(['audio/webm;codecs=opus', 'audio/mp4']).Recorder)).toBe('audio/webm;codecs=opus');
    expect(chooseMimeType(standInRecorder(['audio/mp4']).Recorder)).toBe('audio/mp4');
    expect(chooseMimeType(standInRecorder([]).Recorder)).toBe('');
  });

  it('tells the caller when the microphone goes away', async () => {
    const { stream, tracks } = standInStream();
    const onInterrupted = vi.fn();
    await openMicrophone({ env: environment({}, stream), onInterrupted });
    tracks[0]!.end();
    expect(onInterrupted).toHaveBeenCalledTimes(1);
  });
});

describe('clear errors when recording is impossible', () => {
  const refused = (name: string) => environment({ mediaDevices: { getUserMedia: () => Promise.reject(new DOMException('no', name)) } });

  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['SecurityError', 'permission-denied'],
    ['NotFoundError', 'no-microphone'],
    ['OverconstrainedError', 'no-microphone'],
    ['NotReadableError', 'microphone-busy'],
    ['SomethingNew', 'recording-failed'],
  ])('getUserMedia failing with %s is "%s"', async (name, kind) => {
    const error = await openMicrophone({ env: refused(name) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecorderError);
    expect(error).toMatchObject({ kind });
    expect((error as Error).message).not.toBe('');
  });

  it('says the browser cannot record when MediaRecorder or the microphone API is missing', async () => {
    await expect(openMicrophone({ env: environment({ MediaRecorder: undefined }) })).rejects.toMatchObject({ kind: 'no-media-recorder' });
    await expect(openMicrophone({ env: environment({ mediaDevices: undefined }) })).rejects.toMatchObject({ kind: 'no-media-recorder' });
    expect(canRecord(environment({ MediaRecorder: undefined }))).toBe(false);
    expect(canRecord(environment())).toBe(true);
    // jsdom, like an old browser, has neither.
    expect(canRecord()).toBe(false);
    await expect(openMicrophone()).rejects.toMatchObject({ kind: 'no-media-recorder' });
  });

  it('treats a stream without an audio track as no microphone', async () => {
    const { stream } = standInStream(0);
    await expect(openMicrophone({ env: environment({}, stream) })).rejects.toMatchObject({ kind: 'no-microphone' });
  });

  it('reports a recorder that cannot start or that fails mid-take', async () => {
    const failing = standInRecorder(['audio/webm;codecs=opus'], { failOnStart: true });
    const mic = await openMicrophone({ env: environment({ MediaRecorder: failing.Recorder }) });
    expect(() => mic.startTake()).toThrow(RecorderError);
    expect(mic.recording).toBe(false);

    const { Recorder, instances } = standInRecorder();
    const other = await openMicrophone({ env: environment({ MediaRecorder: Recorder }) });
    const take = other.startTake();
    instances[0]!.fail();
    await expect(take.stop()).rejects.toMatchObject({ kind: 'recording-failed' });
    expect(other.recording).toBe(false);
  });
});
