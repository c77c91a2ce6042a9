/// <reference lib="webworker" />
import type { FollowEvent, FollowRequest } from '../features/follow/api/follow-protocol.ts';
import { FollowService } from '../features/follow/api/follow-service.ts';

// Follow counts live here: every stored paper is matched against every follow off the
// page's thread, so the page only ever receives small count messages.
declare const self: DedicatedWorkerGlobalScope;

const service = new FollowService((event: FollowEvent) => self.postMessage(event));

self.onmessage = (message: MessageEvent<FollowRequest>) => {
  const request = message.data;
  service.handle(request).then(
    (event) => self.postMessage(event),
    (error: unknown) => self.postMessage({ type: 'failed', seq: request.seq, message: (error as Error)?.message ?? String(error) } satisfies FollowEvent),
  );
};
