import { readCorpusFile } from '../../../domain/corpus/read-corpus-file.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import type { ImportEvent } from './import-protocol.ts';
import { emptyReport, pushCapped, type ImportReport } from './import-report.ts';
import { throwIfCancelled } from './sync-corpus.ts';

const CORPUS_FILE = /\.(json|jsonl|ndjson)$/i;

/** A picked file's name for the report: its path inside a picked folder, else its name. */
export function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * Imports files a person picked or dropped (canonical JSON, Hugging Face API JSON, arXiv
 * JSON Lines), each in its own transaction: a file refused as a whole, or a failure while
 * storing it, changes nothing, and the files before it stay imported.
 */
export async function importFiles(files: readonly File[], options: { emit: (event: ImportEvent) => void; signal?: AbortSignal }): Promise<ImportReport> {
  const { emit, signal } = options;
  const started = performance.now();
  const report = emptyReport();
  const days = new Map<string, number>();
  const ordered = [...files].sort((a, b) => displayName(a).localeCompare(displayName(b)));
  emit({ type: 'started', total: ordered.length, files: ordered.length });
  for (const [index, file] of ordered.entries()) {
    throwIfCancelled(signal);
    const name = displayName(file);
    emit({ type: 'progress', progress: { done: index, total: ordered.length, label: `Reading ${name}` } });
    if (!CORPUS_FILE.test(file.name)) {
      report.fileErrors.push({ file: name, reason: 'is not a .json, .jsonl or .ndjson file; not read' });
      continue;
    }
    const outcome = readCorpusFile(name, await readText(file));
    if (!outcome.ok) {
      report.fileErrors.push(outcome.error);
      continue;
    }
    const { papers, issues } = outcome.value;
    if (papers.length === 0 && issues.length === 0) (report.emptyFiles ??= []).push(name);
    const stats = await upsertPapers(papers);
    report.added += stats.added;
    report.updated += stats.updated;
    report.unchanged += stats.unchanged;
    report.filesImported++;
    for (const paper of papers) days.set(paper.date, (days.get(paper.date) ?? 0) + 1);
    pushCapped(report.skipped, issues.filter((x) => x.severity === 'skipped'));
    pushCapped(report.fixed, issues.filter((x) => x.severity === 'fixed'));
  }
  emit({ type: 'progress', progress: { done: ordered.length, total: ordered.length, label: 'Done' } });
  report.days = [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, papers]) => ({ date, papers }));
  report.durationMs = performance.now() - started;
  return report;
}

/** `Blob.text()`, with FileReader where it is missing (jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
