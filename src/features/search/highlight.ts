import { getChoseong } from 'es-hangul';
import type { Lang } from '@/domain/content';
import type { ParsedQuery } from './tokenize';

/** A piece of text to show: plain, or a match to mark. */
export type Segment = string | { readonly mark: string };

/** A run of Hangul syllables, or of other letters and digits ("PKCE를" is two runs). */
const RUN = /[\uac00-\ud7a3]+|(?:(?![\uac00-\ud7a3])[\p{L}\p{N}])+/gu;
const HANGUL = /^[\uac00-\ud7a3]/;

/**
 * Where the query matches in `text`: a Hangul query word where it occurs inside a run ("토큰" in
 * "토큰으로"), an English run that starts with a query word or its stem or that the index matched
 * (a fuzzy match), a Hangul run whose initial consonants start with a consonant query.
 */
function ranges(text: string, query: ParsedQuery, matched: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.normalize('NFC').matchAll(RUN)) {
    const run = m[0];
    const start = m.index;
    const lower = run.toLowerCase();
    if (query.choseong) {
      if (HANGUL.test(run) && query.choseong.some((c) => getChoseong(run).startsWith(c))) out.push([start, start + run.length]);
      continue;
    }
    if (HANGUL.test(run)) {
      for (const word of query.words) {
        if (!word.hangul) continue;
        for (let at = lower.indexOf(word.raw); at !== -1; at = lower.indexOf(word.raw, at + word.raw.length)) {
          out.push([start + at, start + at + word.raw.length]);
        }
      }
    } else if (matched.has(lower) || query.words.some((w) => !w.hangul && w.alternatives.some(([term]) => term !== undefined && lower.startsWith(term)))) {
      out.push([start, start + run.length]);
    }
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of out) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function segmentsOf(text: string, marks: readonly [number, number][]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from > at) segments.push(text.slice(at, from));
    segments.push({ mark: text.slice(from, to) });
    at = to;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}

/** The whole text with its matches marked. */
export function highlight(text: string, query: ParsedQuery, matched: ReadonlySet<string>): Segment[] {
  const normal = text.normalize('NFC');
  return segmentsOf(normal, ranges(normal, query, matched));
}

/** About this many characters of context around the first match. */
export const SNIPPET_LENGTH = 140;

/** A window of `text` around its first match, cut at spaces, with ellipses where it was cut. */
function window(text: string, marks: readonly [number, number][]): Segment[] {
  if (text.length <= SNIPPET_LENGTH) return segmentsOf(text, marks);
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(SNIPPET_LENGTH / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > Math.max(start, marks[0]?.[1] ?? 0) ? space : end;
  }
  const inside = marks.filter(([from, to]) => from >= start && to <= end).map(([from, to]): [number, number] => [from - start, to - start]);
  const segments = segmentsOf(text.slice(start, end), inside);
  if (start > 0) segments.unshift('…');
  if (end < text.length) segments.push('…');
  return segments;
}

/**
 * The snippet of a result: the first passage with a match (in the reader's language first, when
 * the passage has one), around the match; when only the title matched, the start of the first
 * passage. Newlines become spaces.
 */
export function snippet(
  passages: readonly { readonly text: string; readonly lang?: Lang }[],
  query: ParsedQuery,
  matched: ReadonlySet<string>,
  lang: Lang,
): Segment[] {
  const readable = [...passages.filter((p) => p.lang === undefined || p.lang === lang), ...passages.filter((p) => p.lang !== undefined && p.lang !== lang)];
  for (const passage of readable) {
    const text = passage.text.normalize('NFC').replace(/\s+/g, ' ');
    const marks = ranges(text, query, matched);
    if (marks.length > 0) return window(text, marks);
  }
  const first = readable[0];
  return first ? window(first.text.normalize('NFC').replace(/\s+/g, ' '), []) : [];
}
