import type { MergeCounts } from '../../../domain/library/merge-library.ts';

/** Messages between the Library page and the backup import worker. */
export interface BackupImportRequest {
  /** A picked file: a cheap handle, read in the worker. */
  file: File;
}

export type BackupImportEvent =
  | { type: 'progress'; written: number; total: number }
  | { type: 'done'; added: MergeCounts; merged: number; notesJoined: string[]; items: number }
  /** The file was not imported: `message` says why, for the person who picked it. */
  | { type: 'refused'; message: string };
