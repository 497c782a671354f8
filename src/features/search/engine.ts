import { topicCardIds } from 'virtual:loop-prep/topic-card-ids';
import type { Lang } from '@/domain/content';
import { content } from '@/lib/content';
import type { LiveUserData } from '@/lib/live-model';
import { currentLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';
import type { SearchAnswer } from './search-index';
import type { SearchHandler, SearchRequest, SearchResponse } from './search-handler';

/** The user's slices the index reads, as the store holds them now. */
export function currentUserData(): LiveUserData {
  const { stories, questionDrafts, cards, ownQuestions, principleNotes } = useAppStore.getState();
  return { stories, questionDrafts, cards, ownQuestions, principleNotes };
}

/** Asks the index: in a worker where the browser has one, in the page otherwise (and in tests). */
export interface SearchClient {
  /** Hands over the user's data; only the slices that changed since the last call travel. */
  sync(user: LiveUserData): void;
  search(query: string, lang: Lang): Promise<SearchAnswer | null>;
}

/** The part of a Worker this module uses. */
interface SearchPort {
  onmessage: ((event: MessageEvent<SearchResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: SearchRequest): void;
  terminate(): void;
}

/**
 * Talks to a worker, or to the same handler in the page: the protocol is the same. If the worker
 * cannot start (a failed download), the page's handler takes over for the rest of the visit.
 */
class Client implements SearchClient {
  private sent: Partial<Record<keyof LiveUserData, unknown>> = {};
  private seq = 0;
  private readonly waiting = new Map<number, { request: SearchRequest; resolve: (a: SearchAnswer | null) => void; reject: (e: Error) => void }>();
  private history: SearchRequest[] = [];
  private readonly local: () => Promise<SearchHandler>;

  constructor(
    private port: SearchPort | null,
    private readonly init: Promise<SearchRequest>,
  ) {
    let handle: Promise<SearchHandler> | null = null;
    // In the page, the live model is the app's own (the data synced is the store's).
    this.local = () =>
      (handle ??= Promise.all([import('./search-handler'), init]).then(([{ searchHandler }, request]) => {
        if (request.type !== 'init') throw new Error('search: no content to index');
        return searchHandler(request.index, request.text, () => currentLiveCardModel());
      }));
    if (port) {
      this.listen(port);
      init.then(
        (request) => this.port?.postMessage(request),
        () => undefined,
      );
    }
  }

  private listen(port: SearchPort): void {
    port.onmessage = (event) => this.answer(event.data);
    port.onerror = (event) => {
      event.preventDefault();
      port.terminate();
      this.port = null;
      // Replay what the worker was told, in the page.
      void this.local().then((handle) => {
        for (const request of this.history) if (request.type === 'sync') handle(request);
        for (const { request } of this.waiting.values()) {
          const response = handle(request);
          if (response) this.answer(response);
        }
      });
    };
  }

  private fail(request: SearchRequest, error: unknown): void {
    if (request.type !== 'search') return;
    this.answer({ type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) });
  }

  private answer(response: SearchResponse): void {
    const waiting = this.waiting.get(response.seq);
    if (!waiting) return;
    this.waiting.delete(response.seq);
    if (response.type === 'answer') waiting.resolve(response.answer);
    else waiting.reject(new Error(response.message));
  }

  private post(request: SearchRequest): void {
    if (request.type === 'sync') this.history.push(request);
    const port = this.port;
    // The worker takes requests once it has content (init goes first).
    if (port)
      void this.init.then(
        () => port.postMessage(request),
        (error: unknown) => this.fail(request, error),
      );
    else
      void this.local().then((handle) => {
        const response = handle(request);
        if (response) this.answer(response);
      });
  }

  sync(user: LiveUserData): void {
    const changed: Partial<Record<keyof LiveUserData, unknown>> = {};
    for (const key of Object.keys(user) as (keyof LiveUserData)[]) if (this.sent[key] !== user[key]) changed[key] = user[key];
    if (Object.keys(changed).length === 0) return;
    this.sent = { ...this.sent, ...changed };
    this.post({ type: 'sync', user: changed as Partial<LiveUserData> });
  }

  search(query: string, lang: Lang): Promise<SearchAnswer | null> {
    this.seq += 1;
    const request: SearchRequest = { type: 'search', seq: this.seq, query, lang };
    return new Promise((resolve, reject) => {
      this.waiting.set(request.seq, { request, resolve, reject });
      this.post(request);
    });
  }
}

let client: Client | null = null;

/** What the index is built from: the content index and content's plain text (its own chunk). */
async function initRequest(): Promise<SearchRequest> {
  const { searchText } = await import('virtual:loop-prep/search-text');
  return { type: 'init', index: content, cardIds: topicCardIds, text: searchText };
}

function startWorker(): SearchPort | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  } catch {
    return null;
  }
}

/**
 * The one search client of the app, made the first time search opens and kept for the visit: the
 * index is built once, then each use brings it up to date with what the user changed.
 */
export function searchClient(): SearchClient {
  client ??= new Client(startWorker(), initRequest());
  return client;
}
