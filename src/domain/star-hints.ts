/**
 * Hints while writing a STAR story or a draft answer: pure rules over the text, in no language of
 * the UI (the view words them). They never block a save; they say what an interviewer would miss.
 */
import { STAR_SECTIONS, type StarSection, type StarText } from './content';

/**
 * Speaking rates used to estimate how long an answer takes to say.
 *
 * English, words per minute: about 150 wpm is the average conversational rate of US English
 * speakers (National Center for Voice and Speech, "Voice qualities" fact sheet; Lucas, "The Art of
 * Public Speaking", 8th ed., 2004, p. 300, gives 125 to 150 wpm).
 *
 * Korean, syllables per minute: normal adults talked at 252.87 ± 40.86 syllables per minute in a
 * one-minute talk about their daily routine ("The Study of Speech Rate in Normal-Speaking Adults
 * and Children", Journal of Speech Sciences 9(4), 2002, pp. 93-103; 308 SPM when reading aloud).
 * Korean is counted by Hangul syllables: a syllable block is one spoken syllable.
 */
export const EN_WORDS_PER_MINUTE = 150;
export const KO_SYLLABLES_PER_MINUTE = 253;

/** An answer should take about two minutes; past three, the interviewer stops listening. */
export const TARGET_SECONDS = 120;
export const LIMIT_SECONDS = 180;
/** The Action should carry most of the story. */
export const ACTION_SHARE_MIN = 0.5;

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/g;
/** A word that is not Korean: Latin letters or digits (with inner apostrophes, dots, commas, %). */
const OTHER_WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:['’.,%][A-Za-z0-9\u00C0-\u024F]+)*%?/g;

/** The markdown's spoken text: no list markers, emphasis, code fences, link targets or headings' hashes. */
export function spokenText(markdown: string): string {
  return markdown
    .replace(/^\s*(`{3,}|~{3,}).*$/gm, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/gm, '')
    .replace(/[*_`~|#>]/g, ' ');
}

/** Hangul syllables (spoken Korean) and other words (spoken English, numbers) in a text. */
export function countSpeech(markdown: string): { readonly syllables: number; readonly words: number } {
  const text = spokenText(markdown);
  const syllables = text.match(HANGUL_SYLLABLE)?.length ?? 0;
  const words = text.replace(HANGUL_SYLLABLE, ' ').match(OTHER_WORD)?.length ?? 0;
  return { syllables, words };
}

/** Seconds it takes to say the text: Korean by syllables per minute, the rest by words per minute. */
export function speakingSeconds(markdown: string): number {
  const { syllables, words } = countSpeech(markdown);
  return (syllables / KO_SYLLABLES_PER_MINUTE) * 60 + (words / EN_WORDS_PER_MINUTE) * 60;
}

/** A duration rounded to the nearest 10 seconds (it is an estimate), at least 10 s when there is anything. */
export function aboutDuration(seconds: number): { readonly minutes: number; readonly seconds: number } {
  if (seconds <= 0) return { minutes: 0, seconds: 0 };
  const rounded = Math.max(10, Math.round(seconds / 10) * 10);
  return { minutes: Math.floor(rounded / 60), seconds: rounded % 60 };
}

const EN_NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|percent|half|twice|double[ds]?|tripled?|quadrupled?)\b/i;
/** Korean figures in words: Sino-Korean numerals with a unit (삼십 명, 백만 원), native counts (두 배, 한 시간), 퍼센트, 절반. */
const KO_NUMBER_WORDS =
  /퍼센트|절반|(?:[일이삼사오육칠팔구]?[십백천만억])+\s?(?:퍼센트|배|명|건|개|개월|시간|분|초|일|주|년|원|달러)|(?:^|[^\uAC00-\uD7A3])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:배|명|건|개|시간|달|주|번)/;

/** True when the text has a figure: a digit, or a number, percentage or multiple said in words. */
export function hasNumber(markdown: string): boolean {
  const text = spokenText(markdown);
  return /[0-9０-９%$€£₩]/.test(text) || EN_NUMBER_WORDS.test(text) || KO_NUMBER_WORDS.test(text);
}

/** Case matters: "US" (the country) is not "us", and "I" is written upper-case. */
const EN_WE = /\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'd|[Ww]e'll|[Oo]ur|[Oo]urs|us|Us)\b/g;
const EN_I = /\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]ine|[Mm]e)\b/g;
/** Korean words start after a space or punctuation; "우리" and "저희" begin words, as do "저는", "제가", "내가". */
const KO_WE = /(?:^|[^\uAC00-\uD7A3])(?:우리|저희)/g;
const KO_I = /(?:^|[^\uAC00-\uD7A3])(?:저는|제가|내가)/g;

/** How often the text says "we" (we, our, us; 우리, 저희) and "I" (I, my, me; 저는, 제가, 내가). */
export function weAndI(markdown: string): { readonly we: number; readonly i: number } {
  const text = spokenText(markdown).replace(/[’]/g, "'");
  const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
  return { we: count(EN_WE) + count(KO_WE), i: count(EN_I) + count(KO_I) };
}

export type TimeLevel = 'short' | 'target' | 'over' | 'limit';

export type Hint =
  /** A STAR section with nothing in it yet: a prompt to write. */
  | { readonly kind: 'empty'; readonly section: StarSection }
  /** The Result (or the whole answer) gives no figure: count, percent, time, money. */
  | { readonly kind: 'noNumber'; readonly where: 'result' | 'answer' }
  /** "We" outweighs "I": the interviewer hears what the team did, not the candidate. */
  | { readonly kind: 'we'; readonly we: number; readonly i: number }
  /** The Action's share of the story's spoken length; `low` under ACTION_SHARE_MIN. */
  | { readonly kind: 'actionShare'; readonly share: number; readonly low: boolean }
  /** The estimated speaking time against the 2-minute target and the 3-minute limit. */
  | { readonly kind: 'time'; readonly seconds: number; readonly level: TimeLevel };

function timeHint(seconds: number): Hint {
  const level: TimeLevel = seconds > LIMIT_SECONDS ? 'limit' : seconds > TARGET_SECONDS ? 'over' : seconds >= TARGET_SECONDS * 0.75 ? 'target' : 'short';
  return { kind: 'time', seconds, level };
}

function weHint(text: string): Hint[] {
  const { we, i } = weAndI(text);
  return we > i ? [{ kind: 'we', we, i }] : [];
}

/** Hints for a STAR story, in the order the form shows them. */
export function storyHints(star: StarText): Hint[] {
  const hints: Hint[] = STAR_SECTIONS.filter((s) => star[s].trim() === '').map((section): Hint => ({ kind: 'empty', section }));
  if (star.result.trim() !== '' && !hasNumber(star.result)) hints.push({ kind: 'noNumber', where: 'result' });
  const all = STAR_SECTIONS.map((s) => star[s]).join('\n\n');
  hints.push(...weHint(all));
  const total = speakingSeconds(all);
  if (total > 0) {
    const share = speakingSeconds(star.action) / total;
    hints.push({ kind: 'actionShare', share, low: share < ACTION_SHARE_MIN });
    hints.push(timeHint(total));
  }
  return hints;
}

/** Hints for a draft answer to an expected question (free text, not split into STAR sections). */
export function answerHints(draft: string): Hint[] {
  if (draft.trim() === '') return [];
  const hints: Hint[] = [];
  if (!hasNumber(draft)) hints.push({ kind: 'noNumber', where: 'answer' });
  hints.push(...weHint(draft));
  hints.push(timeHint(speakingSeconds(draft)));
  return hints;
}
