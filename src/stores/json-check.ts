/**
 * True when `data` holds everything `tree` holds: every key and value of `tree` (at any depth) is in
 * `data` with the same value. `data` may hold more (defaults for what `tree` lacked). Parts loaded
 * as stored (the same object) are not walked again.
 */
export function covers(tree: unknown, data: unknown): boolean {
  if (Object.is(tree, data)) return true;
  if (typeof tree !== 'object' || tree === null || typeof data !== 'object' || data === null) return false;
  if (Array.isArray(tree)) return Array.isArray(data) && tree.length === data.length && tree.every((item, i) => covers(item, data[i]));
  if (Array.isArray(data)) return false;
  const t = tree as Record<string, unknown>;
  const d = data as Record<string, unknown>;
  return Object.keys(t).every((key) => Object.hasOwn(d, key) && covers(t[key], d[key]));
}
