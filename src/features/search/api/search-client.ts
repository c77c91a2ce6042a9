import type { SearchEvent, SearchQuery, SearchRequest } from './search-protocol.ts';

export interface SearchClient {
  /** Asks for `query`; only the newest query's answer is ever delivered (stale ones are dropped). */
  search(query: SearchQuery): void;
  dispose(): void;
}

/**
 * Talks to the search worker; where workers are unavailable (jsdom, or a worker that fails)
 * the same service runs on the page. One query is in flight at a time: while it runs, newer
 * text replaces the waiting one, so a burst of keystrokes costs one search per answer.
 */
export function createSearchClient(onEvent: (event: SearchEvent) => void): SearchClient {
  let seq = 0;
  let inFlight = false;
  let waiting: SearchRequest | undefined;
  let send: (request: SearchRequest) => void;
  let dispose: () => void;

  const receive = (event: SearchEvent) => {
    if (event.type === 'status' || event.type === 'stored') return onEvent(event);
    inFlight = false;
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      inFlight = true;
      send(next);
    } else if (event.seq === seq) onEvent(event);
  };

  const worker = startWorker(receive);
  if (worker) {
    send = (request) => worker.postMessage(request);
    dispose = () => worker.terminate();
  } else {
    const service = import('./search-service.ts').then(({ SearchService }) => new SearchService(receive));
    send = (request) =>
      void service
        .then((s) => s.search(request.query))
        .then(
          (response) => receive({ type: 'results', seq: request.seq, response }),
          (error: unknown) => receive({ type: 'failed', seq: request.seq, message: (error as Error)?.message ?? String(error) }),
        );
    dispose = () => void service.then((s) => s.dispose());
  }

  return {
    search(query) {
      const request: SearchRequest = { type: 'search', seq: ++seq, query };
      if (inFlight) waiting = request;
      else {
        inFlight = true;
        send(request);
      }
    },
    dispose,
  };
}

function startWorker(receive: (event: SearchEvent) => void): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(new URL('../../../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-search' });
    worker.onmessage = (message: MessageEvent<SearchEvent>) => receive(message.data);
    worker.onerror = (error) => receive({ type: 'status', status: { state: 'error', papers: 0, message: `The search worker failed: ${error.message || 'unknown error'}` } });
    return worker;
  } catch {
    return undefined;
  }
}
