/// <reference lib="webworker" />
import { expose, type Emit } from '../lib/worker-rpc/index.ts';
import type { RecommendEvent } from '../features/recommend/api/recommend-protocol.ts';
import { RecommendService } from '../features/recommend/api/recommend-service.ts';

// Features and models live here: the worker reads IndexedDB itself, trains and scores, and
// the page only receives short answers (ids, scores, reasons, the few papers shown).
expose((emit: Emit<RecommendEvent>) => new RecommendService(emit));
