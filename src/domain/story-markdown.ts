import { PRINCIPLE_IDS, STAR_SECTIONS } from './content';
import { isPlainSafe, quoteYaml, readFrontMatterSubset, type SubsetValue } from './front-matter-subset';
import { ID_PATTERN } from './ids';
import { splitSections } from './markdown-sections';
import { normalizeStory, type StoryFields } from './story';

/**
 * A story as a `content/stories/<id>.md` file and back, in the browser, without a YAML library.
 * The writer produces exactly what the content pipeline reads; the reader accepts that and the
 * hand-written files in content/ (quoted or plain text, flow or block lists), and rejects anything
 * else with the field and the reason.
 */

const STAR_HEADINGS = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;
const REQUIRED = STAR_SECTIONS.map((s) => STAR_HEADINGS[s]);
const ALLOWED = [...REQUIRED, 'Learnings', 'Notes'];
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
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
}

/** A story file that cannot be read; `problems` lists every reason, `message` one per line. */
export class StoryMarkdownError extends Error {
  readonly problems: readonly StoryMarkdownProblem[];
  constructor(problems: readonly StoryMarkdownProblem[], file?: string) {
    const prefix = file ? `${file}: ` : '';
    super(problems.map((p) => `${prefix}${p.field}: ${p.message}`).join('\n'));
    this.name = 'StoryMarkdownError';
    this.problems = problems;
  }
}

export interface ParsedStoryFile {
  /** From `id:` in the front matter, else from a kebab-case file name, else null. */
  readonly id: string | null;
  readonly story: StoryFields;
}

function describe(value: SubsetValue | null): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return 'a list';
}

function textField(key: string, value: SubsetValue | null, problems: StoryMarkdownProblem[]): string | null {
  if (typeof value !== 'string') {
    problems.push({ field: key, message: `expected text, got ${describe(value)}` });
    return null;
  }
  return value;
}

function listField(key: string, value: SubsetValue | null | undefined, problems: StoryMarkdownProblem[]): readonly string[] {
  if (value === undefined) return [];
  if (value === null || typeof value === 'string') {
    problems.push({ field: key, message: `expected a list, got ${describe(value)}` });
    return [];
  }
  return value;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function readBody(body: string, problems: StoryMarkdownProblem[]): Map<string, string> {
  const { preamble, sections } = splitSections(body, 2);
  const found = new Map<string, string>();
  if (preamble !== '') problems.push({ field: 'body', message: 'text before the first section: start with "## Situation"' });
  for (const section of sections) {
    if (!ALLOWED.includes(section.heading)) {
      problems.push({
        field: 'body',
        message: `unexpected section "## ${section.heading}" at body line ${section.line} (expected ${ALLOWED.map((h) => `"## ${h}"`).join(', ')})`,
      });
    } else if (found.has(section.heading)) {
      problems.push({ field: 'body', message: `section "## ${section.heading}" appears twice` });
    } else {
      found.set(section.heading, section.text);
    }
  }
  const missing = REQUIRED.filter((h) => !found.has(h));
  if (missing.length > 0) {
    problems.push({
      field: 'body',
      message: `missing section${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')} (an empty section is fine)`,
    });
  } else {
    const order = sections.map((s) => s.heading).filter((h) => (REQUIRED as readonly string[]).includes(h));
    if (order.join('|') !== REQUIRED.join('|'))
      problems.push({ field: 'body', message: `sections out of order: expected ${REQUIRED.map((h) => `"## ${h}"`).join(', ')}` });
  }
  return found;
}

/**
 * Reads a story file (or pasted text in the same format). Throws StoryMarkdownError naming every
 * problem, with the rules of the content pipeline: required title, known principles, http(s)
 * sources, the four STAR sections in order, optional Learnings and Notes, nothing else.
 */
export function storyFromMarkdown(text: string, fileName?: string): ParsedStoryFile {
  const problems: StoryMarkdownProblem[] = [];
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    throw new StoryMarkdownError([{ field: 'front matter', message: 'missing: the file must start with front matter between "---" lines' }], fileName);
  }
  const { entries, problems: yamlProblems } = readFrontMatterSubset(match[1] ?? '');
  problems.push(...yamlProblems);
  const data = new Map(entries.map((e) => [e.key, e.value]));
  for (const entry of entries) {
    if (!['id', 'title', 'principles', 'follow-ups', 'sources'].includes(entry.key)) problems.push({ field: entry.key, message: 'unknown field' });
  }

  let id: string | null = null;
  if (data.has('id')) {
    const value = textField('id', data.get('id') ?? null, problems);
    if (value !== null && !ID_PATTERN.test(value)) problems.push({ field: 'id', message: `expected a kebab-case id (a-z, 0-9, "-"), got "${value}"` });
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
  if (!data.has('title')) {
    if (!yamlProblems.some((p) => p.field === 'title')) problems.push({ field: 'title', message: 'required field is missing (expected text)' });
  } else {
    title = (textField('title', data.get('title') ?? null, problems) ?? '').trim();
    if (title === '' && typeof data.get('title') === 'string') problems.push({ field: 'title', message: 'must not be empty' });
  }

  const principles = listField('principles', data.get('principles'), problems);
  principles.forEach((p, i) => {
    if (!(PRINCIPLE_IDS as readonly string[]).includes(p)) problems.push({ field: `principles[${i}]`, message: `unknown principle "${p}"` });
  });
  const followUps = listField('follow-ups', data.get('follow-ups'), problems).map((q) => q.trim());
  followUps.forEach((q, i) => {
    if (q === '') problems.push({ field: `follow-ups[${i}]`, message: 'must not be empty' });
  });
  const sources = listField('sources', data.get('sources'), problems);
  sources.forEach((url, i) => {
    if (!isHttpUrl(url)) problems.push({ field: `sources[${i}]`, message: `expected an http(s) URL, got "${url}"` });
  });

  const sections = readBody(text.slice(match[0].length), problems);
  if (problems.length > 0) throw new StoryMarkdownError(problems, fileName);
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
