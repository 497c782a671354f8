import { useCallback, useEffect, useRef, useState } from 'react';
import { mockFigures, type MockFigures } from '@/domain/mock';
import { analyseRecording } from '@/lib/analyse-recording';
import type { RecordingStore } from '@/lib/recording-store';
import { memoryRecordings, recordingStore } from '@/lib/recordings';
import { useRecorder, type RecorderControls } from '@/lib/use-recorder';

/** A recorded take as the view has it: a playable URL, and its figures once measured. */
export interface TakeMedia {
  readonly url: string;
  readonly mimeType: string;
  readonly status: 'analysing' | 'done' | 'failed';
  readonly figures: MockFigures | null;
  readonly recordingId: string | null;
}

export interface Takes {
  readonly recorder: RecorderControls;
  /** Recorded takes of this mock by key (`<question>:a`, `<question>:f<n>`). */
  readonly media: Readonly<Record<string, TakeMedia>>;
  /** Starts recording a take (asks for the microphone the first time). */
  begin(): void;
  /** Ends the take being recorded, keeps it, and measures it; calls `onMeasured` when done. */
  end(key: string, label: string, targetSeconds: number): void;
}

async function keep(store: RecordingStore, recording: Parameters<RecordingStore['put']>[0]): Promise<string | null> {
  try {
    return (await store.put(recording)).id;
  } catch {
    // No room or no IndexedDB: the take is kept for this visit instead.
    try {
      return (await memoryRecordings().put(recording)).id;
    } catch {
      return null;
    }
  }
}

/**
 * The recordings of one mock: one microphone for all its takes, each take kept in the recording
 * store the settings name (memory unless the user keeps recordings) and measured off the main
 * thread. Nothing leaves the device.
 */
export function useTakes({
  sessionId,
  keepRecordings,
  onMeasured,
}: {
  sessionId: string;
  keepRecordings: boolean;
  onMeasured: (key: string, figures: MockFigures | null, recordingId: string | null) => void;
}): Takes {
  const recorder = useRecorder();
  const [media, setMedia] = useState<Record<string, TakeMedia>>({});
  const urls = useRef<string[]>([]);
  const starting = useRef<Promise<boolean> | null>(null);
  const latest = useRef({ onMeasured, keepRecordings, recorder });
  useEffect(() => {
    latest.current = { onMeasured, keepRecordings, recorder };
  });
  useEffect(() => {
    const list = urls.current;
    return () => list.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const begin = useCallback(() => {
    starting.current = latest.current.recorder.start();
  }, []);

  const end = useCallback(
    (key: string, label: string, targetSeconds: number) => {
      void (async () => {
        // Stop pressed while the microphone was still opening: wait for the take, then end it.
        const started = starting.current;
        starting.current = null;
        if (started === null || !(await started)) return;
        const recording = await latest.current.recorder.stop();
        if (recording === null || recording.blob.size === 0) return;
        const url = URL.createObjectURL(recording.blob);
        urls.current.push(url);
        const set = (patch: Partial<TakeMedia>): void =>
          setMedia((m) => ({ ...m, [key]: { url, mimeType: recording.mimeType, status: 'analysing', figures: null, recordingId: null, ...m[key], ...patch } }));
        set({});
        const recordingId = await keep(recordingStore(latest.current.keepRecordings), {
          blob: recording.blob,
          mimeType: recording.mimeType,
          durationMs: recording.durationMs,
          createdAt: recording.startedAt,
          label,
          sessionId,
        });
        set({ recordingId });
        try {
          const figures = mockFigures(await analyseRecording(recording.blob, { analysis: { targetSeconds } }));
          set({ status: 'done', figures });
          latest.current.onMeasured(key, figures, recordingId);
        } catch {
          set({ status: 'failed' });
          latest.current.onMeasured(key, null, recordingId);
        }
      })();
    },
    [sessionId],
  );

  return { recorder, media, begin, end };
}
