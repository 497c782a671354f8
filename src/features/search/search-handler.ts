/**
 * The search protocol, answered in a Web Worker (search-worker.ts: building the index over thousands
 * of cards takes seconds on a phone and must not freeze the page) or, where no worker runs, in the
 * page. Protocol: `init` hands over content (the index and its plain text, which the page loads), `sync`
 * the user's data (only the slices that changed), `search` asks a query and gets one `answer` back
 * with the same `seq`. Messages are handled in order, so a search after a sync sees the synced notes.
 */
import type { ContentIndex, Lang, TopicCardIds } from '@/domain/content';
import type { SearchText } from '@/domain/search-text';
import type { LiveCardModel, LiveUserData } from '@/lib/live-model';
import { SearchEngine, type SearchAnswer } from './search-index';

export type SearchRequest =
  | { readonly type: 'init'; readonly index: ContentIndex; readonly cardIds: TopicCardIds; readonly text: SearchText }
  | { readonly type: 'sync'; readonly user: Partial<LiveUserData> }
  | { readonly type: 'search'; readonly seq: number; readonly query: string; readonly lang: Lang };

export type SearchResponse =
  | { readonly type: 'answer'; readonly seq: number; readonly answer: SearchAnswer | null }
  | { readonly type: 'error'; readonly seq: number; readonly message: string };

const NO_USER_DATA: LiveUserData = { stories: {}, questionDrafts: {}, cards: {}, ownQuestions: {}, principleNotes: {} };

export type SearchHandler = (request: SearchRequest) => SearchResponse | null;

/** Handles the protocol over content's index and text; `build` makes the live model of the notes. */
export function searchHandler(index: ContentIndex, text: SearchText, build: (index: ContentIndex, user: LiveUserData) => LiveCardModel): SearchHandler {
  let user = NO_USER_DATA;
  let engine: SearchEngine | null = null;
  let stale = true;
  return (request) => {
    if (request.type === 'init') return null;
    if (request.type === 'sync') {
      user = { ...user, ...request.user };
      stale = true;
      return null;
    }
    try {
      // The index is built, or brought up to date, when a search needs it.
      if (stale) {
        const model = build(index, user);
        if (engine) engine.sync(model, user);
        else engine = new SearchEngine(text, model, user);
        stale = false;
      }
      return { type: 'answer', seq: request.seq, answer: engine?.search(request.query, request.lang) ?? null };
    } catch (error) {
      return { type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
