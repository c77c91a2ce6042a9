import type { MergeCounts } from '../../../domain/library/merge-library.ts';

/** The backup import, in a worker of its own or (where no worker starts) on the page. */
export interface BackupImportService {
  /** Reads (in the worker: `file` is a cheap handle), checks and merges `file`; answers after the final event. Never throws. */
  run(file: File, onEvent: (event: BackupImportEvent) => void): Promise<void>;
}

export type BackupImportEvent =
  | { type: 'progress'; written: number; total: number }
  | { type: 'done'; added: MergeCounts; merged: number; notesJoined: string[]; items: number }
  /** The file was not imported: `message` says why, for the person who picked it. */
  | { type: 'refused'; message: string };
