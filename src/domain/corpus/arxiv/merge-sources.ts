import type { Paper } from '../paper-schema.ts';

/**
 * One paper met on both sources stays one paper: the Hugging Face record (it has a
 * `links.huggingface`) owns the day, upvotes, links and summary; arXiv adds what only it
 * knows. Used when a corpus is written (corpus:fetch) and when papers are stored (import),
 * so the order the sources arrive in does not matter.
 */
export function mergePaperSources(stored: Paper, incoming: Paper): Paper {
  const storedIsHf = stored.links.huggingface !== undefined;
  const incomingIsHf = incoming.links.huggingface !== undefined;
  if (storedIsHf && !incomingIsHf) return { ...stored, ...arxivFieldsOf(incoming) };
  if (incomingIsHf && !storedIsHf) return { ...arxivFieldsOf(stored), ...incoming };
  if (incomingIsHf && storedIsHf) return { ...arxivFieldsOf(stored), ...incoming };
  return incoming;
}

function arxivFieldsOf(paper: Paper): Partial<Paper> {
  const { categories, version, doi, journalRef } = paper;
  return { ...(categories ? { categories } : {}), ...(version ? { version } : {}), ...(doi ? { doi } : {}), ...(journalRef ? { journalRef } : {}) };
}
