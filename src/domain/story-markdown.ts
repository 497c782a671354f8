import { PRINCIPLE_IDS, STAR_SECTIONS } from './content';
import { ID_PATTERN } from './ids';
import { splitSections } from './markdown-sections';
import { normalizeStory, type StoryFields } from './story';

/**
 * A story as a `content/stories/<id>.md` file and back, in the browser. The writer produces exactly
 * what the content pipeline reads, without a YAML library (it only quotes text). Reading a file
 * needs a full YAML parser: `story-markdown-reader.ts` parses the front matter with the `yaml`
 * package (as the build does) and loads only when the user imports; the checks of the parsed
 * fields and the body are here, with every problem naming its line.
 */

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

const STAR_HEADINGS = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;
const REQUIRED = STAR_SECTIONS.map((s) => STAR_HEADINGS[s]);
const ALLOWED = [...REQUIRED, 'Learnings', 'Notes'];
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const LEVEL_TWO = /^#{2}\s/;

/**
 * Makes section text safe to put under a `## Heading` in a story file: a line that would start a
 * new `##` section becomes `###` (the app renders both as the same sub-heading), and a code fence
 * left open is closed unless the section is the last one in the file (the app renders each section
 * on its own, where an open fence ends anyway). The fence and heading rules are those of
 * splitSections, which reads the file back.
 */
export function sectionSafeText(text: string, last = false): string {
  const out: string[] = [];
  let fence: string | null = null;
  let opener = '';
  for (const line of text.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) {
        fence = marker[0] ?? null;
        opener = marker;
      } else if (marker[0] === fence) fence = null;
      out.push(line);
    } else if (fence === null && LEVEL_TWO.test(line)) {
      out.push(`#${line}`);
    } else {
      out.push(line);
    }
  }
  if (fence !== null && !last) out.push(opener);
  return out.join('\n');
}

/**
 * The story exactly as its markdown file holds it: normalised (see normalizeStory) and with
 * section-safe text. `storyFromMarkdown(storyToMarkdown(s)).story` equals `canonicalStory(s)` for
 * every story, and equals `normalizeStory(s)` for every story read from content/ (where no section
 * can hold a stray `##` line or, but for the last, an open fence).
 */
export function canonicalStory(story: StoryFields): StoryFields {
  const s = normalizeStory(story);
  const last = s.notes !== '' ? 'notes' : s.learnings !== '' ? 'learnings' : 'result';
  return {
    ...s,
    star: {
      situation: sectionSafeText(s.star.situation),
      task: sectionSafeText(s.star.task),
      action: sectionSafeText(s.star.action),
      result: sectionSafeText(s.star.result, last === 'result'),
    },
    learnings: sectionSafeText(s.learnings, last === 'learnings'),
    notes: sectionSafeText(s.notes, last === 'notes'),
  };
}

function flowList(items: readonly string[]): string {
  return `[${items.map((item) => (isPlainSafe(item, true) ? item : quoteYaml(item))).join(', ')}]`;
}

function blockList(items: readonly string[]): string {
  return items.map((item) => `  - ${quoteYaml(item)}`).join('\n');
}

/** Writes a story in the content/stories format. `id` is written when it is a valid id. */
export function storyToMarkdown(story: StoryFields, id?: string): string {
  const s = canonicalStory(story);
  const front: string[] = [];
  if (id !== undefined && ID_PATTERN.test(id)) front.push(`id: ${id}`);
  front.push(`title: ${quoteYaml(s.title)}`);
  if (s.principles.length > 0) front.push(`principles: ${flowList(s.principles)}`);
  if (s.followUps.length > 0) front.push(`follow-ups:\n${blockList(s.followUps)}`);
  if (s.sources.length > 0) front.push(`sources:\n${blockList(s.sources)}`);
  const section = (heading: string, text: string): string => (text === '' ? `## ${heading}\n` : `## ${heading}\n\n${text}\n`);
  const body = [
    ...STAR_SECTIONS.map((k) => section(STAR_HEADINGS[k], s.star[k])),
    ...(s.learnings === '' ? [] : [section('Learnings', s.learnings)]),
    ...(s.notes === '' ? [] : [section('Notes', s.notes)]),
  ];
  return `---\n${front.join('\n')}\n---\n${body.join('\n')}`;
}

export interface StoryMarkdownProblem {
  readonly field: string;
  readonly message: string;
  /** The file's line the problem is on (1-based). */
  readonly line: number;
}

/** A story file that cannot be read; `problems` lists every reason, `message` one per line, each naming its line. */
export class StoryMarkdownError extends Error {
  readonly problems: readonly StoryMarkdownProblem[];
  constructor(problems: readonly StoryMarkdownProblem[], file?: string) {
    const prefix = file ? `${file}: ` : '';
    super(problems.map((p) => `${prefix}line ${p.line}: ${p.field}: ${p.message}`).join('\n'));
    this.name = 'StoryMarkdownError';
    this.problems = problems;
  }
}

export interface ParsedStoryFile {
  /** From `id:` in the front matter, else from a kebab-case file name, else null. */
  readonly id: string | null;
  readonly story: StoryFields;
}

/** The front matter block: its YAML text, the line it starts on, and where the body starts. */
export const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a nested mapping';
  return String(value);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const countLines = (text: string): number => text.split(/\r\n?|\n/).length;

function readBody(body: string, firstLine: number, problems: StoryMarkdownProblem[]): Map<string, string> {
  const { preamble, sections } = splitSections(body, 2);
  const at = (line: number): number => firstLine + line - 1;
  const found = new Map<string, string>();
  if (preamble !== '') problems.push({ field: 'body', message: 'text before the first section: start with "## Situation"', line: firstLine });
  for (const section of sections) {
    if (!ALLOWED.includes(section.heading)) {
      problems.push({
        field: 'body',
        message: `unexpected section "## ${section.heading}" (expected ${ALLOWED.map((h) => `"## ${h}"`).join(', ')})`,
        line: at(section.line),
      });
    } else if (found.has(section.heading)) {
      problems.push({ field: 'body', message: `section "## ${section.heading}" appears twice`, line: at(section.line) });
    } else {
      found.set(section.heading, section.text);
    }
  }
  const missing = REQUIRED.filter((h) => !found.has(h));
  if (missing.length > 0) {
    problems.push({
      field: 'body',
      message: `missing section${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')} (an empty section is fine)`,
      line: firstLine + countLines(body) - 1,
    });
  } else {
    const order = sections.filter((s) => (REQUIRED as readonly string[]).includes(s.heading));
    const wrong = order.find((s, i) => s.heading !== REQUIRED[i]);
    if (wrong)
      problems.push({ field: 'body', message: `sections out of order: expected ${REQUIRED.map((h) => `"## ${h}"`).join(', ')}`, line: at(wrong.line) });
  }
  return found;
}

/** Front matter as a YAML parser read it, with the file line of each key. */
export interface ParsedFrontMatter {
  readonly data: Readonly<Record<string, unknown>>;
  readonly lineOf: (key: string) => number;
}

/**
 * Checks a story file's parsed front matter and its body with the rules of the content pipeline:
 * required title, known principles, http(s) sources, the four STAR sections in order, optional
 * Learnings and Notes, nothing else. `problems` holds what the parser already found; throws
 * StoryMarkdownError naming every problem and its line.
 */
export function storyFromParts(
  front: ParsedFrontMatter | null,
  body: string,
  bodyLine: number,
  problems: StoryMarkdownProblem[],
  fileName?: string,
): ParsedStoryFile {
  const data = front?.data ?? {};
  const lineOf = front?.lineOf ?? (() => 1);
  for (const key of Object.keys(data)) {
    if (!['id', 'title', 'principles', 'follow-ups', 'sources'].includes(key)) problems.push({ field: key, message: 'unknown field', line: lineOf(key) });
  }
  const text = (key: string): string | null => {
    const value = data[key];
    if (typeof value !== 'string') {
      problems.push({ field: key, message: `expected text, got ${describe(value)}`, line: lineOf(key) });
      return null;
    }
    return value;
  };
  const list = (key: string): readonly string[] => {
    if (!Object.hasOwn(data, key)) return [];
    const value = data[key];
    if (!Array.isArray(value)) {
      problems.push({ field: key, message: `expected a list, got ${describe(value)}`, line: lineOf(key) });
      return [];
    }
    return value.flatMap((item: unknown, i) => {
      if (typeof item === 'string') return [item];
      problems.push({ field: `${key}[${i}]`, message: `expected text, got ${describe(item)}`, line: lineOf(key) });
      return [];
    });
  };

  let id: string | null = null;
  if (Object.hasOwn(data, 'id')) {
    const value = text('id');
    if (value !== null && !ID_PATTERN.test(value))
      problems.push({ field: 'id', message: `expected a kebab-case id (a-z, 0-9, "-"), got "${value}"`, line: lineOf('id') });
    else id = value;
  } else if (fileName !== undefined) {
    const base =
      fileName
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.(md|markdown|txt)$/i, '') ?? '';
    id = ID_PATTERN.test(base) ? base : null;
  }

  let title = '';
  if (front !== null) {
    if (!Object.hasOwn(data, 'title')) problems.push({ field: 'title', message: 'required field is missing (expected text)', line: 1 });
    else {
      title = (text('title') ?? '').trim();
      if (title === '' && typeof data.title === 'string') problems.push({ field: 'title', message: 'must not be empty', line: lineOf('title') });
    }
  }

  const principles = list('principles');
  principles.forEach((p, i) => {
    if (!(PRINCIPLE_IDS as readonly string[]).includes(p))
      problems.push({ field: `principles[${i}]`, message: `unknown principle "${p}"`, line: lineOf('principles') });
  });
  const followUps = list('follow-ups').map((q) => q.trim());
  followUps.forEach((q, i) => {
    if (q === '') problems.push({ field: `follow-ups[${i}]`, message: 'must not be empty', line: lineOf('follow-ups') });
  });
  const sources = list('sources');
  sources.forEach((url, i) => {
    if (!isHttpUrl(url)) problems.push({ field: `sources[${i}]`, message: `expected an http(s) URL, got "${url}"`, line: lineOf('sources') });
  });

  const sections = readBody(body, bodyLine, problems);
  if (problems.length > 0)
    throw new StoryMarkdownError(
      problems.sort((a, b) => a.line - b.line),
      fileName,
    );
  const get = (heading: string): string => sections.get(heading) ?? '';
  return {
    id,
    story: {
      title,
      principles: [...principles],
      followUps,
      star: { situation: get('Situation'), task: get('Task'), action: get('Action'), result: get('Result') },
      learnings: get('Learnings'),
      notes: get('Notes'),
      sources: [...sources],
    },
  };
}
