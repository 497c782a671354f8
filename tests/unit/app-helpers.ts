import { vi } from 'vitest';
import { persistence, useAppStore } from '@/stores/app-store';
import { INITIAL_STATUS } from '@/stores/persistence';
import { EMPTY_USER_DATA } from '@/stores/user-data';

/** Puts the app's one store back to a first visit: no data, nothing stored, no notices. */
export function resetAppStore(): void {
  useAppStore.setState(EMPTY_USER_DATA);
  persistence.flush();
  localStorage.clear();
  persistence.status.setState(INITIAL_STATUS);
}

/** Records files the app downloads (name and text) instead of letting jsdom navigate. */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
  return downloads;
}
