import { use } from 'react';

type Loaders<T> = Readonly<Record<string, () => Promise<{ entry: T }>>>;

const cache = new Map<string, Promise<unknown>>();

/**
 * Loads one content entry from its own chunk, suspending until it arrives (the page's Suspense
 * boundary shows the fallback). Undefined for an unknown id. Each entry loads once.
 */
export function useEntry<T>(kind: string, loaders: Loaders<T>, id: string | undefined): T | undefined {
  const load = id === undefined || !Object.hasOwn(loaders, id) ? undefined : loaders[id];
  if (!load) return undefined;
  const key = `${kind}/${id ?? ''}`;
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load().then((m) => m.entry);
    cache.set(key, promise);
  }
  return use(promise);
}
