import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { pickText, type Lang, type LocalizedText } from '@/domain/content';
import { cardAnchor, type SearchText } from '@/domain/search-text';
import type { LiveCardModel, LiveUserData } from '@/lib/live-model';
import { plainOfMarkdown } from '@/lib/plain-text';
import { choseongTerms, indexTerms, isSearchable, parseQuery, type ParsedQuery } from './tokenize';
import { highlight, snippet, type Segment } from './highlight';

/**
 * The search index over the live notes: principles, questions (the user's own too), stories (what
 * the user wrote in the app too), topics by section, cards (own cards too) and guides, in both
 * languages. Built once from content's plain text and the user's data; then `sync` updates only
 * the entries whose source changed (the store replaces a record only when it changes).
 */

export const KINDS = ['principle', 'question', 'story', 'topic', 'card', 'guide'] as const;
export type ResultKind = (typeof KINDS)[number];

interface Passage {
  readonly text: string;
  /** The language of the passage, when known (a principle's statement in each language). */
  readonly lang?: Lang;
}

export interface SearchDoc {
  readonly id: string;
  readonly kind: ResultKind;
  readonly href: string;
  /** What the result shows as its name, per language. */
  readonly title: LocalizedText;
  /** Where the entry sits (the topic of a section or a card, the deck of an own card). */
  readonly context?: LocalizedText;
  readonly passages: readonly Passage[];
}

export interface SearchHit {
  readonly doc: SearchDoc;
  readonly score: number;
  readonly title: readonly Segment[];
  readonly context: string | null;
  readonly snippet: readonly Segment[];
}

export interface SearchGroup {
  readonly kind: ResultKind;
  readonly hits: readonly SearchHit[];
  /** How many entries of this kind matched (more than shown when the group is cut). */
  readonly total: number;
}

export interface SearchAnswer {
  readonly groups: readonly SearchGroup[];
  readonly total: number;
}

/** How many results a group shows, and all groups together. */
export const GROUP_LIMIT = 6;
export const TOTAL_LIMIT = 30;

const both = (text: LocalizedText): string => [text.en, text.ko].filter(Boolean).join('\n');
const same = (text: string): LocalizedText => ({ en: text, ko: text });
const passages = (...texts: (string | undefined)[]): Passage[] =>
  texts.filter((t): t is string => t !== undefined && t.trim() !== '').map((text) => ({ text }));

/** A source of documents and the records it was made from: when a record changes, so do its documents. */
interface Source {
  readonly stamp: readonly unknown[];
  readonly make: () => SearchDoc[];
}

/** Content's text by id, for the entries the user has not changed. */
interface ContentText {
  readonly text: SearchText;
  readonly principles: ReadonlyMap<string, SearchText['principles'][number]>;
  readonly questions: ReadonlyMap<string, SearchText['questions'][number]>;
  readonly stories: ReadonlyMap<string, SearchText['stories'][number]>;
  readonly topics: ReadonlyMap<string, SearchText['topics'][number]>;
  readonly cards: ReadonlyMap<string, SearchText['cards'][number]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Every source of documents for the live model and the user's data, by a key; cheap (no text work). */
function sourcesOf(model: LiveCardModel, user: LiveUserData, content: ContentText): Map<string, Source> {
  const sources = new Map<string, Source>();

  for (const p of model.principles) {
    const base = content.principles.get(p.id);
    const note = user.principleNotes[p.id];
    sources.set(`principle:${p.id}`, {
      stamp: [note],
      make: () => [
        {
          id: `principle:${p.id}`,
          kind: 'principle',
          href: `/principles/${p.id}`,
          title: p.title,
          passages: [
            ...(base
              ? [
                  { text: base.statement.en, lang: 'en' as const },
                  { text: base.statement.ko, lang: 'ko' as const },
                ]
              : []),
            ...passages(note ? plainOfMarkdown(note.notes) : base?.notes),
          ],
        },
      ],
    });
  }

  for (const q of model.questions) {
    const base = content.questions.get(q.id);
    const draft = user.questionDrafts[q.id];
    const own = user.ownQuestions[q.id];
    sources.set(`question:${q.id}`, {
      stamp: [draft, own],
      make: () => [
        {
          id: `question:${q.id}`,
          kind: 'question',
          href: `/questions/${q.id}`,
          title: q.prompt,
          passages: [
            ...(q.prompt.en && q.prompt.ko
              ? [
                  { text: q.prompt.en, lang: 'en' as const },
                  { text: q.prompt.ko, lang: 'ko' as const },
                ]
              : []),
            ...(draft ? passages(plainOfMarkdown(draft.keyPoints), plainOfMarkdown(draft.draft)) : passages(base?.keyPoints, base?.draft)),
          ],
        },
      ],
    });
  }

  for (const s of model.stories) {
    const overlay = user.stories[s.id];
    const base = content.stories.get(s.id);
    sources.set(`story:${s.id}`, {
      stamp: [overlay],
      make: () => {
        const fields = overlay?.story;
        const text = fields
          ? [fields.star.situation, fields.star.task, fields.star.action, fields.star.result, fields.learnings, fields.notes].map(plainOfMarkdown)
          : base
            ? [base.situation, base.task, base.action, base.result, base.learnings, base.notes]
            : [];
        return [
          {
            id: `story:${s.id}`,
            kind: 'story',
            href: `/stories/${s.id}`,
            title: same(s.title),
            passages: passages(...text, ...(fields?.followUps ?? base?.followUps ?? [])),
          },
        ];
      },
    });
  }

  for (const topic of content.text.topics) {
    sources.set(`topic:${topic.id}`, {
      stamp: [],
      make: () => [
        { id: `topic:${topic.id}`, kind: 'topic', href: `/topics/${topic.id}`, title: topic.title, passages: passages(topic.tags.join(' '), topic.intro) },
        ...topic.sections.map((section, i): SearchDoc => ({
          id: `topic:${topic.id}#${i}`,
          kind: 'topic',
          href: `/topics/${topic.id}#${encodeURIComponent(section.anchor)}`,
          title: same(section.heading),
          context: topic.title,
          passages: passages(section.text),
        })),
      ],
    });
  }

  for (const card of model.cards) {
    if (card.kind !== 'topic' && card.kind !== 'own') continue;
    const overlay = user.cards[card.id];
    const base = content.cards.get(card.id);
    sources.set(`card:${card.id}`, {
      stamp: [overlay],
      make: () => {
        const question = overlay?.question ?? base?.question;
        if (question === undefined) return [];
        const answer = overlay ? plainOfMarkdown(overlay.answer) : (base?.answer ?? '');
        const deck = overlay?.deck ?? `topic:${base?.topic ?? ''}`;
        const topic = deck.startsWith('topic:') ? content.topics.get(deck.slice(6)) : undefined;
        return [
          {
            id: `card:${card.id}`,
            kind: 'card',
            href: topic ? `/topics/${topic.id}#${cardAnchor(card.id)}` : `/review?deck=${encodeURIComponent(deck)}`,
            title: same(question),
            context: topic ? topic.title : same(deck.replace(/^own:/, '')),
            passages: passages(answer),
          },
        ];
      },
    });
  }

  for (const guide of content.text.guides) {
    sources.set(`guide:${guide.id}`, {
      stamp: [],
      make: () => [
        {
          id: `guide:${guide.id}`,
          kind: 'guide',
          href: `/guides/${guide.id}`,
          title: guide.title,
          passages: passages(...guide.sections.flatMap((s) => [s.heading, s.text])),
        },
      ],
    });
  }
  return sources;
}

const sameStamp = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/** The text of a document that its fields are built from. */
const titleOf = (doc: SearchDoc): string => both(doc.title);
const bodyOf = (doc: SearchDoc): string => doc.passages.map((p) => p.text).join('\n');

function newMiniSearch(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'body', 'choseong'],
    storeFields: [],
    // Initial consonants are a way to find a thing by its name: they index titles only (over whole
    // bodies they would match nearly everything, and triple the work of building the index).
    extractField: (doc, field) => (field === 'id' ? doc.id : field === 'body' ? bodyOf(doc) : titleOf(doc)),
    tokenize: (text, field) => (field === 'choseong' ? choseongTerms(text) : indexTerms(text)),
    // Terms come out of the tokenizers processed (lower-cased, stemmed); queries are built as terms.
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
}

/**
 * A term of a query as MiniSearch takes it: prefix for all (the last word is still being typed), and
 * one typo forgiven in an English word of five letters or more (not in its stem: once is enough).
 */
function termQuery(terms: readonly string[], typo: boolean): Query {
  return { queries: [...terms], combineWith: 'AND', prefix: true, fuzzy: (term: string) => (typo && /^[a-z]{5,}$/.test(term) ? 1 : false) };
}

/**
 * The query tree: every word must match, each through any of its alternatives. A single letter next
 * to other words waits for its second letter (as a prefix it would match most of the index).
 */
function queryOf(parsed: ParsedQuery): Query {
  const words = parsed.words.filter((w) => w.hangul || w.raw.length > 1);
  return {
    combineWith: 'AND',
    queries: (words.length > 0 ? words : parsed.words).map((w) => ({
      combineWith: 'OR',
      queries: w.alternatives.map((terms, i) => termQuery(terms, !w.hangul && i === 0)),
    })),
  };
}

export class SearchEngine {
  private readonly index = newMiniSearch();
  private readonly content: ContentText;
  private stamps = new Map<string, readonly unknown[]>();
  private docIds = new Map<string, readonly string[]>();
  private docs = new Map<string, SearchDoc>();

  constructor(text: SearchText, model: LiveCardModel, user: LiveUserData) {
    this.content = {
      text,
      principles: byId(text.principles),
      questions: byId(text.questions),
      stories: byId(text.stories),
      topics: byId(text.topics),
      cards: byId(text.cards),
    };
    const all: SearchDoc[] = [];
    for (const [key, source] of sourcesOf(model, user, this.content)) {
      const docs = source.make();
      this.stamps.set(key, source.stamp);
      this.docIds.set(
        key,
        docs.map((d) => d.id),
      );
      for (const doc of docs) this.docs.set(doc.id, doc);
      all.push(...docs);
    }
    this.index.addAll(all);
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Brings the index up to the live model and the user's data: only sources whose records changed
   * are indexed again; removed ones leave. Returns how many sources changed.
   */
  sync(model: LiveCardModel, user: LiveUserData): number {
    const sources = sourcesOf(model, user, this.content);
    let changed = 0;
    for (const [key, ids] of this.docIds) {
      if (sources.has(key)) continue;
      for (const id of ids) this.remove(id);
      this.docIds.delete(key);
      this.stamps.delete(key);
      changed += 1;
    }
    for (const [key, source] of sources) {
      const stamp = this.stamps.get(key);
      if (stamp && sameStamp(stamp, source.stamp)) continue;
      for (const id of this.docIds.get(key) ?? []) this.remove(id);
      const docs = source.make();
      for (const doc of docs) {
        this.docs.set(doc.id, doc);
        this.index.add(doc);
      }
      this.docIds.set(
        key,
        docs.map((d) => d.id),
      );
      this.stamps.set(key, source.stamp);
      changed += 1;
    }
    return changed;
  }

  private remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.docs.delete(id);
  }

  /** Ranked results grouped by kind, groups in the order of their best result; null for too short a query. */
  search(query: string, lang: Lang): SearchAnswer | null {
    const parsed = parseQuery(query);
    if (!isSearchable(parsed)) return null;
    const results: SearchResult[] = parsed.choseong
      ? this.index.search({ combineWith: 'AND', queries: [...parsed.choseong] }, { fields: ['choseong'], prefix: true })
      : this.index.search(queryOf(parsed), { fields: ['title', 'body'], boost: { title: 2 } });
    const groups = new Map<ResultKind, { hits: SearchHit[]; total: number }>();
    let shown = 0;
    for (const result of results) {
      const doc = this.docs.get(String(result.id));
      if (!doc) continue;
      const group = groups.get(doc.kind) ?? { hits: [], total: 0 };
      groups.set(doc.kind, group);
      group.total += 1;
      if (group.hits.length >= GROUP_LIMIT || shown >= TOTAL_LIMIT) continue;
      shown += 1;
      const matched = new Set(result.terms);
      group.hits.push({
        doc,
        score: result.score,
        title: highlight(pickText(doc.title, lang), parsed, matched),
        context: doc.context ? pickText(doc.context, lang) : null,
        snippet: snippet(doc.passages, parsed, matched, lang),
      });
    }
    return {
      groups: [...groups].filter(([, g]) => g.hits.length > 0).map(([kind, g]) => ({ kind, hits: g.hits, total: g.total })),
      total: results.length,
    };
  }
}
