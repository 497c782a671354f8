import { type CardRef, type DeckId } from '@/domain/cards';
import { STAR_SECTIONS, type BilingualText, type ContentIndex, type LocalizedText, type StarSection } from '@/domain/content';
import { isOwnCardId } from '@/domain/ids';
import type { CardOverlay, OwnQuestion, PrincipleNote, QuestionDraft, StoryOverlay } from '@/domain/overlays';

/**
 * The one live model of the notes: the content index (the read-only baseline) with what the user
 * changed over it. Every view that shows links, counts, coverage or cards reads it, so every page
 * agrees. Pure: the index and the user's slices are parameters (tests give fixture data);
 * `liveModel` memoises on their identity and `useLiveModel` (src/lib/use-live-model.ts) feeds it
 * from the store.
 */

/** The slices of user data the model reads. */
export interface LiveUserData {
  readonly stories: Readonly<Record<string, StoryOverlay>>;
  readonly questionDrafts: Readonly<Record<string, QuestionDraft>>;
  readonly cards: Readonly<Record<string, CardOverlay>>;
  readonly ownQuestions: Readonly<Record<string, OwnQuestion>>;
  readonly principleNotes: Readonly<Record<string, PrincipleNote>>;
}

export type Origin = 'content' | 'app';

export interface LivePrinciple {
  readonly id: string;
  readonly order: number;
  readonly title: BilingualText;
  /** Live stories that name it, in story-bank order. */
  readonly stories: readonly string[];
  /** Live questions (content's and the user's own) that name it. */
  readonly questions: readonly string[];
  /** True when the user's `My notes` overlay the notes in content. */
  readonly notesEdited: boolean;
}

export interface LiveQuestion {
  readonly id: string;
  readonly order: number;
  readonly prompt: LocalizedText;
  readonly principles: readonly string[];
  /** The stories that answer it: the user's draft list if there is one, else content's; live stories only. */
  readonly stories: readonly string[];
  /** Key points or a draft answer written (in content or in the app). */
  readonly answered: boolean;
  /** `content`: a file in content/; `app`: a question the user added in the app. */
  readonly origin: Origin;
  /** True when the user's draft overlays the question. */
  readonly drafted: boolean;
}

export interface LiveStory {
  readonly id: string;
  readonly title: string;
  readonly principles: readonly string[];
  readonly followUps: readonly string[];
  readonly filled: Readonly<Record<StarSection, boolean>>;
  /** `content`: the story has a file in content/; `app`: it exists only in this browser. */
  readonly origin: Origin;
  /** True when an overlay from the app is shown over the content story. */
  readonly edited: boolean;
  /** Live questions that link it. */
  readonly questions: readonly string[];
}

/** One row of the coverage table: a principle and the live stories that show it. */
export interface CoverageRow {
  readonly principle: string;
  readonly stories: readonly string[];
  readonly count: number;
  /** No story shows it. */
  readonly none: boolean;
  /** Fewer than two stories show it (one story cannot carry every question on a principle). */
  readonly thin: boolean;
}

export type CardKind = 'topic' | 'own' | 'recall' | 'question' | 'principle';

export interface LiveCard extends CardRef {
  readonly kind: CardKind;
}

export interface LiveCounts {
  readonly principles: number;
  /** Principles with at least one story / two or more / none / exactly one. */
  readonly covered: number;
  readonly solid: number;
  readonly noStory: number;
  readonly oneStory: number;
  readonly stories: number;
  /** Stories with all four STAR sections written. */
  readonly completeStories: number;
  readonly questions: number;
  readonly answeredQuestions: number;
  readonly topics: number;
  /** Cards in topic decks (content's, plus the user's own added to a topic). */
  readonly topicCards: number;
}

export interface LiveModel {
  readonly principles: readonly LivePrinciple[];
  readonly questions: readonly LiveQuestion[];
  readonly stories: readonly LiveStory[];
  readonly principleById: ReadonlyMap<string, LivePrinciple>;
  readonly questionById: ReadonlyMap<string, LiveQuestion>;
  readonly storyById: ReadonlyMap<string, LiveStory>;
  /** Deleted stories, questions and own cards, newest first, for restoring. */
  readonly deletedStories: readonly { readonly id: string; readonly title: string }[];
  readonly deletedQuestions: readonly { readonly id: string; readonly prompt: LocalizedText }[];
  readonly deletedCards: readonly { readonly id: string; readonly question: string; readonly deck: string }[];
  readonly coverage: {
    /** Principles with no story first, then the rest, each group in Amazon's order. */
    readonly rows: readonly CoverageRow[];
    /** Stories used for more than three principles (one story cannot carry a loop). */
    readonly overloaded: readonly string[];
  };
  readonly counts: LiveCounts;
}

/** The cards of the live model (src/lib/live-cards.ts): every card with its decks. */
export interface LiveCards {
  /** Every card with its decks, in deck order. */
  readonly cards: readonly LiveCard[];
  readonly cardById: ReadonlyMap<string, LiveCard>;
  /** Card ids per deck, in deck order (every deck that has a card). */
  readonly decks: ReadonlyMap<DeckId, readonly string[]>;
  /** Names of the user's own decks, in the order they were made. */
  readonly ownDecks: readonly string[];
}

/** The live model with its cards, for the views of cards. */
export type LiveCardModel = LiveModel & LiveCards;

/** More than this many principles on one story is flagged. */
export const OVERLOADED_PRINCIPLES = 3;
/** Fewer stories than this on a principle is flagged. */
export const SOLID_STORIES = 2;

/** The creation time in an id that carries one in base 36 (`own:<time>-...`, `q-<time>`), else 0. */
function idTime(id: string): number {
  const match = /^(?:own:|q-)([0-9a-z]+)/.exec(id);
  const time = match ? parseInt(match[1] ?? '', 36) : Number.NaN;
  return Number.isFinite(time) ? time : 0;
}
export const byIdTime = (a: string, b: string): number => idTime(a) - idTime(b) || a.localeCompare(b);

/**
 * Which STAR sections have text (as domain/story's filledSections; not imported from there so the
 * first page, which reads this model, does not load the story editor's helpers).
 */
function filledSections(story: { readonly star: Readonly<Record<StarSection, string>> }): Record<StarSection, boolean> {
  return Object.fromEntries(STAR_SECTIONS.map((s) => [s, story.star[s].trim() !== ''])) as Record<StarSection, boolean>;
}

const newestFirst = <T extends { updatedAt: number }>([, a]: [string, T], [, b]: [string, T]): number => b.updatedAt - a.updatedAt;

function buildStories(index: ContentIndex, overlays: LiveUserData['stories']): Omit<LiveStory, 'questions'>[] {
  const contentIds = new Set(index.stories.map((s) => s.id));
  const fromContent = index.stories.flatMap((story): Omit<LiveStory, 'questions'>[] => {
    const overlay = overlays[story.id];
    if (overlay?.deleted) return [];
    if (!overlay)
      return [
        { id: story.id, title: story.title, principles: story.principles, followUps: story.followUps, filled: story.filled, origin: 'content', edited: false },
      ];
    const s = overlay.story;
    return [{ id: story.id, title: s.title, principles: s.principles, followUps: s.followUps, filled: filledSections(s), origin: 'content', edited: true }];
  });
  const own = Object.entries(overlays)
    .filter(([id, overlay]) => !contentIds.has(id) && !overlay.deleted)
    .sort(newestFirst)
    .map(([id, { story: s }]): Omit<LiveStory, 'questions'> => ({
      id,
      title: s.title,
      principles: s.principles,
      followUps: s.followUps,
      filled: filledSections(s),
      origin: 'app',
      edited: false,
    }));
  return [...fromContent, ...own];
}

function buildQuestions(index: ContentIndex, user: LiveUserData, liveStories: ReadonlySet<string>, knownPrinciples: ReadonlySet<string>): LiveQuestion[] {
  const answeredBy = (draft: QuestionDraft | undefined, fallback: boolean): boolean =>
    draft ? draft.keyPoints.trim() !== '' || draft.draft.trim() !== '' : fallback;
  const linked = (ids: readonly string[]): string[] => ids.filter((id) => liveStories.has(id));
  const contentIds = new Set(index.questions.map((q) => q.id));
  const fromContent = index.questions.map((q): LiveQuestion => {
    const draft = user.questionDrafts[q.id];
    return {
      id: q.id,
      order: q.order,
      prompt: q.prompt,
      principles: q.principles.filter((p) => knownPrinciples.has(p)),
      stories: linked(draft?.stories ?? q.stories),
      answered: answeredBy(draft, q.answered),
      origin: 'content',
      drafted: draft !== undefined,
    };
  });
  const lastOrder = index.questions.reduce((max, q) => Math.max(max, Number.isFinite(q.order) && q.order < Number.MAX_SAFE_INTEGER ? q.order : 0), 0);
  const own = Object.keys(user.ownQuestions)
    .filter((id) => !contentIds.has(id) && user.ownQuestions[id]?.deleted === false)
    .sort(byIdTime)
    .map((id, i): LiveQuestion => {
      const q = user.ownQuestions[id] as OwnQuestion;
      const draft = user.questionDrafts[id];
      return {
        id,
        order: lastOrder + 1 + i,
        prompt: q.prompt,
        principles: q.principles.filter((p) => knownPrinciples.has(p)),
        stories: linked(draft?.stories ?? []),
        answered: answeredBy(draft, false),
        origin: 'app',
        drafted: draft !== undefined,
      };
    });
  return [...fromContent, ...own];
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the live model of the notes from the content index and the user's slices. Pure. */
export function buildLiveModel(index: ContentIndex, user: LiveUserData): LiveModel {
  const knownPrinciples = new Set(index.principles.map((p) => p.id));
  const baseStories = buildStories(index, user.stories);
  const liveStoryIds = new Set(baseStories.map((s) => s.id));
  const questions = buildQuestions(index, user, liveStoryIds, knownPrinciples);

  const questionsOfStory = new Map<string, string[]>();
  const questionsOfPrinciple = new Map<string, string[]>();
  const storiesOfPrinciple = new Map<string, string[]>();
  for (const q of questions) {
    for (const s of q.stories) push(questionsOfStory, s, q.id);
    for (const p of q.principles) push(questionsOfPrinciple, p, q.id);
  }
  for (const s of baseStories) for (const p of new Set(s.principles)) if (knownPrinciples.has(p)) push(storiesOfPrinciple, p, s.id);

  const stories: LiveStory[] = baseStories.map((s) => ({ ...s, questions: questionsOfStory.get(s.id) ?? [] }));
  const principles: LivePrinciple[] = index.principles.map((p) => ({
    id: p.id,
    order: p.order,
    title: p.title,
    stories: storiesOfPrinciple.get(p.id) ?? [],
    questions: questionsOfPrinciple.get(p.id) ?? [],
    notesEdited: user.principleNotes[p.id] !== undefined,
  }));

  const rows = principles.map((p): CoverageRow => ({
    principle: p.id,
    stories: p.stories,
    count: p.stories.length,
    none: p.stories.length === 0,
    thin: p.stories.length < SOLID_STORIES,
  }));
  const coverage = {
    rows: [...rows.filter((r) => r.none), ...rows.filter((r) => !r.none)],
    overloaded: stories.filter((s) => s.principles.filter((p) => knownPrinciples.has(p)).length > OVERLOADED_PRINCIPLES).map((s) => s.id),
  };

  // Cards in topic decks, counted without their ids (the first page does not load those): the
  // notes' cards, and the user's own cards in a topic's deck (live-cards.ts lists the same).
  const topicCards =
    index.topics.reduce((sum, topic) => sum + topic.cardCount, 0) +
    Object.entries(user.cards).filter(([id, c]) => isOwnCardId(id) && !c.deleted && c.deck !== null && c.deck.startsWith('topic:')).length;

  const deletedStories = Object.entries(user.stories)
    .filter(([, o]) => o.deleted)
    .sort(newestFirst)
    .map(([id, o]) => ({ id, title: o.story.title }));
  const deletedQuestions = Object.entries(user.ownQuestions)
    .filter(([, q]) => q.deleted)
    .sort(newestFirst)
    .map(([id, q]) => ({ id, prompt: q.prompt }));
  const deletedCards = Object.entries(user.cards)
    .filter(([id, c]) => c.deleted && isOwnCardId(id) && c.deck !== null)
    .sort(newestFirst)
    .map(([id, c]) => ({ id, question: c.question, deck: c.deck ?? '' }));

  const counts: LiveCounts = {
    principles: principles.length,
    covered: rows.filter((r) => !r.none).length,
    solid: rows.filter((r) => !r.thin).length,
    noStory: rows.filter((r) => r.none).length,
    oneStory: rows.filter((r) => r.count === 1).length,
    stories: stories.length,
    completeStories: stories.filter((s) => STAR_SECTIONS.every((k) => s.filled[k])).length,
    questions: questions.length,
    answeredQuestions: questions.filter((q) => q.answered).length,
    topics: index.topics.length,
    topicCards,
  };

  return {
    principles,
    questions,
    stories,
    principleById: new Map(principles.map((p) => [p.id, p])),
    questionById: new Map(questions.map((q) => [q.id, q])),
    storyById: new Map(stories.map((s) => [s.id, s])),
    deletedStories,
    deletedQuestions,
    deletedCards,
    coverage,
    counts,
  };
}

let memo: { index: ContentIndex; user: LiveUserData; model: LiveModel } | null = null;

/**
 * The model for these inputs, built once: the same object is returned while the index and every
 * slice are the same objects (the store replaces a slice only when it changes).
 */
export function liveModel(index: ContentIndex, user: LiveUserData): LiveModel {
  if (
    memo !== null &&
    memo.index === index &&
    memo.user.stories === user.stories &&
    memo.user.questionDrafts === user.questionDrafts &&
    memo.user.cards === user.cards &&
    memo.user.ownQuestions === user.ownQuestions &&
    memo.user.principleNotes === user.principleNotes
  ) {
    return memo.model;
  }
  const model = buildLiveModel(index, user);
  memo = {
    index,
    user: {
      stories: user.stories,
      questionDrafts: user.questionDrafts,
      cards: user.cards,
      ownQuestions: user.ownQuestions,
      principleNotes: user.principleNotes,
    },
    model,
  };
  return model;
}
