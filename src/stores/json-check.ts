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

/**
 * The keys a JSON text gives twice in one object, as paths (`state.stories["a"]`), at most `limit`.
 * JSON.parse keeps the last copy of a key and drops the others without a word, so stored text is
 * scanned for them before it is trusted. Written here rather than taken from a JSON AST parser:
 * this runs on every load of up to a few megabytes, and needs only the keys of each object, not a
 * node per value (which would cost several times JSON.parse). The text is known to be valid JSON
 * (JSON.parse read it first).
 */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const join = (path: string, key: string): string => (path === '' ? key : IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

export function duplicateKeys(text: string, limit = 20): string[] {
  const found: string[] = [];
  // One frame per open object or array: its path, its keys so far (objects), its next index (arrays).
  const stack: { path: string; keys: Set<string> | null; index: number; key: string | null }[] = [];
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.keys === null) return `${top.path}[${top.index}]`;
    return join(top.path, top.key ?? '');
  };
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      let end = i + 1;
      let escaped = false;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 0x5c /* \ */) escaped = true;
        else if (c === 0x22) break;
        end += c === 0x5c ? 2 : 1;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top && top.keys !== null) {
        const raw = text.slice(i, end + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key) && found.length < limit) found.push(join(top.path, key));
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end;
    } else if (ch === 0x7b /* { */) {
      stack.push({ path: childPath(), keys: new Set(), index: 0, key: null });
      expectKey = true;
    } else if (ch === 0x5b /* [ */) {
      stack.push({ path: childPath(), keys: null, index: 0, key: null });
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop();
    } else if (ch === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys === null) top.index += 1;
      else expectKey = true;
    }
  }
  return found;
}
