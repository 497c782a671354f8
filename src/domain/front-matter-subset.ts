/**
 * A small reader and writer for exactly the front matter a story file needs: `key: "text"` and
 * `key: [a, b]` or a block list of `- "text"` items. It runs in the browser, where a full YAML
 * parser would be dead weight. Anything outside this subset is rejected with the line and a
 * reason, never guessed at; everything the writer produces is also valid YAML with the same values.
 */

export type SubsetValue = string | readonly string[];

export interface SubsetProblem {
  /** `front matter line 3`, or the key the problem is about. */
  readonly field: string;
  readonly message: string;
}

export interface SubsetEntry {
  readonly key: string;
  /** null for `key:` with nothing after it and no list below. */
  readonly value: SubsetValue | null;
  readonly line: number;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

const HEX_ESCAPES: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** Writes text as a YAML double-quoted scalar on one line (JSON-style escapes). */
export function quoteYaml(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** A value that YAML would read as something other than a string when written bare. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;

/** True when the text can be written without quotes and reads back as the same string. */
export function isPlainSafe(text: string, inFlow: boolean): boolean {
  return (
    PLAIN_START.test(text) &&
    text === text.trim() &&
    !/[\n\r\t]/.test(text) &&
    !/: |:$| #/.test(text) &&
    !(inFlow && /[,[\]{}]/.test(text)) &&
    !NOT_TEXT.test(text)
  );
}

class ScalarError extends Error {}

interface Scanned {
  readonly value: string;
  /** Index just past the scalar. */
  readonly end: number;
}

function scanDoubleQuoted(text: string, start: number): Scanned {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"') return { value: out, end: i + 1 };
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined) break;
      const simple = SIMPLE_ESCAPES[next];
      const width = HEX_ESCAPES[next];
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (width !== undefined) {
        const hex = text.slice(i + 2, i + 2 + width);
        if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) throw new ScalarError(`bad escape "\\${next}${hex}" in quoted text`);
        out += String.fromCodePoint(Number.parseInt(hex, 16));
        i += 2 + width;
      } else {
        throw new ScalarError(`unknown escape "\\${next}" in quoted text`);
      }
    } else {
      out += ch;
      i += 1;
    }
  }
  throw new ScalarError('quoted text is not closed on the same line (write it on one line, with \\n for line breaks)');
}

function scanSingleQuoted(text: string, start: number): Scanned {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === "'") {
      if (text[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      return { value: out, end: i + 1 };
    }
    out += ch;
    i += 1;
  }
  throw new ScalarError('quoted text is not closed on the same line');
}

function describePlain(text: string): string {
  return NOT_TEXT.test(text) ? `expected text, got ${text}: write it in double quotes` : `"${text}" must be written in double quotes`;
}

/** What may follow a value on its line: spaces, then optionally a `# comment`. */
function expectLineEnd(text: string, from: number): void {
  const rest = text.slice(from);
  if (rest.trim() !== '' && !/^\s+#/.test(rest)) throw new ScalarError(`unexpected text after the value: "${rest.trim()}"`);
}

/** One scalar taking the rest of a line (`key: value` or `- value`). */
function readLineScalar(text: string): string {
  const first = text[0];
  if (first === '"' || first === "'") {
    const scanned = first === '"' ? scanDoubleQuoted(text, 0) : scanSingleQuoted(text, 0);
    expectLineEnd(text, scanned.end);
    return scanned.value;
  }
  if (first === '|' || first === '>') throw new ScalarError('block text ("|" or ">") is not supported: write the text in double quotes on one line');
  if (first === '{') throw new ScalarError('a nested mapping is not supported here');
  if (first === '&' || first === '*' || first === '!') throw new ScalarError('anchors, aliases and tags are not supported');
  const plain = text.replace(/\s+#.*$/, '').trim();
  if (!isPlainSafe(plain, false)) throw new ScalarError(describePlain(plain));
  return plain;
}

/** `[a, "b", 'c']` with plain or quoted items. */
function readFlowList(text: string): string[] {
  const items: string[] = [];
  let i = 1;
  const skip = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i += 1;
  };
  for (;;) {
    skip();
    const ch = text[i];
    if (ch === undefined) throw new ScalarError('the list is not closed with "]" on the same line');
    if (ch === ']') {
      i += 1;
      break;
    }
    if (ch === '[' || ch === '{') throw new ScalarError('nested lists or mappings are not supported');
    if (ch === '"' || ch === "'") {
      const scanned = ch === '"' ? scanDoubleQuoted(text, i) : scanSingleQuoted(text, i);
      items.push(scanned.value);
      i = scanned.end;
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== ']') end += 1;
      const plain = text.slice(i, end).trim();
      if (plain === '') throw new ScalarError('empty item in the list');
      if (!isPlainSafe(plain, true)) throw new ScalarError(describePlain(plain));
      items.push(plain);
      i = end;
    }
    skip();
    if (text[i] === ',') i += 1;
    else if (text[i] !== ']') throw new ScalarError('expected "," or "]" in the list');
  }
  expectLineEnd(text, i);
  return items;
}

const KEY_LINE = /^([A-Za-z0-9_-]+):(?:[ \t]+(.*))?$/;
const ITEM_LINE = /^[ \t]*-(?:[ \t]+(.*))?$/;
const isBlank = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);

/**
 * Reads the front matter text (between the `---` lines) as a flat mapping of keys to text or lists
 * of text. Problems name the line; nothing outside the subset is accepted.
 */
export function readFrontMatterSubset(text: string): { entries: SubsetEntry[]; problems: SubsetProblem[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const entries: SubsetEntry[] = [];
  const problems: SubsetProblem[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const at = `front matter line ${lineNo}`;
    i += 1;
    if (isBlank(line)) continue;
    const match = KEY_LINE.exec(line);
    if (!match) {
      problems.push({
        field: at,
        message: /^\s/.test(line) ? 'unexpected indented line (only "- item" lines may be indented, under a key)' : 'expected "key: value"',
      });
      continue;
    }
    const key = match[1] ?? '';
    const rest = (match[2] ?? '').trim();
    if (seen.has(key)) {
      problems.push({ field: at, message: `"${key}" appears twice` });
      continue;
    }
    seen.add(key);
    try {
      if (rest === '' || rest.startsWith('#')) {
        const items: string[] = [];
        while (i < lines.length) {
          const next = lines[i] ?? '';
          const item = ITEM_LINE.exec(next);
          if (item) {
            const value = (item[1] ?? '').trim();
            if (value === '') throw new ScalarError(`line ${i + 1}: empty list item`);
            try {
              if (value.startsWith('[')) throw new ScalarError('nested lists are not supported');
              items.push(readLineScalar(value));
            } catch (error) {
              if (error instanceof ScalarError) throw new ScalarError(`line ${i + 1}: ${error.message}`);
              throw error;
            }
            i += 1;
          } else if (isBlank(next)) {
            i += 1;
          } else break;
        }
        entries.push({ key, value: items.length > 0 ? items : null, line: lineNo });
      } else if (rest.startsWith('[')) {
        entries.push({ key, value: readFlowList(rest), line: lineNo });
      } else {
        entries.push({ key, value: readLineScalar(rest), line: lineNo });
      }
    } catch (error) {
      if (!(error instanceof ScalarError)) throw error;
      problems.push({ field: key, message: error.message });
      // Skip the rest of a block list that failed part-way.
      while (i < lines.length && ITEM_LINE.test(lines[i] ?? '')) i += 1;
    }
  }
  return { entries, problems };
}
