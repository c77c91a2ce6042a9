import { readFile, writeFile } from 'node:fs/promises';
import type { Machine } from './machine.ts';
import type { Summary } from './stats.ts';

export interface MetricResult extends Summary {
  unit: string;
}

export interface ResultsFile {
  machine: Machine;
  /** When the latest run finished; metrics it did not measure are kept from earlier runs. */
  date: string;
  /** The commit the measured build came from (see build-commit.ts). */
  commit?: string;
  /** 1-minute load average when the latest run started and ended: other work on the host inflates figures. */
  load?: { start: number; end: number };
  metrics: Record<string, MetricResult>;
}

export async function readResults(path: string): Promise<ResultsFile | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ResultsFile;
  } catch {
    return undefined;
  }
}

/** New figures replace old ones of the same name; the rest are kept (so `--only` adds up). */
export function mergeResults(previous: ResultsFile | undefined, next: ResultsFile): ResultsFile {
  const metrics = { ...previous?.metrics, ...next.metrics };
  const sorted = Object.fromEntries(Object.keys(metrics).sort().map((name) => [name, metrics[name]!]));
  return { machine: next.machine, date: next.date, ...(next.commit ? { commit: next.commit } : {}), ...(next.load ? { load: next.load } : {}), metrics: sorted };
}

export async function writeResults(path: string, results: ResultsFile): Promise<void> {
  await writeFile(path, JSON.stringify(results, null, 2) + '\n');
}
