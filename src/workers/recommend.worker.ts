/// <reference lib="webworker" />
import type { RecommendEvent, RecommendRequest } from '../features/recommend/api/recommend-protocol.ts';
import { RecommendService } from '../features/recommend/api/recommend-service.ts';

// Features and models live here: the worker reads IndexedDB itself, trains and scores, and
// the page only receives short answers (ids, scores, reasons, the few papers shown).
declare const self: DedicatedWorkerGlobalScope;

const service = new RecommendService((event: RecommendEvent) => self.postMessage(event));

self.onmessage = (message: MessageEvent<RecommendRequest>) => {
  const { seq, query } = message.data;
  service.answer(query).then(
    (answer) => self.postMessage({ type: 'answer', seq, answer } satisfies RecommendEvent),
    (error: unknown) => self.postMessage({ type: 'failed', seq, message: (error as Error)?.message ?? String(error) } satisfies RecommendEvent),
  );
};
