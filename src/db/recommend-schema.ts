import type { LibrarySignal } from '../domain/recommend/signals.ts';

/** "More like this" / "less like this" on a paper: one per paper, the latest press wins. Library data. */
export type SignalRecord = LibrarySignal;

/**
 * The recommender's tf-idf features as last built (docs/recommend.md): derived data, valid
 * while its corpus fingerprint matches the stored corpus. Strings are joined with newlines
 * and numbers kept in typed arrays, so IndexedDB writes and reads a few blocks, not 100k objects.
 */
export interface RecommendFeaturesRecord {
  key: string;
  /** Layout version; a record of another version is rebuilt, never read. */
  format: number;
  fingerprint: string;
  builtAt: number;
  ids: string;
  dates: string;
  vocab: string;
  idf: Float32Array;
  indptr: Uint32Array;
  indices: Uint16Array;
  values: Float32Array;
}
