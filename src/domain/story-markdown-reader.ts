import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { FRONT_MATTER, StoryMarkdownError, storyFromParts, type ParsedFrontMatter, type ParsedStoryFile, type StoryMarkdownProblem } from './story-markdown';

/**
 * Reads a story file (or pasted text) in the content/stories format. The front matter is parsed by
 * the `yaml` package with the build's own options, so whatever the build accepts is accepted here
 * (`title : "T"`, folded `>` blocks, every escape) and whatever it refuses is refused, each problem
 * naming the file's line. The only module of the browser that imports `yaml`: it loads when the
 * user imports a story, never on the first page. Never throws anything but StoryMarkdownError.
 */
export function storyFromMarkdown(text: string, fileName?: string): ParsedStoryFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    throw new StoryMarkdownError([{ field: 'front matter', message: 'missing: the file must start with front matter between "---" lines', line: 1 }], fileName);
  }
  const yaml = match[1] ?? '';
  const problems: StoryMarkdownProblem[] = [];
  // The front matter's first line is the file's line 2 (after the opening `---`).
  const fileLine = (line: number): number => line + 1;
  let front: ParsedFrontMatter | null = null;
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true, lineCounter });
    for (const error of doc.errors) {
      const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      problems.push({ field: 'front matter', message: `invalid YAML: ${message}`, line: fileLine(error.linePos?.[0]?.line ?? 1) });
    }
    if (doc.errors.length === 0) {
      const data: unknown = doc.toJS({ maxAliasCount: 50 });
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ field: 'front matter', message: 'expected fields such as `title: "..."`', line: 2 });
      } else {
        const lines = new Map<string, number>();
        if (isMap(doc.contents)) {
          for (const pair of doc.contents.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : null;
            const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
            if (key !== null && offset !== undefined) lines.set(key, fileLine(lineCounter.linePos(offset).line));
          }
        }
        front = { data: data as Record<string, unknown>, lineOf: (key) => lines.get(key) ?? 1 };
      }
    }
  } catch (error) {
    problems.push({ field: 'front matter', message: `could not be read (${error instanceof Error ? error.message : String(error)})`, line: 2 });
  }
  const bodyLine = text.slice(0, match[0].length).split(/\r\n?|\n/).length + (match[0].endsWith('\n') ? 0 : 1);
  return storyFromParts(front, text.slice(match[0].length), bodyLine, problems, fileName);
}
