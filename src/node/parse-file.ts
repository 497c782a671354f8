import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { describeValue, formatPath, type ContentProblem } from './errors.ts';

export interface RawFile {
  /** Path relative to the project root, with forward slashes, e.g. `content/stories/gst.md`. */
  readonly file: string;
  readonly source: string;
}

export interface FrontMatterFile {
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits and parses the YAML front matter; problems are reported, never thrown. */
export function readFrontMatter(raw: RawFile, problems: ContentProblem[]): FrontMatterFile | null {
  const match = FRONT_MATTER.exec(raw.source);
  if (!match) {
    problems.push({
      file: raw.file,
      field: 'front matter',
      message: 'missing: the file must start with YAML front matter between "---" lines',
    });
    return null;
  }
  const doc = parseDocument(match[1] ?? '', { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push({
        file: raw.file,
        field: 'front matter',
        message: `invalid YAML${line === undefined ? '' : ` at line ${line + 1}`}: ${error.message.split('\n')[0] ?? ''}`,
      });
    }
    return null;
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: raw.file, field: 'front matter', message: `expected a mapping of fields, got ${describeValue(data)}` });
    return null;
  }
  return { file: raw.file, data: data as Record<string, unknown>, body: raw.source.slice(match[0].length) };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function messageFor(issue: z.core.$ZodIssue, data: unknown): { field: string; message: string } {
  const field = formatPath(issue.path);
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? { field, message: `required field is missing (expected ${issue.expected})` }
        : { field, message: `expected ${issue.expected}, got ${describeValue(value)}` };
    case 'unrecognized_keys':
      return {
        field: formatPath([...issue.path, issue.keys[0] ?? '']),
        message: `unknown field${issue.keys.length > 1 ? `s ${issue.keys.map((k) => `"${k}"`).join(', ')}` : ''}`,
      };
    case 'too_small':
      return { field, message: typeof value === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}, got ${describeValue(value)}` };
    case 'invalid_format':
      return issue.format === 'regex'
        ? { field, message: `expected a kebab-case id (a-z, 0-9, "-"), got ${describeValue(value)}` }
        : { field, message: `expected ${issue.format === 'url' ? 'an http(s) URL' : issue.format}, got ${describeValue(value)}` };
    case 'invalid_union':
      return { field, message: `expected text or { en, ko }, got ${describeValue(value)}` };
    default:
      return { field, message: `${issue.message}, got ${describeValue(value)}` };
  }
}

/** Validates front matter against a schema, turning every issue into a file/field/value problem. */
export function validate<S extends z.ZodType>(schema: S, file: FrontMatterFile, problems: ContentProblem[]): z.output<S> | null {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: file.file, ...messageFor(issue, file.data) });
  }
  return null;
}
