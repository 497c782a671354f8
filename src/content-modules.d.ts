// Typed shapes of the virtual modules served by the build-time content plugin (src/node).
declare module 'virtual:loop-prep/content-index' {
  import type { ContentIndex } from '@/domain/content';
  export const contentIndex: ContentIndex;
}
declare module 'virtual:loop-prep/topic-card-ids' {
  import type { TopicCardIds } from '@/domain/content';
  export const topicCardIds: TopicCardIds;
}
declare module 'virtual:loop-prep/content/principles' {
  import type { RenderedPrinciple } from '@/domain/content';
  /** The 16 principles with statements; notes pre-rendered to HAST. */
  export const entries: readonly RenderedPrinciple[];
}
declare module 'virtual:loop-prep/content/questions' {
  import type { QuestionEntry } from '@/domain/content';
  export const entries: readonly QuestionEntry[];
}
declare module 'virtual:loop-prep/content/stories' {
  import type { StoryEntry } from '@/domain/content';
  export const entries: readonly StoryEntry[];
}
declare module 'virtual:loop-prep/content/topics' {
  import type { TopicEntry } from '@/domain/content';
  export const entries: readonly TopicEntry[];
}
declare module 'virtual:loop-prep/content/guides' {
  import type { RenderedGuide } from '@/domain/content';
  export const entries: readonly RenderedGuide[];
}
declare module 'virtual:loop-prep/content/follow-ups' {
  import type { FollowUpEntry } from '@/domain/content';
  /** The mock interview's standard follow-ups, in order. */
  export const entries: readonly FollowUpEntry[];
}
declare module 'virtual:loop-prep/loaders/topics' {
  import type { RenderedTopic } from '@/domain/content';
  /** One loader per topic id: each topic's notes and cards are their own chunk, pre-rendered. */
  export const loaders: Readonly<Record<string, () => Promise<{ entry: RenderedTopic }>>>;
}
declare module 'virtual:loop-prep/content/cards' {
  import type { ContentCardFace } from '@/domain/cards';
  /** Topic cards and LP recall, as content has them (behavioural prompts are built live). */
  export const entries: readonly ContentCardFace[];
}
declare module 'virtual:loop-prep/trees/stories' {
  import type { Root } from 'hast';
  /** Content stories' written sections (situation ... notes) as HAST trees, by story id. */
  export const trees: Readonly<Record<string, Readonly<Partial<Record<'situation' | 'task' | 'action' | 'result' | 'learnings' | 'notes', Root>>>>>;
}
declare module 'virtual:loop-prep/trees/questions' {
  import type { Root } from 'hast';
  /** Content questions' key points and draft answers as HAST trees, by question id. */
  export const trees: Readonly<Record<string, Readonly<Partial<Record<'keyPoints' | 'draft', Root>>>>>;
}
declare module 'virtual:loop-prep/search-text' {
  import type { SearchText } from '@/domain/search-text';
  /** Content as plain text, sections anchored as their pages anchor them (for the search index). */
  export const searchText: SearchText;
}
