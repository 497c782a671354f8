import { ID_PATTERN } from '@/domain/ids';

/** A reason the stored data cannot be used, with the path of the first bad field. */
export class InvalidUserDataError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'InvalidUserDataError';
    this.path = path;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new InvalidUserDataError(path, 'expected an object');
  return value;
}

/** Checks that an object has exactly these keys (all required unless listed as optional). */
export function expectKeys(value: Record<string, unknown>, path: string, keys: readonly string[], optional: readonly string[] = []): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key) && !optional.includes(key)) throw new InvalidUserDataError(path === '' ? key : `${path}.${key}`, 'unknown field');
  }
  for (const key of keys) {
    if (!(key in value)) throw new InvalidUserDataError(path === '' ? key : `${path}.${key}`, 'missing');
  }
}

export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new InvalidUserDataError(path, 'expected text');
  return value;
}

export function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidUserDataError(path, 'expected true or false');
  return value;
}

export function expectStrings(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw new InvalidUserDataError(path, 'expected a list of text');
  return value.map((item, i) => expectString(item, `${path}[${i}]`));
}

export function expectIds(value: unknown, path: string): string[] {
  return expectStrings(value, path).map((id, i) => {
    if (!ID_PATTERN.test(id)) throw new InvalidUserDataError(`${path}[${i}]`, `expected a kebab-case id, got "${id.slice(0, 40)}"`);
    return id;
  });
}

/** A time as epoch milliseconds. */
export function expectTime(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new InvalidUserDataError(path, 'expected a time (epoch milliseconds)');
  return value;
}

export function expectTimeOrNull(value: unknown, path: string): number | null {
  return value === null ? null : expectTime(value, path);
}

/** A record keyed by content ids; each value checked by `item`. */
export function expectIdRecord<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): Record<string, T> {
  const object = expectObject(value, path);
  const out: Record<string, T> = {};
  for (const [id, entry] of Object.entries(object)) {
    const at = `${path}["${id.slice(0, 60)}"]`;
    if (!ID_PATTERN.test(id)) throw new InvalidUserDataError(at, 'expected a kebab-case id as key');
    out[id] = item(entry, at);
  }
  return out;
}

/** Structural equality of plain data (what JSON can hold). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}
