import { create } from 'zustand';
import type { FollowCount } from '../../../domain/follow/follow-counter.ts';
import { createFollowClient, type FollowClient } from '../api/follow-client.ts';

/** The follow worker's latest counts (derived data it pushes; the follows themselves are read from Dexie). */
interface FollowState {
  counts: Record<string, FollowCount>;
  /** Unread papers of all follows, each once. */
  totalUnread: number;
  ready: boolean;
  /** Grows with every new set of counts, so open follow pages ask for their papers again. */
  version: number;
}

export const useFollowStore = create<FollowState>(() => ({ counts: {}, totalUnread: 0, ready: false, version: 0 }));

let client: FollowClient | undefined;

/** The client, started on first use: a reader who follows nothing never pays for the worker. */
export function followClient(): FollowClient {
  if (!client) {
    const created = createFollowClient((event) => {
      if (client !== created) return;
      useFollowStore.setState((s) => ({ counts: event.counts, totalUnread: event.totalUnread, ready: event.ready, version: s.version + 1 }));
      // The bench reads how long counting took from the page's performance timeline.
      performance.mark('follow:counts', { detail: { tookMs: event.tookMs, papers: event.papers, ready: event.ready, follows: Object.keys(event.counts).length } });
    });
    client = created;
  }
  return client;
}

/** Tests: stop the client so the next test starts a fresh one. */
export function resetFollowClientForTests(): void {
  client?.dispose();
  client = undefined;
  useFollowStore.setState({ counts: {}, totalUnread: 0, ready: false, version: 0 });
}
