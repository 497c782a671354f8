import { contentIndex } from 'virtual:loop-prep/content-index';
import type { ContentIndex, GuideSummary, PrincipleSummary, QuestionSummary, StorySummary, TopicSummary } from '@/domain/content';

/**
 * Typed lookups over the content index (ids, titles; no long bodies). This is the read-only
 * baseline: links, counts, coverage and cards the user can change come from the live model
 * (src/lib/live-model.ts), never from here. Bodies live in the per-kind modules
 * `virtual:loop-prep/content/<kind>`, imported by the views that show them.
 */
export const content: ContentIndex = contentIndex;

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const principles = byId(content.principles);
const questions = byId(content.questions);
const stories = byId(content.stories);
const topics = byId(content.topics);
const guides = byId(content.guides);

export const getPrinciple = (id: string): PrincipleSummary | undefined => principles.get(id);
export const getQuestion = (id: string): QuestionSummary | undefined => questions.get(id);
export const getStory = (id: string): StorySummary | undefined => stories.get(id);
export const getTopic = (id: string): TopicSummary | undefined => topics.get(id);
export const getGuide = (id: string): GuideSummary | undefined => guides.get(id);

/** Looks up a body entry by id in one of the per-kind lists. */
export function findEntry<T extends { id: string }>(entries: readonly T[], id: string | undefined): T | undefined {
  return id === undefined ? undefined : entries.find((entry) => entry.id === id);
}
