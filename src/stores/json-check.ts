/**
 * Keys that JSON.parse accepts but that would not survive a load and a save: a key given twice in
 * one object (JSON.parse keeps the last silently) and `__proto__`. Run on text JSON.parse has
 * accepted, and only when the text is not exactly what the app writes (the usual load skips it).
 * Hand-written because JSON.parse cannot report either, and a full JSON AST parser would add
 * weight to the first page for this one check.
 */
export function jsonKeyProblems(text: string, limit = 10): string[] {
  const problems: string[] = [];
  const stack: (Set<string> | null)[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && problems.length < limit) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      let j = i + 1;
      let escaped = false;
      while (j < n && text.charCodeAt(j) !== 0x22) {
        if (text.charCodeAt(j) === 0x5c) {
          escaped = true;
          j += 2;
        } else j += 1;
      }
      const literal = text.slice(i, j + 1);
      i = j + 1;
      let k = i;
      while (k < n && /\s/.test(text[k] ?? '')) k += 1;
      const keys = stack.at(-1);
      if (text[k] === ':' && keys) {
        const key = escaped ? (JSON.parse(literal) as string) : literal.slice(1, -1);
        if (key === '__proto__') problems.push('a key named "__proto__"');
        else if (keys.has(key)) problems.push(`the key "${key.slice(0, 40)}" given twice in one object`);
        keys.add(key);
      }
      continue;
    }
    if (ch === 0x7b) stack.push(new Set());
    else if (ch === 0x5b) stack.push(null);
    else if (ch === 0x7d || ch === 0x5d) stack.pop();
    i += 1;
  }
  return problems;
}

/**
 * True when `data` holds everything `tree` holds: every key and value of `tree` (at any depth) is in
 * `data` with the same value. `data` may hold more (defaults for what `tree` lacked).
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
