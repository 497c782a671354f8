/**
 * The words of markdown the user wrote in the app (for the search index, the cheat sheet). Written
 * by hand on purpose: content's markdown is reduced at build time by the real parser, and loading a
 * markdown parser (about 48 KB) into search only to drop the syntax of a few overlays would cost more
 * than it gives. Search needs the words, not the structure, so this drops the marks around them.
 */
export function plainOfMarkdown(markdown: string): string {
  return (
    markdown
      .replace(/\r\n?/g, '\n')
      // Fences and their info strings.
      .replace(/^\s*(`{3,}|~{3,}).*$/gm, '')
      // Images and links keep their text; autolinks and bare URLs stay as they are.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      // HTML tags (never rendered in the app) and reference definitions.
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/gm, '')
      // Line starts: headings, quotes, list markers, task boxes, table rules.
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s*(?:>\s?)+/gm, '')
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/gm, '')
      .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
      .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '')
      // Table pipes, emphasis and code marks.
      .replace(/\s*\|\s*/g, ' ')
      .replace(/(\*{1,3}|~~|`+)(\S(?:.*?\S)?)\1/g, '$2')
      // Underscores mark emphasis only around words (client_id stays whole).
      .replace(/(?<![\p{L}\p{N}])(_{1,3})(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])/gu, '$2')
      .replace(/[ \t]+/g, ' ')
      .replace(/ ?\n\s*/g, '\n')
      .trim()
  );
}
