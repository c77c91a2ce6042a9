import { connect, type Api } from '../../../lib/worker-rpc/index.ts';
import { startFollowWorker } from '../../../workers/launch.ts';
import type { CountsEvent, FollowEvent } from './follow-protocol.ts';
import type { FollowService } from './follow-service.ts';

export type FollowClient = Pick<Api<FollowService>, 'papers' | 'markRead'> & { dispose(): void };

/**
 * Talks to the follow worker; where no worker starts (jsdom, or a browser refusing it)
 * the same service runs on the page. Counts arrive as events, in the order they were made.
 */
export function createFollowClient(onCounts: (event: CountsEvent) => void): FollowClient {
  const connection = connect<FollowService, FollowEvent>(
    startFollowWorker,
    () => import('./follow-service.ts').then(({ FollowService }) => (emit) => new FollowService(emit)),
    { name: 'follow', onEvent: onCounts },
  );
  return {
    papers: (followId, options) => connection.api.papers(followId, options),
    markRead: (target) => connection.api.markRead(target),
    dispose: () => connection.close(),
  };
}
