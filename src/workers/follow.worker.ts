/// <reference lib="webworker" />
import { expose, type Emit } from '../lib/worker-rpc/index.ts';
import type { FollowEvent } from '../features/follow/api/follow-protocol.ts';
import { FollowService } from '../features/follow/api/follow-service.ts';

// Follow counts live here: every stored paper is matched against every follow off the
// page's thread, so the page only ever receives small count messages.
expose((emit: Emit<FollowEvent>) => new FollowService(emit));
