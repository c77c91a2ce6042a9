/**
 * Tells every thread of this origin (tabs, the search worker) which days an import
 * changed, after its transaction committed. Dexie's liveQuery covers React views; this
 * covers listeners that keep derived state of their own, such as the search index.
 */
export const PAPERS_CHANGED_CHANNEL = 'paperfeed:papers-changed';

export interface PapersChangedMessage {
  type: 'papers-changed';
  /** Days whose rows were written or deleted. */
  dates: string[];
}

export function announcePapersChanged(dates: string[]): void {
  if (!dates.length || typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(PAPERS_CHANGED_CHANNEL);
  channel.postMessage({ type: 'papers-changed', dates } satisfies PapersChangedMessage);
  channel.close();
}

/** Calls `listener` for every change announced by any thread; returns the unsubscribe. */
export function onPapersChanged(listener: (message: PapersChangedMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PAPERS_CHANGED_CHANNEL);
  channel.onmessage = (event: MessageEvent<PapersChangedMessage>) => {
    if (event.data?.type === 'papers-changed') listener(event.data);
  };
  return () => channel.close();
}
