/**
 * Cards in and out as other flashcard apps write them. Pure text in, plain data out; nothing is
 * stored here (the import view shows a preview and writes only once the user confirms).
 *
 * - Anki, "Notes in Plain Text" (Anki 2.1.54 and later, https://docs.ankiweb.net/importing/text-files.html):
 *   header lines `#key:value` first (`#separator:tab`, `#html:true`, `#tags column:3`, `#deck:Name`,
 *   `#deck column:1`, `#notetype column:2`, `#guid column:1`, `#columns:...`), then one note per
 *   record, fields separated by the separator and quoted with `"` when they hold the separator,
 *   a quote or a line break (a quote inside is doubled). Columns are numbered from 1. The first
 *   two field columns are the question and the answer. With `#html:true`, fields are HTML: they
 *   are turned into plain text (line breaks kept, bold and italics as markdown, every other tag
 *   dropped), so no markup from a file ever runs.
 * - Quizlet's export: one card per line, term and definition separated by a tab or a comma
 *   (Quizlet's two standard choices); no quoting, so with a comma the first comma separates.
 *
 * Written by hand: the few CSV rules Anki uses fit in a small reader, and the CSV libraries
 * would add weight to the browser for one rarely used view.
 */

import { OWN_DECK_NAME_MAX } from './ids';
import type { CardOverlay } from './overlays';
import { newOwnCardId } from './own-ids';

export interface InteropCard {
  /** Plain text (markdown), never HTML. */
  readonly question: string;
  readonly answer: string;
  readonly tags: readonly string[];
}

export type InteropFormat = 'anki' | 'quizlet';

export type LineProblem =
  | { readonly kind: 'no-separator' }
  | { readonly kind: 'empty-question' }
  | { readonly kind: 'empty-answer' }
  | { readonly kind: 'one-field' }
  | { readonly kind: 'unclosed-quote' }
  | { readonly kind: 'bad-header'; readonly header: string }
  | { readonly kind: 'too-long'; readonly max: number };

export interface ParsedCard {
  /** The line the record starts on (1-based, as an editor numbers them). */
  readonly line: number;
  readonly card: InteropCard;
  /** Anki's deck of this note (deck column or `#deck`), if the file names one. */
  readonly deck: string | null;
}

export interface ParsedImport {
  readonly format: InteropFormat;
  readonly cards: readonly ParsedCard[];
  readonly problems: readonly { readonly line: number; readonly problem: LineProblem }[];
  /** The deck the file names (the first one, for a deck column), or null. */
  readonly deck: string | null;
}

/** Longest question or answer taken (characters); longer ones are refused, not cut. */
export const MAX_FIELD = 20_000;
/** Most cards one import takes. */
export const MAX_CARDS = 5_000;

const SEPARATORS: Readonly<Record<string, string>> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };

interface AnkiHeader {
  separator: string | null;
  html: boolean | null;
  tagsColumn: number;
  deckColumn: number;
  notetypeColumn: number;
  guidColumn: number;
  deck: string | null;
  globalTags: string[];
}

const lines = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);

/** Whether the text starts with Anki's header lines. */
export function looksLikeAnki(text: string): boolean {
  return /^\uFEFF?#(separator|html|tags|deck|notetype|guid|columns)\b[^:\n]*:/i.test(text);
}

/**
 * Splits records the way Anki's CSV reader does: fields by `separator`, a field starting with a
 * quote runs to the closing quote (line breaks included), `""` inside is a quote.
 */
function readRecords(body: string, separator: string, firstLine: number): { line: number; fields: string[] | null }[] {
  const out: { line: number; fields: string[] | null }[] = [];
  let line = firstLine;
  let i = 0;
  while (i <= body.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let atFieldStart = true;
    let closed = true;
    for (;;) {
      if (i >= body.length) {
        if (quoted) closed = false;
        break;
      }
      const ch = body[i] ?? '';
      if (quoted) {
        if (ch === '"') {
          if (body[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i += 1;
          }
        } else {
          if (ch === '\n') line += 1;
          field += ch;
          i += 1;
        }
        continue;
      }
      if (ch === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i += 1;
        continue;
      }
      if (ch === separator) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i += 1;
        continue;
      }
      if (ch === '\n') {
        i += 1;
        line += 1;
        break;
      }
      field += ch;
      atFieldStart = false;
      i += 1;
    }
    fields.push(field);
    const blank = fields.length === 1 && fields[0]?.trim() === '';
    if (!closed) out.push({ line: start, fields: null });
    else if (!blank) out.push({ line: start, fields });
    if (i >= body.length) break;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Anki's field HTML as plain text: line breaks kept, bold and italics as markdown, other tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(div|p|li|h[1-6])\s*>/gi, '\n')
    .replace(/<\s*(b|strong)\s*>(.*?)<\/\s*\1\s*>/gis, '**$2**')
    .replace(/<\s*(i|em)\s*>(.*?)<\/\s*\1\s*>/gis, '*$2*')
    .replace(/<(script|style)[^>]*>.*?<\/\1\s*>/gis, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cardFrom(question: string, answer: string, tags: readonly string[]): InteropCard | LineProblem {
  const q = question.trim();
  const a = answer.trim();
  if (q === '') return { kind: 'empty-question' };
  if (a === '') return { kind: 'empty-answer' };
  if (q.length > MAX_FIELD || a.length > MAX_FIELD) return { kind: 'too-long', max: MAX_FIELD };
  return { question: q, answer: a, tags };
}

const isProblem = (value: InteropCard | LineProblem): value is LineProblem => 'kind' in value;

/** Reads Anki's "Notes in Plain Text" export. */
export function parseAnki(text: string): ParsedImport {
  const all = lines(text);
  const header: AnkiHeader = { separator: null, html: null, tagsColumn: 0, deckColumn: 0, notetypeColumn: 0, guidColumn: 0, deck: null, globalTags: [] };
  const problems: { line: number; problem: LineProblem }[] = [];
  let index = 0;
  for (; index < all.length; index += 1) {
    const raw = all[index] ?? '';
    if (!raw.startsWith('#')) break;
    const colon = raw.indexOf(':');
    if (colon === -1) continue; // A comment.
    const key = raw.slice(1, colon).trim().toLowerCase();
    const value = raw.slice(colon + 1);
    const column = (): number => {
      const n = Number(value.trim());
      if (!Number.isInteger(n) || n < 1) {
        problems.push({ line: index + 1, problem: { kind: 'bad-header', header: raw } });
        return 0;
      }
      return n;
    };
    switch (key) {
      case 'separator': {
        const named = SEPARATORS[value.trim().toLowerCase()] ?? (value.length === 1 ? value : undefined);
        if (named === undefined) problems.push({ line: index + 1, problem: { kind: 'bad-header', header: raw } });
        else header.separator = named;
        break;
      }
      case 'html': {
        const v = value.trim().toLowerCase();
        if (v === 'true' || v === 'false') header.html = v === 'true';
        else problems.push({ line: index + 1, problem: { kind: 'bad-header', header: raw } });
        break;
      }
      case 'tags':
        header.globalTags = value.split(/\s+/).filter((t) => t !== '');
        break;
      case 'deck':
        header.deck = value.trim() || null;
        break;
      case 'tags column':
        header.tagsColumn = column();
        break;
      case 'deck column':
        header.deckColumn = column();
        break;
      case 'notetype column':
        header.notetypeColumn = column();
        break;
      case 'guid column':
        header.guidColumn = column();
        break;
      default:
        // `#columns`, `#notetype` and others Anki may add: nothing to take from them here.
        break;
    }
  }
  const body = all.slice(index).join('\n');
  // Anki guesses the separator when the header does not say: the first of its separators found.
  const separator = header.separator ?? ['\t', ',', ';', '|', ':', ' '].find((s) => body.includes(s)) ?? '\t';
  const html = header.html ?? /<[a-z][^>]*>|&[a-z]+;/i.test(body);
  const meta = new Set([header.tagsColumn, header.deckColumn, header.notetypeColumn, header.guidColumn].filter((n) => n > 0));
  const cards: ParsedCard[] = [];
  let deck = header.deck;
  for (const record of readRecords(body, separator, index + 1)) {
    if (record.fields === null) {
      problems.push({ line: record.line, problem: { kind: 'unclosed-quote' } });
      continue;
    }
    const fields = record.fields;
    const content = fields.map((value, i) => ({ value, column: i + 1 })).filter(({ column }) => !meta.has(column));
    if (content.length < 2) {
      problems.push({ line: record.line, problem: { kind: fields.length < 2 ? 'no-separator' : 'one-field' } });
      continue;
    }
    const clean = (value: string): string => (html ? htmlToText(value) : value);
    const tags = [...header.globalTags, ...(header.tagsColumn > 0 ? (fields[header.tagsColumn - 1] ?? '').split(/\s+/).filter((t) => t !== '') : [])];
    const rowDeck = header.deckColumn > 0 ? (fields[header.deckColumn - 1] ?? '').trim() || null : header.deck;
    deck ??= rowDeck;
    const result = cardFrom(clean(content[0]?.value ?? ''), clean(content[1]?.value ?? ''), tags);
    if (isProblem(result)) problems.push({ line: record.line, problem: result });
    else if (cards.length < MAX_CARDS) cards.push({ line: record.line, card: result, deck: rowDeck });
  }
  return { format: 'anki', cards, problems, deck };
}

/** Reads Quizlet's export: term, then a tab (or else a comma), then definition, one card per line. */
export function parseQuizlet(text: string): ParsedImport {
  const cards: ParsedCard[] = [];
  const problems: { line: number; problem: LineProblem }[] = [];
  const all = lines(text);
  // Quizlet uses one separator for the whole file: tab if any line has one, else comma.
  const separator = all.some((l) => l.includes('\t')) ? '\t' : ',';
  all.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const at = raw.indexOf(separator);
    if (at === -1) {
      problems.push({ line: i + 1, problem: { kind: 'no-separator' } });
      return;
    }
    const result = cardFrom(raw.slice(0, at), raw.slice(at + 1), []);
    if (isProblem(result)) problems.push({ line: i + 1, problem: result });
    else if (cards.length < MAX_CARDS) cards.push({ line: i + 1, card: result, deck: null });
  });
  return { format: 'quizlet', cards, problems, deck: null };
}

/** Reads either format: Anki's when the text starts with its header lines, else Quizlet's. */
export function parseCardText(text: string): ParsedImport {
  return looksLikeAnki(text) ? parseAnki(text) : parseQuizlet(text);
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A field as Anki's CSV writer quotes it: only when it holds the separator, a quote or a line break. */
function ankiField(value: string): string {
  return /[\t"\r\n]/.test(value) || value.startsWith('#') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A tag as Anki accepts it: no spaces. */
const ankiTag = (tag: string): string => tag.trim().replace(/\s+/g, '_');

/**
 * Writes cards as Anki's "Notes in Plain Text": tab-separated, HTML fields (text escaped, line
 * breaks as `<br>`), the deck in column 1 (Anki makes the deck if it has none by that name) and
 * the tags in column 4.
 */
export function writeAnki(cards: readonly InteropCard[], deck: string): string {
  const html = (text: string): string => escapeHtml(text).replace(/\r\n|\n|\r/g, '<br>');
  const head = ['#separator:tab', '#html:true', '#deck column:1', '#tags column:4'];
  const rows = cards.map((card) =>
    [
      deck,
      html(card.question),
      html(card.answer),
      card.tags
        .map(ankiTag)
        .filter((t) => t !== '')
        .join(' '),
    ]
      .map(ankiField)
      .join('\t'),
  );
  return `${[...head, ...rows].join('\n')}\n`;
}

/**
 * Writes cards as Quizlet imports them: term, tab, definition, one per line. Quizlet has no
 * quoting, so tabs and line breaks inside a card become spaces.
 */
export function writeQuizlet(cards: readonly InteropCard[]): string {
  const flat = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').trim();
  return `${cards.map((card) => `${flat(card.question)}\t${flat(card.answer)}`).join('\n')}\n`;
}

/** A deck name as an own deck takes it: one line, single spaces, trimmed, at most OWN_DECK_NAME_MAX characters. */
export function ownDeckName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, OWN_DECK_NAME_MAX).trim();
}

export interface ImportPlan {
  /** `own:<name>`. */
  readonly deck: `own:${string}`;
  /** The new own cards by id, in the file's order (ids carry increasing times, so the deck keeps that order). */
  readonly records: Readonly<Record<string, CardOverlay>>;
  readonly added: number;
  /** Cards the deck already has (same question and answer), or repeated in the file: not added again. */
  readonly skipped: number;
}

/**
 * What confirming an import writes: each card becomes an own card in the deck `own:<name>`.
 * A card whose question and answer the deck already holds (or that the file repeats) is skipped,
 * so importing the same file twice adds nothing. Pure: time and randomness are parameters.
 */
export function planCardImport(options: {
  readonly cards: readonly InteropCard[];
  readonly deckName: string;
  readonly existing: Readonly<Record<string, CardOverlay>>;
  readonly now: number;
  readonly random?: () => number;
}): ImportPlan {
  const name = ownDeckName(options.deckName);
  const deck = `own:${name}` as const;
  const key = (question: string, answer: string): string => `${question.trim()}\u0000${answer.trim()}`;
  const seen = new Set(
    Object.values(options.existing)
      .filter((card) => card.deck === deck && !card.deleted)
      .map((card) => key(card.question, card.answer)),
  );
  const records: Record<string, CardOverlay> = {};
  let skipped = 0;
  let tick = 0;
  for (const card of options.cards) {
    const k = key(card.question, card.answer);
    if (seen.has(k)) {
      skipped += 1;
      continue;
    }
    seen.add(k);
    // Increasing times: the live model orders own cards by the time in their id.
    let id = newOwnCardId(options.now + tick, options.random);
    tick += 1;
    while (id in options.existing || id in records) {
      id = newOwnCardId(options.now + tick, options.random);
      tick += 1;
    }
    records[id] = { question: card.question, answer: card.answer, deck, updatedAt: options.now, deleted: false };
  }
  return { deck, records, added: Object.keys(records).length, skipped };
}
