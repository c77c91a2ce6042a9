import { useRecommendStatusStore } from '../stores/recommend-status-store.ts';
import type { RecommendEvent, RecommendQuery, RecommendRequest, RankAnswer, SimilarAnswer, RecommendStatus } from './recommend-protocol.ts';

type Answer<Q extends RecommendQuery> = Q extends { type: 'similar' } ? SimilarAnswer : RankAnswer;

interface Client {
  request<Q extends RecommendQuery>(query: Q): Promise<Answer<Q>>;
}

let client: Client | undefined;

/**
 * The one connection to the recommend worker, started on first use (the first view that
 * ranks), so a visit that never asks costs nothing. Where workers are unavailable (jsdom,
 * or a worker that fails to start) the same service runs on the page.
 */
export function getRecommendClient(): Client {
  client ??= createClient();
  return client;
}

function createClient(): Client {
  let seq = 0;
  const pending = new Map<number, { resolve(answer: unknown): void; reject(error: Error): void }>();
  const receive = (event: RecommendEvent) => {
    if (event.type === 'status') return showStatus(event.status);
    const waiter = pending.get(event.seq);
    pending.delete(event.seq);
    if (event.type === 'answer') waiter?.resolve(event.answer);
    else waiter?.reject(new Error(event.message));
  };
  let send: (request: RecommendRequest) => void;
  const worker = startWorker(receive);
  if (worker) send = (request) => worker.postMessage(request);
  else {
    const service = import('./recommend-service.ts').then(({ RecommendService }) => new RecommendService(receive));
    send = (request) =>
      void service
        .then((s) => s.answer(request.query))
        .then(
          (answer) => receive({ type: 'answer', seq: request.seq, answer }),
          (error: unknown) => receive({ type: 'failed', seq: request.seq, message: (error as Error)?.message ?? String(error) }),
        );
  }
  return {
    request<Q extends RecommendQuery>(query: Q) {
      const request = { seq: ++seq, query };
      return new Promise<Answer<Q>>((resolve, reject) => {
        pending.set(request.seq, { resolve: resolve as (answer: unknown) => void, reject });
        send(request);
      });
    },
  };
}

/** Status goes to the store, and onto <html> for the end-to-end tests and the benchmarks. */
function showStatus(status: RecommendStatus): void {
  useRecommendStatusStore.getState().setStatus(status);
  if (typeof document === 'undefined') return;
  const data = document.documentElement.dataset;
  data.recommendState = status.state;
  data.recommendVersion = String(status.version);
  data.recommendPositives = String(status.positives);
  data.recommendPapers = String(status.papers);
  if (status.source) data.recommendSource = status.source;
  if (status.readyMs !== undefined) data.recommendReadyMs = String(status.readyMs);
  if (status.bytes !== undefined) data.recommendBytes = String(status.bytes);
  if (status.trainScoreMs !== undefined) data.recommendTrainMs = String(status.trainScoreMs);
}

function startWorker(receive: (event: RecommendEvent) => void): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(new URL('../../../workers/recommend.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-recommend' });
    worker.onmessage = (message: MessageEvent<RecommendEvent>) => receive(message.data);
    worker.onerror = (error) => showStatus({ state: 'error', papers: 0, version: Date.now(), positives: 0, message: `The recommend worker failed: ${error.message || 'unknown error'}` });
    return worker;
  } catch {
    return undefined;
  }
}
