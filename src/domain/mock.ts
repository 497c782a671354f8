/**
 * The mock interview's rules, pure: which behavioural prompts a mock asks, the
 * order of the follow-ups, and what a finished answer keeps. Time and randomness are parameters.
 */
import type { BilingualText, Lang } from './content';
import type { FollowUpSource, MockFigures, MockSession, MockSettings, MockSource } from './mock-data';
import { STATE_NEW, type StoredCard } from './review';
import type { SpeechFigures } from './speech-analysis';

export * from './mock-data';

/** A follow-up's limit: half as long again as its target. */
export function followUpLimitSeconds(settings: Pick<MockSettings, 'followUpSeconds'>): number {
  return Math.round(settings.followUpSeconds * 1.5);
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function mockFigures(f: SpeechFigures): MockFigures {
  return {
    duration: round2(f.duration),
    talkTime: round2(f.talkTime),
    silentTime: round2(f.silentTime),
    pauses: f.pauses.length,
    longPauses: f.longPauses,
    longestPause: round2(f.longestPause),
    syllables: f.syllables,
    speakingRate: f.speakingRate === null ? null : round2(f.speakingRate),
  };
}

export function newMockSessionId(now: number, random: () => number = Math.random): string {
  let suffix = '';
  while (suffix.length < 4) suffix += Math.floor(random() * 36).toString(36);
  return `m-${Math.max(0, Math.floor(now)).toString(36)}-${suffix}`;
}

/**
 * Behavioural prompts, the ones due first: cards due before `dueBefore` (earliest first), then
 * cards never graded (in the given order), then the rest by when they come due. A mock asked on
 * the cards the schedule wants next is a review said aloud.
 */
export function dueFirst(cardIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, dueBefore: number): string[] {
  const due: string[] = [];
  const fresh: string[] = [];
  const later: string[] = [];
  for (const id of new Set(cardIds)) {
    const card = cards[id];
    if (card === undefined || card.state === STATE_NEW) fresh.push(id);
    else if (card.due < dueBefore) due.push(id);
    else later.push(id);
  }
  const byDue = (a: string, b: string): number => (cards[a]?.due ?? 0) - (cards[b]?.due ?? 0);
  return [...due.sort(byDue), ...fresh, ...later.sort(byDue)];
}

/** Fisher-Yates with the given random source (tests pass a seeded one). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface PickInput {
  readonly source: MockSource;
  /** The cards to choose from: every behavioural prompt, or those of the chosen principles or questions. */
  readonly pool: readonly string[];
  readonly cards: Readonly<Record<string, StoredCard>>;
  readonly dueBefore: number;
  readonly count: number;
  readonly random: () => number;
}

/** The questions of a new mock: a random mix, or the due ones first (also within chosen principles or questions). */
export function pickPrompts(input: PickInput): string[] {
  const pool = [...new Set(input.pool)];
  const ordered = input.source === 'mix' ? shuffled(pool, input.random) : dueFirst(pool, input.cards, input.dueBefore);
  return ordered.slice(0, Math.max(0, input.count));
}

/** A standard follow-up from the bank in content/follow-ups. */
export interface BankFollowUp {
  readonly id: string;
  readonly order: number;
  readonly prompt: BilingualText;
  /** Principles where it tells most; empty: any. */
  readonly principles: readonly string[];
}

export interface FollowUpItem {
  readonly text: string;
  readonly source: FollowUpSource;
}

const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export interface FollowUpInput {
  /** The follow-ups written on the prompt's stories, story by story. */
  readonly storyFollowUps: readonly (readonly string[])[];
  readonly bank: readonly BankFollowUp[];
  /** The prompt's principles: bank follow-ups meant for them come before the general ones. */
  readonly principles: readonly string[];
  readonly lang: Lang;
  /** Turns the bank so that mock after mock does not open with the same follow-up. */
  readonly seed: number;
}

/**
 * The follow-ups of one question, in the order they are asked: first the stories' own (as written,
 * each once), then the standard bank: those meant for the prompt's principles, then the rest, each
 * group in its order turned by `seed`. A bank follow-up saying the same as a story's is skipped.
 */
export function followUpOrder(input: FollowUpInput): FollowUpItem[] {
  const seen = new Set<string>();
  const out: FollowUpItem[] = [];
  const add = (text: string, source: FollowUpSource): void => {
    const key = normalise(text);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ text: text.trim(), source });
  };
  for (const list of input.storyFollowUps) for (const text of list) add(text, 'story');
  const bank = [...input.bank].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const wanted = new Set(input.principles);
  const meant = bank.filter((f) => f.principles.some((p) => wanted.has(p)));
  const general = bank.filter((f) => !f.principles.some((p) => wanted.has(p)));
  for (const f of [...rotate(meant, input.seed), ...rotate(general, input.seed)]) add(f.prompt[input.lang], 'bank');
  return out;
}

/** How a session went, for the history list. */
export function sessionTally(session: MockSession): { readonly asked: number; readonly graded: number; readonly planned: number } {
  return { asked: session.items.length, graded: session.items.filter((i) => i.grade !== null).length, planned: session.planned.length };
}
