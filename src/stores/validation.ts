import { deepEqual, isRecord } from './equal';
import { ID_PATTERN } from '@/domain/ids';

export { deepEqual, isRecord };

/** A reason the stored data cannot be used, with the path of the first bad field. */
export class InvalidUserDataError extends Error {
  readonly path: string;
  /** The message without the path. */
  readonly detail: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'InvalidUserDataError';
    this.path = path;
    this.detail = message;
  }
}

/** A part of the stored data that was not loaded: the part, the bad field in it and why, and its value as stored. */
export interface AsideItem {
  /** The part set aside, e.g. `stories["india-gst"]`. */
  readonly path: string;
  /** The field that failed, e.g. `stories["india-gst"].story.title` (the part itself for an unknown field). */
  readonly field: string;
  readonly reason: string;
  readonly value: unknown;
}

/**
 * Collects what validation sets aside. Strict (backups, other tabs' writes): the first problem
 * throws. Lenient (loading this browser's data): a bad record or an unknown field is set aside and
 * the rest loads; the caller keeps a copy of the stored text and tells the user.
 */
export class Report {
  readonly items: AsideItem[] = [];
  constructor(readonly strict: boolean) {}

  /** Records a part that is not loaded (or, strict, throws). */
  aside(path: string, reason: string, value: unknown): void {
    if (this.strict) throw new InvalidUserDataError(path, reason);
    this.items.push({ path, field: path, reason, value });
  }

  /** Validates one part; a part that fails is set aside (strict: the error is thrown) and yields undefined. */
  part<T>(path: string, value: unknown, validate: () => T): T | undefined {
    try {
      return validate();
    } catch (error) {
      if (this.strict || !(error instanceof InvalidUserDataError)) throw error;
      this.items.push({ path, field: error.path, reason: error.detail, value });
      return undefined;
    }
  }
}

/** Validation that throws on the first problem. */
export const strict = (): Report => new Report(true);

export function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new InvalidUserDataError(path, 'expected an object');
  return value;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/**
 * Checks an object's keys: a missing one (unless optional) makes the whole object unusable; a key
 * the app does not know is set aside through `report` (so nothing is dropped without a copy).
 */
export function expectKeys(value: Record<string, unknown>, path: string, keys: readonly string[], report: Report, optional: readonly string[] = []): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key) && !optional.includes(key)) report.aside(join(path, key), 'unknown field', value[key]);
  }
  for (const key of keys) {
    if (!Object.hasOwn(value, key)) throw new InvalidUserDataError(join(path, key), 'missing');
  }
}

/**
 * Keys the app does not know are set aside through `report` (nothing is dropped without a copy);
 * missing keys are left to `readField`, which gives them their defaults.
 */
export function expectKnownKeys(value: Record<string, unknown>, path: string, keys: readonly string[], report: Report): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) report.aside(join(path, key), 'unknown field', value[key]);
  }
}

/**
 * One field of a stored object, checked on its own, so that a bad field never takes its neighbours
 * (or the records beside it) with it: a missing field (data written before it existed, or a backup
 * of an older version) takes its default, in strict mode too; a bad value is set aside with the
 * default in its place (strict: thrown).
 */
export function readField<T>(
  value: Record<string, unknown>,
  path: string,
  key: string,
  report: Report,
  fallback: T,
  check: (value: unknown, path: string) => T,
): T {
  if (!Object.hasOwn(value, key)) return fallback;
  const at = join(path, key);
  try {
    return check(value[key], at);
  } catch (error) {
    if (report.strict || !(error instanceof InvalidUserDataError)) throw error;
    report.items.push({ path: at, field: error.path, reason: error.detail, value: value[key] });
    return fallback;
  }
}

/** Longest text a stored field may hold (10 million characters; localStorage holds about 5 MB). */
export const MAX_TEXT = 10_000_000;

export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new InvalidUserDataError(path, 'expected text');
  if (value.length > MAX_TEXT) throw new InvalidUserDataError(path, 'text too long');
  return value;
}

export function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidUserDataError(path, 'expected true or false');
  return value;
}

/** Longest list a stored field may hold. */
export const MAX_ITEMS = 100_000;

export function expectStrings(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw new InvalidUserDataError(path, 'expected a list of text');
  if (value.length > MAX_ITEMS) throw new InvalidUserDataError(path, 'list too long');
  return value.map((item, i) => expectString(item, `${path}[${i}]`));
}

export function expectIds(value: unknown, path: string): string[] {
  return expectStrings(value, path).map((id, i) => {
    if (!ID_PATTERN.test(id)) throw new InvalidUserDataError(`${path}[${i}]`, `expected a kebab-case id, got "${id.slice(0, 40)}"`);
    return id;
  });
}

/**
 * The latest time the app accepts: 9999-12-31T23:59:59.999Z. Every stored time is within
 * [0, MAX_TIME], so `new Date(t)` and Intl formatting never fail on it.
 */
export const MAX_TIME = 253_402_300_799_999;

/** A time as epoch milliseconds, within the range every date function handles. */
export function expectTime(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIME) {
    throw new InvalidUserDataError(path, 'expected a time (epoch milliseconds, year 1970 to 9999)');
  }
  return value;
}

export function expectTimeOrNull(value: unknown, path: string): number | null {
  return value === null ? null : expectTime(value, path);
}

/** A number within [min, max] (and whole, if asked). */
export function expectNumber(value: unknown, path: string, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new InvalidUserDataError(path, `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  }
  return value;
}

/** Path of a record in a slice: `stories["india-gst"]`. */
export const recordPath = (path: string, id: string): string => `${path}[${JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id)}]`;

/**
 * A record keyed by ids; each value checked by `item`. A key that is not a valid id, or a value that
 * fails its check, is set aside through `report` and the other records load.
 */
export function expectIdRecord<T>(
  value: unknown,
  path: string,
  item: (value: unknown, path: string, report: Report, id: string) => T,
  report: Report,
  idPattern: RegExp = ID_PATTERN,
  idName = idPattern === ID_PATTERN ? 'a kebab-case id' : 'an id',
): Record<string, T> {
  const object = expectObject(value, path);
  const out: Record<string, T> = {};
  // Returned as stored when every record is valid as stored (no copy of a large slice).
  let same = true;
  for (const id in object) {
    if (!Object.hasOwn(object, id)) continue;
    const entry = object[id];
    if (!idPattern.test(id)) {
      report.aside(recordPath(path, id), id === '__proto__' ? 'a key named "__proto__"' : `expected ${idName} as key`, entry);
      same = false;
      continue;
    }
    const before = report.items.length;
    const valid = report.part(recordPath(path, id), entry, () => item(entry, recordPath(path, id), report, id));
    if (valid !== (entry as unknown) || report.items.length !== before) same = false;
    if (valid !== undefined) out[id] = valid;
  }
  return same ? (object as Record<string, T>) : out;
}
