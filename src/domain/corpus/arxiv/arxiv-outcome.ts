import type { AdaptedFile } from '../adapt-result.ts';
import type { FileError } from '../import-issue.ts';

/** Where a page of a paged arXiv answer sits, so a fetcher knows whether to ask for more. */
export interface ArxivPaging {
  /** Search API (OpenSearch): matches in all, first index of this page, page size. */
  totalResults?: number;
  startIndex?: number;
  itemsPerPage?: number;
  /** OAI-PMH: the token to ask for the next page; an empty token (or none) ends the list. */
  resumptionToken?: string;
  completeListSize?: number;
  cursor?: number;
}

export interface ArxivAdapted extends AdaptedFile {
  source: 'arxiv-atom' | 'arxiv-oai' | 'arxiv-rss';
  /** Entries, records or items the file holds, read or not. */
  records: number;
  paging: ArxivPaging;
}

export type ArxivOutcome = { ok: true; value: ArxivAdapted } | { ok: false; error: FileError };

export function arxivFileError(file: string, reason: string): ArxivOutcome {
  return { ok: false, error: { file, reason } };
}

/** A whole number from an element's text; undefined when it is not one. */
export function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\s*\d{1,12}\s*$/.test(text) ? Number(text) : undefined;
}
