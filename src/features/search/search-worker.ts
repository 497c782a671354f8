/**
 * The search index in a Web Worker, so that building it never freezes the page. Loaded by
 * `engine.ts` with `new Worker(new URL(...), { type: 'module' })`; the protocol is search-handler.ts.
 */
import { liveCardModel } from '@/lib/live-cards';
import { buildLiveModel } from '@/lib/live-model';
import { searchHandler, type SearchHandler, type SearchRequest, type SearchResponse } from './search-handler';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
}

// Only inside a worker: importing this module elsewhere (tests) must not touch the page.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  const scope = globalThis as unknown as WorkerScope;
  let handle: SearchHandler | null = null;
  scope.onmessage = ({ data }) => {
    if (data.type === 'init') {
      const { cardIds } = data;
      handle = searchHandler(data.index, data.text, (index, user) => liveCardModel(index, cardIds, user, buildLiveModel(index, user)));
    }
    const response = handle?.(data);
    if (response) scope.postMessage(response);
  };
}
