import { readCorpusBytes } from '../../../domain/corpus/read-corpus-file.ts';
import { chooseRepeat, sightingOf, type Sighting } from '../../../domain/corpus/repeated-paper.ts';
import type { EntryIssue } from '../../../domain/corpus/import-issue.ts';
import { xmlSizeProblem } from '../../../domain/corpus/arxiv/parse-xml.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import type { AdaptedFile } from '../../../domain/corpus/adapt-result.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import type { ImportEvent } from './import-protocol.ts';
import { emptyReport, pushCapped, type ImportReport } from './import-report.ts';
import { throwIfCancelled } from './sync-corpus.ts';

const CORPUS_FILE = /\.(json|jsonl|ndjson|xml|atom|rss)$/i;

/** A picked file's name for the report: its path inside a picked folder, else its name. */
export function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * Imports files a person picked or dropped (canonical JSON, Hugging Face API JSON, arXiv
 * JSON Lines, arXiv API / OAI-PMH / RSS XML), each in its own transaction: a file refused as a whole, or a failure while
 * storing it, changes nothing, and the files before it stay imported.
 */
export async function importFiles(files: readonly File[], options: { emit: (event: ImportEvent) => void; signal?: AbortSignal }): Promise<ImportReport> {
  const { emit, signal } = options;
  const started = performance.now();
  const report = emptyReport();
  const days = new Map<string, number>();
  const seen = new Map<string, Sighting>();
  const ordered = [...files].sort((a, b) => displayName(a).localeCompare(displayName(b)));
  emit({ type: 'started', total: ordered.length, files: ordered.length });
  for (const [index, file] of ordered.entries()) {
    throwIfCancelled(signal);
    const name = displayName(file);
    emit({ type: 'progress', progress: { done: index, total: ordered.length, label: `Reading ${name}` } });
    if (!CORPUS_FILE.test(file.name)) {
      report.fileErrors.push({ file: name, reason: 'is not a .json, .jsonl, .ndjson or .xml file; not read' });
      continue;
    }
    // An XML answer over the limit is refused by its size, before reading 50 MB into memory.
    const tooLarge = /\.(xml|atom|rss)$/i.test(file.name) ? xmlSizeProblem(file.size) : undefined;
    if (tooLarge) {
      report.fileErrors.push({ file: name, reason: tooLarge });
      continue;
    }
    const outcome = readCorpusBytes(name, await readBytes(file));
    if (!outcome.ok) {
      report.fileErrors.push(outcome.error);
      continue;
    }
    if (outcome.value.papers.length === 0 && outcome.value.issues.length === 0) (report.emptyFiles ??= []).push(name);
    const { papers, issues } = keepOneVersion(seen, name, outcome.value);
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

/**
 * Applies the shared rule (chooseRepeat) to papers already met in an earlier file of this
 * import: the losing version is left out and the conflict joins the file's issues.
 */
function keepOneVersion(seen: Map<string, Sighting>, file: string, adapted: AdaptedFile): { papers: Paper[]; issues: EntryIssue[] } {
  const papers: Paper[] = [];
  const issues = [...adapted.issues];
  for (const [position, paper] of adapted.papers.entries()) {
    const sighting = sightingOf(paper, file, adapted.entries?.[position] ?? position);
    const before = seen.get(paper.id);
    const choice = before ? chooseRepeat(before, sighting) : { keep: 'second' as const };
    if (choice.issue) issues.push(choice.issue);
    if (choice.keep === 'first') continue;
    seen.set(paper.id, sighting);
    papers.push(paper);
  }
  return { papers, issues };
}

/** The file's bytes (decoded strictly by readCorpusBytes), with FileReader where `arrayBuffer` is missing (jsdom). */
async function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
