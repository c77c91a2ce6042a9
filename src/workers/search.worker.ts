/// <reference lib="webworker" />
import { expose, type Emit } from '../lib/worker-rpc/index.ts';
import type { SearchEvent } from '../features/search/api/search-protocol.ts';
import { SearchService } from '../features/search/api/search-service.ts';

// The index lives here: it reads IndexedDB itself and answers queries, so typing never
// waits on the page's thread and the corpus is never posted between threads.
expose((emit: Emit<SearchEvent>) => new SearchService(emit));
