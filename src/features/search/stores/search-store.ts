import { create } from 'zustand';
import { createSearchClient, type SearchClient, type SearchUpdate } from '../api/search-client.ts';
import type { IndexStatus, SearchQuery, SearchResponse } from '../api/search-protocol.ts';

/** UI state of search: the index's status and the latest answer (the query is in the URL). */
interface SearchState {
  status: IndexStatus;
  response: SearchResponse | undefined;
  error: string | undefined;
}

export const useSearchStore = create<SearchState>(() => ({
  status: { state: 'starting', papers: 0 },
  response: undefined,
  error: undefined,
}));

let client: SearchClient | undefined;

function handle(event: SearchUpdate): void {
  if (event.type === 'status') {
    useSearchStore.setState({ status: event.status });
    // The bench and tests read the index's readiness from the page's performance timeline.
    if (event.status.state === 'ready') performance.mark('search:index-ready', { detail: { ...event.status, orgs: undefined } });
  } else if (event.type === 'stored') performance.mark('search:index-stored', { detail: { papers: event.papers } });
  else if (event.type === 'results') useSearchStore.setState({ response: event.response, error: undefined });
  else useSearchStore.setState({ error: event.message });
}

/** The current client; events of a disposed one (tests reset it) are ignored. */
function currentClient(): SearchClient {
  if (!client) {
    const created: SearchClient = createSearchClient((event) => {
      if (client === created) handle(event);
    });
    client = created;
  }
  return client;
}

export function runSearch(query: SearchQuery): void {
  currentClient().search(query);
}

/** Starts the index early (restore or build), so the first search does not wait for it. */
export function warmUpSearch(): void {
  currentClient();
}

/** Tests: forget the client and the state. */
export function resetSearchForTests(): void {
  client?.dispose();
  client = undefined;
  useSearchStore.setState({ status: { state: 'starting', papers: 0 }, response: undefined, error: undefined });
}
