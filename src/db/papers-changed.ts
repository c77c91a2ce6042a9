import type { Paper } from '../domain/corpus/paper-schema.ts';

/**
 * Tells every thread of this origin (tabs, the search worker) which days an import
 * changed, after its transaction committed. Dexie's liveQuery covers React views; this
 * covers listeners that keep derived state of their own, such as the search index.
 */
export const PAPERS_CHANGED_CHANNEL = 'paperfeed:papers-changed';
/**
 * The same announcements with the rows stored: a channel of its own, because a listener
 * decodes every message it gets, and only the search worker uses the rows (megabytes a shard).
 */
const PAPERS_STORED_CHANNEL = 'paperfeed:papers-stored';

/**
 * A day row as the writing transaction stored it, in the stored layout (day-row-codec.ts):
 * its papers as JSON without abstracts, and the abstracts in the same order. Strings, so
 * posting a shard's days to another thread is a copy of bytes, not a clone of 100k objects.
 */
export interface StoredDay {
  date: string;
  json: string;
  abstracts: string[];
}

export interface PapersChangedMessage {
  type: 'papers-changed';
  /** Days whose rows were written or deleted. */
  dates: string[];
  /**
   * What the transaction stored on `dates` (a day of `dates` missing from `days` is now
   * empty) and the paper version it committed, so a listener that indexes papers (the
   * search worker) need not read the rows back while an import is still writing.
   */
  stored?: { version: number; days: StoredDay[] };
}

export function announcePapersChanged(dates: string[], stored?: PapersChangedMessage['stored']): void {
  if (!dates.length || typeof BroadcastChannel === 'undefined') return;
  post(PAPERS_CHANGED_CHANNEL, { type: 'papers-changed', dates });
  post(PAPERS_STORED_CHANNEL, { type: 'papers-changed', dates, ...(stored ? { stored } : {}) });
}

function post(name: string, message: PapersChangedMessage): void {
  const channel = new BroadcastChannel(name);
  channel.postMessage(message);
  channel.close();
}

/** The papers of a stored day, whole again (abstracts back in place), in the row's order. */
export function papersOfStoredDay(day: StoredDay): Paper[] {
  const papers = JSON.parse(day.json) as Paper[];
  papers.forEach((paper, i) => (paper.abstract = day.abstracts[i] ?? ''));
  return papers;
}

/**
 * Calls `listener` with the days of every change announced by any thread (never the rows:
 * see `onPapersStored`); returns the unsubscribe.
 */
export function onPapersChanged(listener: (message: Pick<PapersChangedMessage, 'type' | 'dates'>) => void): () => void {
  return listen(PAPERS_CHANGED_CHANNEL, listener);
}

/** `onPapersChanged` with what each write stored, for a listener that indexes the rows. */
export function onPapersStored(listener: (message: PapersChangedMessage) => void): () => void {
  return listen(PAPERS_STORED_CHANNEL, listener);
}

function listen(name: string, listener: (message: PapersChangedMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<PapersChangedMessage>) => {
    if (event.data?.type === 'papers-changed') listener(event.data);
  };
  return () => channel.close();
}

/** The origin-wide lock an import of papers holds while it writes (Web Locks; see import-lock.ts). */
export const PAPER_IMPORT_LOCK = 'paperfeed:corpus-import';

/**
 * Resolves once no import holds the lock (at once where Web Locks are missing): derived
 * data worth storing whole (the search index) waits for the import's last write instead of
 * being stored again after every shard, competing with the import for the disk.
 */
export async function whenNoImportRuns(): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return;
  await locks.request(PAPER_IMPORT_LOCK, { mode: 'shared' }, () => undefined);
}
