import type { FollowEvent, FollowRequest, MarkTarget } from './follow-protocol.ts';
import type { PaperRef } from '../../../domain/follow/follow-counter.ts';

type Answer = Extract<FollowEvent, { seq: number }>;

export interface FollowClient {
  papers(followId: string, options: { includeMuted: boolean; limit: number }): Promise<{ refs: PaperRef[]; total: number; newestDay?: string }>;
  markRead(target: MarkTarget): Promise<number>;
  dispose(): void;
}

/**
 * Talks to the follow worker; where workers are unavailable (jsdom, or a worker that
 * fails to start) the same service runs on the page. Counts arrive as events; requests
 * are answered in the order they were sent.
 */
export function createFollowClient(onCounts: (event: Extract<FollowEvent, { type: 'counts' }>) => void): FollowClient {
  let seq = 0;
  const waiting = new Map<number, (answer: Answer) => void>();
  const receive = (event: FollowEvent) => {
    if (event.type === 'counts') return onCounts(event);
    waiting.get(event.seq)?.(event);
    waiting.delete(event.seq);
  };
  let send: (request: FollowRequest) => void;
  let dispose: () => void;
  const worker = startWorker(receive);
  if (worker) {
    send = (request) => worker.postMessage(request);
    dispose = () => worker.terminate();
  } else {
    const service = import('./follow-service.ts').then(({ FollowService }) => new FollowService(receive));
    send = (request) =>
      void service
        .then((s) => s.handle(request))
        .then(receive, (error: unknown) => receive({ type: 'failed', seq: request.seq, message: (error as Error)?.message ?? String(error) }));
    dispose = () => void service.then((s) => s.dispose());
  }
  const ask = (request: FollowRequest) =>
    new Promise<Answer>((resolve, reject) => {
      waiting.set(request.seq, (answer) => (answer.type === 'failed' ? reject(new Error(answer.message)) : resolve(answer)));
      send(request);
    });
  return {
    async papers(followId, { includeMuted, limit }) {
      const answer = await ask({ type: 'papers', seq: ++seq, followId, includeMuted, limit });
      if (answer.type !== 'papers') throw new Error('unexpected answer');
      return answer;
    },
    async markRead(target) {
      const answer = await ask({ type: 'mark-read', seq: ++seq, target });
      return answer.type === 'marked' ? answer.count : 0;
    },
    dispose,
  };
}

function startWorker(receive: (event: FollowEvent) => void): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(new URL('../../../workers/follow.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-follow' });
    worker.onmessage = (message: MessageEvent<FollowEvent>) => receive(message.data);
    return worker;
  } catch {
    return undefined;
  }
}
