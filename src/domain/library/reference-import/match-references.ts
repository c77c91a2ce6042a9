import type { Paper } from '../../corpus/paper-schema.ts';
import type { Citable } from '../citable.ts';
import { normalizeTitle } from './find-arxiv-id.ts';
import type { ImportedReference, ReferenceProblem } from './imported-reference.ts';

/** How stored papers are found: by arXiv id (no version), DOI (lower-case), normalized title. */
export interface PaperLookup {
  byArxivId(id: string): Paper | undefined;
  byDoi(doi: string): Paper | undefined;
  byTitle(normalizedTitle: string): Paper | undefined;
}

export interface MatchedReference {
  reference: ImportedReference;
  paper: Paper;
  /** What matched: shown in tests and the report. */
  by: 'arXiv id' | 'DOI' | 'title';
}

export interface MatchResult {
  matched: MatchedReference[];
  /** Kept as library items, each with its stable id set. */
  unmatched: ImportedReference[];
  skipped: ReferenceProblem[];
}

/** A library item's id: the same work imported twice is the same item. */
export function libraryItemId(work: Citable): string | undefined {
  if (work.doi) return `doi:${work.doi}`;
  if (work.arxivId) return `arxiv:${work.arxivId}`;
  const title = normalizeTitle(work.title);
  if (!title) return undefined;
  return `title:${title.slice(0, 300)}|${work.issued?.[0] ?? ''}`;
}

function findPaper(work: Citable, lookup: PaperLookup): Pick<MatchedReference, 'paper' | 'by'> | undefined {
  const byId = work.arxivId ? lookup.byArxivId(work.arxivId.replace(/v\d+$/, '')) : undefined;
  if (byId) return { paper: byId, by: 'arXiv id' };
  const byDoi = work.doi ? lookup.byDoi(work.doi) : undefined;
  if (byDoi) return { paper: byDoi, by: 'DOI' };
  const title = normalizeTitle(work.title);
  const byTitle = title ? lookup.byTitle(title) : undefined;
  return byTitle ? { paper: byTitle, by: 'title' } : undefined;
}

/**
 * Matches imported entries to stored papers: by arXiv id (from eprint, URL, the arXiv DOI
 * or a note), then DOI, then normalized title. An entry that matches nothing is kept as
 * its own library item if it has a title; one with neither a match nor a title is skipped.
 * A second entry for the same paper or the same item is skipped as a duplicate.
 */
export function matchReferences(references: readonly ImportedReference[], lookup: PaperLookup): MatchResult {
  const result: MatchResult = { matched: [], unmatched: [], skipped: [] };
  const seen = new Map<string, ImportedReference>();
  const duplicate = (key: string, reference: ImportedReference) => {
    const first = seen.get(key);
    if (first) {
      result.skipped.push({ line: reference.line, entry: reference.label, reason: `the same work as ${first.label} (line ${first.line})` });
      return true;
    }
    seen.set(key, reference);
    return false;
  };
  for (const reference of references) {
    const found = findPaper(reference.work, lookup);
    if (found) {
      if (!duplicate(`paper:${found.paper.id}`, reference)) result.matched.push({ reference, ...found });
      continue;
    }
    const id = libraryItemId(reference.work);
    if (!id || !reference.work.title) {
      result.skipped.push({ line: reference.line, entry: reference.label, reason: 'has no title, and no arXiv id or DOI of a stored paper' });
      continue;
    }
    if (!duplicate(id, reference)) result.unmatched.push({ ...reference, work: { ...reference.work, id } });
  }
  return result;
}
