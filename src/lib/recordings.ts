import { copyRecordings, createIndexedDbRecordingStore, createMemoryRecordingStore, type RecordingStore } from './recording-store';

/**
 * The app's two recording stores, one of each for the whole visit: in memory (the default, gone on
 * reload) and in IndexedDB (only when the user keeps recordings). Recordings never go into
 * localStorage. The views pick the store from the `keepRecordings` setting.
 */
let memory: RecordingStore | null = null;
let kept: RecordingStore | null = null;

export function memoryRecordings(): RecordingStore {
  memory ??= createMemoryRecordingStore();
  return memory;
}

export function keptRecordings(): RecordingStore {
  kept ??= createIndexedDbRecordingStore();
  return kept;
}

/** Where new recordings go. */
export function recordingStore(keep: boolean): RecordingStore {
  return keep ? keptRecordings() : memoryRecordings();
}

/**
 * Moving with the setting (see moveRecordings) keeps every recording in the store the setting
 * names, so that is the only one read: IndexedDB is never opened unless the user keeps recordings.
 */
export async function findRecording(id: string, keep: boolean): Promise<Blob | undefined> {
  try {
    return (await recordingStore(keep).get(id))?.blob;
  } catch {
    return undefined;
  }
}

/**
 * Turns keeping recordings on or off, and moves the recordings made so far with it: on, this
 * visit's recordings are written to IndexedDB; off, the kept ones come back to memory for this
 * visit and leave the device's storage.
 */
export async function moveRecordings(keep: boolean): Promise<number> {
  const from = recordingStore(!keep);
  const to = recordingStore(keep);
  const moved = await copyRecordings(from, to);
  await from.clear();
  return moved;
}

/** Deletes every recording: this visit's, and the ones kept on the device. */
export async function deleteAllRecordings(keep: boolean): Promise<void> {
  await memoryRecordings().clear();
  if (keep) await keptRecordings().clear();
}

/** How many recordings there are. */
export async function countRecordings(keep: boolean): Promise<number> {
  try {
    return (await recordingStore(keep).list()).length;
  } catch {
    return 0;
  }
}
