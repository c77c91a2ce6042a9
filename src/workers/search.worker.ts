/// <reference lib="webworker" />
import type { SearchEvent, SearchRequest } from '../features/search/api/search-protocol.ts';
import { SearchService } from '../features/search/api/search-service.ts';

// The index lives here: it reads IndexedDB itself and answers queries, so typing never
// waits on the page's thread and the corpus is never posted between threads.
declare const self: DedicatedWorkerGlobalScope;

const service = new SearchService((event: SearchEvent) => self.postMessage(event));

self.onmessage = (message: MessageEvent<SearchRequest>) => {
  const { seq, query } = message.data;
  service.search(query).then(
    (response) => self.postMessage({ type: 'results', seq, response } satisfies SearchEvent),
    (error: unknown) => self.postMessage({ type: 'failed', seq, message: (error as Error)?.message ?? String(error) } satisfies SearchEvent),
  );
};
