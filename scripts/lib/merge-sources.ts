import { mergePaperSources } from '../../src/domain/corpus/arxiv/merge-sources.ts';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';

/**
 * One paper per id when a corpus is fed by Hugging Face and arXiv (see mergePaperSources).
 */
export function mergeSources(hf: readonly Paper[], arxiv: readonly Paper[]): Paper[] {
  const byId = new Map<string, Paper>(arxiv.map((paper) => [paper.id, paper]));
  for (const paper of hf) {
    const fromArxiv = byId.get(paper.id);
    byId.set(paper.id, fromArxiv ? mergePaperSources(fromArxiv, paper) : paper);
  }
  return [...byId.values()];
}

/** Papers met in several arXiv answers (a replaced paper is announced again): the earliest day, the latest version. */
export function keepEarliest(byId: Map<string, Paper>, paper: Paper): boolean {
  const seen = byId.get(paper.id);
  if (!seen) {
    byId.set(paper.id, paper);
    return false;
  }
  const version = Math.max(seen.version ?? 0, paper.version ?? 0) || undefined;
  const kept = paper.date < seen.date ? paper : seen;
  byId.set(paper.id, version ? { ...kept, version } : kept);
  return true;
}
