import { connect } from '../../../lib/worker-rpc/index.ts';
import { startRecommendWorker } from '../../../workers/launch.ts';
import { useRecommendStatusStore } from '../stores/recommend-status-store.ts';
import type { RecommendEvent, RecommendQuery, RankAnswer, SimilarAnswer, RecommendStatus } from './recommend-protocol.ts';
import type { RecommendService } from './recommend-service.ts';

type Answer<Q extends RecommendQuery> = Q extends { type: 'similar' } ? SimilarAnswer : RankAnswer;

interface Client {
  request<Q extends RecommendQuery>(query: Q): Promise<Answer<Q>>;
  close(): void;
}

let client: Client | undefined;

/**
 * The one connection to the recommend worker, started on first use (the first view that
 * ranks), so a visit that never asks costs nothing. Where no worker starts (jsdom, or a
 * browser refusing it) the same service runs on the page.
 */
export function getRecommendClient(): Client {
  client ??= createClient();
  return client;
}

function createClient(): Client {
  const connection = connect<RecommendService, RecommendEvent>(
    startRecommendWorker,
    () => import('./recommend-service.ts').then(({ RecommendService }) => (emit) => new RecommendService(emit)),
    {
      name: 'recommend',
      onEvent: (event) => showStatus(event.status),
      onError: (error) => showStatus({ state: 'error', papers: 0, version: Date.now(), positives: 0, message: error.message }),
    },
  );
  return {
    request: <Q extends RecommendQuery>(query: Q) => connection.api.answer(query) as Promise<Answer<Q>>,
    close: () => connection.close(),
  };
}

/**
 * Ends the service with the app that started it (the app's slots unmounting). In the app
 * that is never; in component tests it is each test's cleanup. Before, the service on the
 * page (jsdom) outlived its test: its reads met the next test's database reset
 * (DatabaseClosedError), and it ranked that test's papers with the last one's features.
 */
export function closeRecommendClient(): void {
  client?.close();
  client = undefined;
  useRecommendStatusStore.setState({ status: { state: 'starting', papers: 0, version: 0, positives: 0 } });
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
