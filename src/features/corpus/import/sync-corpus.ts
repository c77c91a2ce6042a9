import { manifestSchema, type Manifest, type ShardEntry } from '../../../domain/corpus/corpus-files.ts';
import { adaptCanonical, adaptNewestDay } from '../../../domain/corpus/canonical-adapter.ts';
import { listShards, upsertPapers } from '../../../db/papers-repo.ts';
import type { AdaptOutcome } from '../../../domain/corpus/adapt-result.ts';
import { putCorpusInfo } from '../../../db/corpus-info-repo.ts';
import type { ImportEvent } from './import-protocol.ts';
import { emptyReport, pushCapped, type ImportReport } from './import-report.ts';

export const CORPUS_SOURCE = 'corpus';

export class ImportFailure extends Error {
  constructor(
    readonly code: 'unreachable' | 'bad-manifest' | 'bad-source' | 'storage' | 'cancelled',
    message: string,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}

export interface SyncOptions {
  emit: (event: ImportEvent) => void;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** The reader replaced the demo corpus with real papers: a demo manifest's shards stay out. */
  skipDemo?: boolean;
  /** Months whose shards go first, e.g. the month of the paper a deep link opened. */
  firstMonths?: readonly string[];
}

/**
 * Brings the stored papers up to date with the static corpus at `baseUrl`: reads the
 * manifest and imports only the shards whose hash differs from the one stored. Each shard
 * is one transaction, so a failure or a cancel leaves every shard either fully old or
 * fully new. Runs in the import worker (or on the page where workers are unavailable).
 */
export async function syncCorpus(baseUrl: string, options: SyncOptions): Promise<ImportReport> {
  const { emit, signal } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const started = performance.now();
  const report = emptyReport();
  const manifest = await loadManifest(baseUrl, fetchImpl, signal);
  await putCorpusInfo({ name: manifest.name, demo: manifest.demo, shards: manifest.shards.length });
  if (manifest.demo && options.skipDemo) {
    report.durationMs = performance.now() - started;
    return report;
  }
  const stored = new Map((await listShards()).filter((s) => s.source === CORPUS_SOURCE).map((s) => [s.month, s.hash]));
  // Newest month first: on a first visit the feed opens on the newest day and stays there
  // while older months land, instead of jumping forward with every shard.
  const todo = manifest.shards.filter((s) => stored.get(s.month) !== s.hash).sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
  // A deep link's paper: its likely months first, so its page fills in early.
  const first = options.firstMonths ?? [];
  const rank = (month: string) => (first.includes(month) ? first.indexOf(month) : first.length);
  if (first.length) todo.sort((a, b) => rank(a.month) - rank(b.month));
  report.filesUnchanged = manifest.shards.length - todo.length;
  const total = todo.reduce((sum, s) => sum + s.count, 0);
  if (todo.length) emit({ type: 'started', total, files: todo.length });
  let done = 0;
  // Fetch, parse and validate the next shard while the current one is being written.
  const load = (shard: ShardEntry): Promise<LoadOutcome> =>
    fetchShard(baseUrl, shard, fetchImpl, signal).then(
      (json) => adaptCanonical(shard.file, json),
      (error: Error): LoadOutcome =>
        error instanceof ShardUnreachable ? { pending: true, reason: error.message } : { ok: false, error: { file: shard.file, reason: error.message } },
    );
  // Only on a true first visit (nothing stored yet): a resumed import already has a front
  // page, and keeps the plain rule that an unrecorded month holds no papers.
  const firstVisit = stored.size === 0;
  let next: Promise<LoadOutcome | RawShard> | undefined = todo[0] ? (firstVisit ? loadRaw(baseUrl, todo[0], fetchImpl, signal) : load(todo[0])) : undefined;
  for (let i = 0; i < todo.length; i++) {
    const shard = todo[i]!;
    const loaded = await next!;
    throwIfCancelled(signal);
    // A first visit paints its front page from the newest day: its papers, checked apart
    // from the rest of the shard, are stored alone first (a few hundred papers, one small
    // transaction) before the next shard is fetched or this one is checked, so nothing
    // holds up that write. The whole shard and its record still go in one transaction
    // after it, so a failure there leaves the shard pending (to be imported again), that day kept.
    let early = 0;
    if ('raw' in loaded) {
      emit({ type: 'progress', progress: { done, total, label: `Storing ${shard.month}` } });
      const newest = adaptNewestDay(shard.file, loaded.raw);
      const first = newest.length ? await upsertPapers(newest) : { added: 0, updated: 0 };
      report.added += first.added;
      report.updated += first.updated;
      early = first.added + first.updated;
    }
    next = todo[i + 1] ? load(todo[i + 1]!) : undefined;
    const adapted = 'raw' in loaded ? adaptCanonical(shard.file, loaded.raw) : loaded;
    if ('pending' in adapted) {
      // Not the file's fault: it stays pending (its stored month, if any, untouched) and
      // the page fetches it again when the browser is back online.
      report.pending.push({ file: shard.file, reason: adapted.reason });
      done += shard.count;
      continue;
    }
    if (!adapted.ok) {
      report.fileErrors.push(adapted.error);
      done += shard.count;
      continue;
    }
    const { papers, issues } = adapted.value;
    emit({ type: 'progress', progress: { done, total, label: `Storing ${shard.month}` } });
    const base = done;
    const stats = await upsertPapers(papers, {
      shard: { key: `${CORPUS_SOURCE}/${shard.month}`, source: CORPUS_SOURCE, month: shard.month, hash: shard.hash, count: papers.length, importedAt: Date.now() },
      onProgress: (written) => {
        throwIfCancelled(signal);
        emit({ type: 'progress', progress: { done: base + Math.min(written, papers.length), total, label: `Storing ${shard.month}` } });
      },
    });
    done += shard.count;
    report.added += stats.added;
    report.updated += stats.updated;
    // The newest day's papers, stored just before, are unchanged to the whole-shard write.
    report.unchanged += stats.unchanged - early;
    report.filesImported++;
    pushCapped(report.skipped, issues.filter((x) => x.severity === 'skipped'));
    pushCapped(report.fixed, issues.filter((x) => x.severity === 'fixed'));
    emit({ type: 'progress', progress: { done, total, label: `Stored ${shard.month}` } });
  }
  report.durationMs = performance.now() - started;
  return report;
}

/** A fetched and parsed shard, not checked yet (the first shard of a first visit, see syncCorpus). */
interface RawShard {
  raw: unknown;
}

function loadRaw(baseUrl: string, shard: ShardEntry, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<LoadOutcome | RawShard> {
  return fetchShard(baseUrl, shard, fetchImpl, signal).then(
    (raw): RawShard => ({ raw }),
    (error: Error): LoadOutcome =>
      error instanceof ShardUnreachable ? { pending: true, reason: error.message } : { ok: false, error: { file: shard.file, reason: error.message } },
  );
}

async function loadManifest(baseUrl: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<Manifest> {
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl}manifest.json`, { cache: 'no-cache', signal });
  } catch (error) {
    throwIfCancelled(signal);
    throw new ImportFailure('unreachable', `The paper corpus could not be reached (${(error as Error).message}).`);
  }
  if (!response.ok) throw new ImportFailure('unreachable', `The paper corpus could not be loaded: manifest.json answered ${response.status}.`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new ImportFailure('bad-manifest', `manifest.json is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ImportFailure('bad-manifest', `manifest.json is not a paperfeed manifest: ${first?.path.join('.') || 'the file'} ${first?.message ?? 'is invalid'}`);
  }
  return parsed.data;
}

type LoadOutcome = AdaptOutcome | { pending: true; reason: string };

/** A shard that could not be fetched for a reason that passes (offline, server down): try again later. */
class ShardUnreachable extends Error {}

/** Answers that say "not now" rather than "no such file". */
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

async function fetchShard(baseUrl: string, shard: ShardEntry, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<unknown> {
  const response = await fetchOrPending(() => fetchImpl(`${baseUrl}${shard.file}`, { cache: 'no-cache', signal }), signal);
  if (TRANSIENT_STATUS.has(response.status)) throw new ShardUnreachable(`answered ${response.status}`);
  if (!response.ok) throw new Error(`answered ${response.status}`);
  // A connection lost mid-body fails here, as a network error, not as bad JSON.
  const text = await fetchOrPending(() => response.text(), signal);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message})`);
  }
}

/** A network failure (fetch rejects with a TypeError) is a pending shard; a cancel stays a cancel. */
async function fetchOrPending<T>(step: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throwIfCancelled(signal);
    throw new ShardUnreachable(`could not be fetched (${(error as Error)?.message ?? String(error)})`);
  }
}

export function throwIfCancelled(signal?: AbortSignal) {
  if (signal?.aborted) throw new ImportFailure('cancelled', 'The import was cancelled; shards already stored are kept.');
}
