import { getChoseong } from 'es-hangul';
import { stemmer } from 'stemmer';

/**
 * How search cuts text into terms, for Korean and English alike (MiniSearch's default splits on
 * spaces and punctuation only, which leaves Korean words glued to their particles: "토큰으로").
 *
 * - A run of Hangul syllables is indexed whole and as syllable bigrams, so "토큰" finds "토큰으로"
 *   (a particle after it) and "네티스" finds "쿠버네티스" (inside a word). A query of three or more
 *   syllables asks for all of its bigrams.
 * - Any other run of letters or digits is lower-cased, and an English word is also indexed by its
 *   Porter stem (`stemmer`), so "tokens" and "token" meet. Words joined by "-" or "." are also
 *   indexed joined ("X-Ray" as "xray").
 * - The initial-consonant field holds each Hangul run's initial consonants (es-hangul), for a query
 *   such as "ㅋㅂㄴㅌㅅ".
 */

const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;
const HANGUL_RUN = /[\uac00-\ud7a3]+|[^\uac00-\ud7a3]+/g;
const HANGUL = /^[\uac00-\ud7a3]/;
const JOINERS = /[-.'’]/;
const ENGLISH = /^[a-z]{4,}$/;
/** Compatibility jamo consonants (ㄱ to ㅎ): what the initial-consonant field holds. */
const CONSONANTS = /^[\u3131-\u314e]+$/;

function bigrams(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i += 1) out.push(run.slice(i, i + 2));
  return out;
}

/** The stem of an English word (only when it differs from the word). */
function stemOf(term: string): string | null {
  if (!ENGLISH.test(term)) return null;
  const stem = stemmer(term);
  return stem !== term && stem.length >= 3 ? stem : null;
}

/** Script runs of one word: "GST프로젝트" -> "gst", "프로젝트"; lower-cased. */
function runsOf(word: string): string[] {
  return (word.normalize('NFC').match(HANGUL_RUN) ?? []).map((run) => run.toLowerCase()).filter((run) => /[\p{L}\p{N}]/u.test(run));
}

function partsOf(word: string): string[] {
  return word.split(JOINERS).flatMap(runsOf);
}

/** The terms a text is indexed under (the text fields). */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    const parts = partsOf(word);
    for (const run of parts) {
      terms.push(run);
      if (HANGUL.test(run)) {
        if (run.length >= 3) terms.push(...bigrams(run));
      } else {
        const stem = stemOf(run);
        if (stem) terms.push(stem);
      }
    }
    if (parts.length > 1 && JOINERS.test(word)) terms.push(parts.join(''));
  }
  return terms;
}

/** The initial consonants of each Hangul run in the text (the initial-consonant field). */
export function choseongTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    for (const run of partsOf(word)) if (HANGUL.test(run)) terms.push(getChoseong(run));
  }
  return terms;
}

/** One word of a query: what it asks the index for, and how it shows as a match. */
export interface QueryWord {
  /** The word as typed (lower-cased): a snippet marks where it occurs. */
  readonly raw: string;
  readonly hangul: boolean;
  /**
   * Alternatives, any of which matches (the word, its stem); each alternative is a list of terms
   * that must all match (a Hangul word's bigrams).
   */
  readonly alternatives: readonly (readonly string[])[];
}

export interface ParsedQuery {
  readonly words: readonly QueryWord[];
  /** A query of initial consonants only ("ㅋㅂㄴㅌㅅ"): the consonant runs, else null. */
  readonly choseong: readonly string[] | null;
}

/** Cuts what the user typed into what to ask the index for. */
export function parseQuery(query: string): ParsedQuery {
  const text = query.normalize('NFC').trim();
  const spaced = text.split(/\s+/).filter(Boolean);
  if (spaced.length > 0 && spaced.every((w) => CONSONANTS.test(w))) return { words: [], choseong: spaced };
  const words: QueryWord[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const parts = partsOf(word);
    for (const run of parts) {
      if (HANGUL.test(run)) {
        words.push({ raw: run, hangul: true, alternatives: [run.length >= 3 ? bigrams(run) : [run]] });
      } else {
        const stem = stemOf(run);
        words.push({ raw: run, hangul: false, alternatives: stem ? [[run], [stem]] : [[run]] });
      }
    }
  }
  return { words, choseong: null };
}

/** True when the query is long enough to be worth answering (one Hangul syllable, two letters). */
export function isSearchable(query: ParsedQuery): boolean {
  if (query.choseong) return true;
  return query.words.some((w) => w.hangul || w.raw.length >= 2);
}
