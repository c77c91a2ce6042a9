import { connect } from '../../../lib/worker-rpc/index.ts';
import { startSearchWorker } from '../../../workers/launch.ts';
import type { SearchEvent, SearchQuery, SearchResponse } from './search-protocol.ts';
import type { SearchService } from './search-service.ts';

/** The service's events, and the answer to the newest query (or why it failed). */
export type SearchUpdate = SearchEvent | { type: 'results'; response: SearchResponse } | { type: 'failed'; message: string };

export interface SearchClient {
  /** Asks for `query`; only the newest query's answer is ever delivered (stale ones are dropped). */
  search(query: SearchQuery): void;
  dispose(): void;
}

/**
 * Talks to the search worker (or, where no worker starts, the same service on the page).
 * One query is in flight at a time: while it runs, newer text replaces the waiting one, so a
 * burst of keystrokes costs one search per answer, and an answer with a newer query waiting
 * is dropped.
 */
export function createSearchClient(onUpdate: (update: SearchUpdate) => void): SearchClient {
  const connection = connect<SearchService, SearchEvent>(
    startSearchWorker,
    () => import('./search-service.ts').then(({ SearchService }) => (emit) => new SearchService(emit)),
    {
      name: 'search',
      onEvent: onUpdate,
      onError: (error) => onUpdate({ type: 'status', status: { state: 'error', papers: 0, message: error.message } }),
    },
  );
  let inFlight = false;
  let waiting: SearchQuery | undefined;

  const answered = (update: SearchUpdate) => {
    inFlight = false;
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      send(next);
    } else onUpdate(update);
  };
  const send = (query: SearchQuery) => {
    inFlight = true;
    connection.api.search(query).then(
      (response) => answered({ type: 'results', response }),
      (error: unknown) => answered({ type: 'failed', message: (error as Error)?.message ?? String(error) }),
    );
  };

  return {
    search(query) {
      if (inFlight) waiting = query;
      else send(query);
    },
    dispose: () => connection.close(),
  };
}
