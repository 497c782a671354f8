/**
 * Splits a markdown body at headings of exactly one level, ignoring headings inside fenced code
 * blocks. Deeper and shallower headings stay in the section text.
 * Pure and shared: the build-time pipeline and the browser (story import) both use it.
 */

export interface MarkdownSection {
  /** Heading text, trimmed, without the leading hashes. */
  readonly heading: string;
  /** The text under the heading up to the next heading of this level, trimmed. */
  readonly text: string;
  /** 1-based line of the heading within the body. */
  readonly line: number;
}

export interface SplitMarkdown {
  readonly preamble: string;
  readonly sections: readonly MarkdownSection[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function splitSections(body: string, level: 2 | 3): SplitMarkdown {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const heading = new RegExp(`^#{${level}}\\s+(.*?)\\s*#*\\s*$`);
  let fence: string | null = null;
  const preamble: string[] = [];
  const sections: { heading: string; lines: string[]; line: number }[] = [];
  let current: string[] = preamble;
  lines.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
    }
    if (fence === null && !fenceMatch) {
      const match = heading.exec(line);
      if (match) {
        const section = { heading: (match[1] ?? '').trim(), lines: [] as string[], line: index + 1 };
        sections.push(section);
        current = section.lines;
        return;
      }
    }
    current.push(line);
  });
  return {
    preamble: preamble.join('\n').trim(),
    sections: sections.map((s) => ({ heading: s.heading, text: s.lines.join('\n').trim(), line: s.line })),
  };
}
