/** A Storage in memory with a size limit, and a switch that makes every access throw. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Total characters (keys and values) allowed, like a browser's quota. */
  quota = Number.POSITIVE_INFINITY;
  /** When set, every call throws it (storage disabled, private mode). */
  failure: Error | null = null;
  writes = 0;

  get length(): number {
    this.check();
    return this.items.size;
  }

  key(index: number): string | null {
    this.check();
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.check();
    const size = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0) + key.length + value.length;
    if (size > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes += 1;
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }

  clear(): void {
    this.check();
    this.items.clear();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

/** Stands in for a window: receives `storage`, `pagehide` and `visibilitychange` events. */
export function fakeWindow(): Window {
  const target = new EventTarget() as EventTarget & { document: EventTarget };
  target.document = new EventTarget();
  return target as unknown as Window;
}

/** Delivers another tab's write, as the browser does with a `storage` event. */
export function deliverStorageEvent(target: Window, key: string | null, newValue: string | null): void {
  const event = new Event('storage') as Event & { key: string | null; newValue: string | null; storageArea: null };
  Object.assign(event, { key, newValue, storageArea: null });
  target.dispatchEvent(event);
}
