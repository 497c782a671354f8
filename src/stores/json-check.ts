/**
 * Keys that JSON.parse accepts but that would not survive a load and a save: a key given twice in
 * one object (JSON.parse keeps the last silently) and `__proto__`. Run on text JSON.parse has
 * accepted. Hand-written because JSON.parse cannot report either and a JSON AST parser would add
 * weight to the first page for this one check; a single pass over the text, no regular expressions.
 */
export function jsonKeyProblems(text: string, limit = 10): string[] {
  const problems: string[] = [];
  // Per open object: the hashes and spans of its keys so far (null for an array). Keys are compared
  // by hash first, and as text only when two hashes match: no string is made for most keys.
  const stack: ({ hashes: number[]; spans: number[]; index: Map<number, number[]> | null } | null)[] = [];
  const keyText = (start: number, end: number): string => {
    const literal = text.slice(start, end + 1);
    return literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1);
  };
  const n = text.length;
  let i = 0;
  while (i < n && problems.length < limit) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      // A string: find its closing quote (one not escaped by an odd run of backslashes).
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k -= 1) slashes += 1;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) break;
      const keys = stack[stack.length - 1];
      if (keys) {
        let k = end + 1;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
          k += 1;
        }
        if (text.charCodeAt(k) === 0x3a) {
          let hash = end - i;
          for (let j = i + 1; j < end; j += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(j)) | 0;
          if (end - i === 10 && text.startsWith('"__proto__"', i)) problems.push('a key named "__proto__"');
          // A few keys: a linear look; many (a slice of records): an index by hash.
          if (keys.index === null && keys.hashes.length >= 16) {
            const index = new Map<number, number[]>();
            keys.hashes.forEach((h, at) => {
              const list = index.get(h);
              if (list) list.push(at);
              else index.set(h, [at]);
            });
            keys.index = index;
          }
          const twice = (at: number): boolean => {
            if (keyText(keys.spans[2 * at] as number, keys.spans[2 * at + 1] as number) !== keyText(i, end)) return false;
            problems.push(`the key "${keyText(i, end).slice(0, 40)}" given twice in one object`);
            return true;
          };
          if (keys.index) {
            for (const at of keys.index.get(hash) ?? []) if (twice(at)) break;
          } else {
            for (let at = 0; at < keys.hashes.length; at += 1) if (keys.hashes[at] === hash && twice(at)) break;
          }
          const at = keys.hashes.length;
          keys.hashes.push(hash);
          keys.spans.push(i, end);
          if (keys.index) {
            const list = keys.index.get(hash);
            if (list) list.push(at);
            else keys.index.set(hash, [at]);
          }
        }
      }
      i = end + 1;
      continue;
    }
    if (ch === 0x7b) stack.push({ hashes: [], spans: [], index: null });
    else if (ch === 0x5b) stack.push(null);
    else if (ch === 0x7d || ch === 0x5d) stack.pop();
    i += 1;
  }
  return problems;
}

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
