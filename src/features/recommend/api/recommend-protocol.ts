import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import type { InterestKey } from '../../../domain/recommend/signals.ts';

/** What the page asks the recommend service (in its worker, or on the page) and what it answers. */

/** Why a paper was picked: the terms it shares with the interest, and the nearest saved paper. */
export interface PickReason {
  terms: string[];
  like?: { id: string; title: string };
}

export interface Pick extends PickReason {
  id: string;
  score: number;
  /** Present where the answer carries papers (the page may not hold them). */
  paper?: Paper;
}

/** An interest too young to rank: how many positives it has, of MIN_POSITIVES. */
export interface ColdStart {
  positives: number;
  needed: number;
}

export type RankAnswer = { cold: ColdStart } | { cold?: undefined; picks: Pick[]; candidates: number; tookMs: number };

export type RecommendQuery =
  /** Orders the given papers (a day, week or month) for an interest; every id comes back. */
  | { type: 'order'; ids: string[]; interest: InterestKey }
  /** The best unread, unsaved papers featured after `since` (every day when null). */
  | { type: 'for-you'; since: string | null; limit: number; interest: InterestKey }
  | { type: 'similar'; paperId: string; limit: number };

export interface SimilarAnswer {
  picks: Pick[];
  /** The paper has no features (not in the corpus, or features still building). */
  missing: boolean;
  tookMs: number;
}

export interface RecommendStatus {
  state: 'starting' | 'building' | 'ready' | 'error';
  papers: number;
  /** Grows whenever the features or a model change, so views ask again. */
  version: number;
  source?: 'stored' | 'built';
  /** From the worker's start to features ready. */
  readyMs?: number;
  /** Bytes of the feature matrix's buffers. */
  bytes?: number;
  /** Positives of the "all" interest found in the corpus. */
  positives: number;
  /** Time of the last retrain of every interest plus re-scoring all papers for "all". */
  trainScoreMs?: number;
  message?: string;
}

/** What the service tells the page unasked; answers come back from `answer`. */
export type RecommendEvent = { type: 'status'; status: RecommendStatus };
