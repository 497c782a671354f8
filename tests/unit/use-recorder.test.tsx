import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MediaRecorderConstructor, RecorderEnvironment } from '@/lib/recorder';
import { useRecorder } from '@/lib/use-recorder';

function environment(getUserMedia: () => Promise<MediaStream>): RecorderEnvironment {
  class StandInRecorder {
    static isTypeSupported = () => true;
    state: RecordingState = 'inactive';
    mimeType = 'audio/webm;codecs=opus';
    ondataavailable: ((event: BlobEvent) => void) | null = null;
    onstop: (() => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    start(): void {
      this.state = 'recording';
    }
    stop(): void {
      this.state = 'inactive';
      setTimeout(() => {
        this.ondataavailable?.({ data: new Blob(['audio']) } as BlobEvent);
        this.onstop?.();
      }, 0);
    }
  }
  return { mediaDevices: { getUserMedia }, MediaRecorder: StandInRecorder as unknown as MediaRecorderConstructor };
}

const stream = () => {
  const track = { stop: vi.fn(), addEventListener: vi.fn() };
  return { track, stream: { getAudioTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream };
};

describe('useRecorder', () => {
  it('records takes on one microphone and releases it on unmount', async () => {
    const { track, stream: s } = stream();
    const getUserMedia = vi.fn(() => Promise.resolve(s));
    const env = environment(getUserMedia);
    const { result, unmount } = renderHook(() => useRecorder({ env }));
    expect(result.current.status).toBe('idle');

    await act(async () => expect(await result.current.start()).toBe(true));
    expect(result.current.status).toBe('recording');
    let recording: Awaited<ReturnType<typeof result.current.stop>> = null;
    await act(async () => {
      recording = await result.current.stop();
    });
    expect(result.current.status).toBe('idle');
    expect(recording!.blob.size).toBe(5);

    await act(async () => {
      await result.current.start();
      await result.current.stop();
    });
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    unmount();
    expect(track.stop).toHaveBeenCalled();
  });

  it('turns a refused microphone into a status and an error, and goes on', async () => {
    const env = environment(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const { result } = renderHook(() => useRecorder({ env }));
    await act(async () => expect(await result.current.start()).toBe(false));
    expect(result.current.status).toBe('unavailable');
    expect(result.current.error?.kind).toBe('permission-denied');
    await act(async () => expect(await result.current.stop()).toBeNull());
  });
});
