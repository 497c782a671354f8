/** One problem in one content file: the file, the field (a path like `principles[1]`) and what is wrong. */
export interface ContentProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown when content does not validate; the message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const lines = problems.map(formatProblem);
    super(problems.length === 1 ? (lines[0] ?? '') : `${problems.length} problems in content:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Renders a field path the way a person reads it: `title.en`, `principles[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'front matter' : out;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
