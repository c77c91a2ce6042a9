/**
 * arXiv identifiers as the three interfaces write them: `http://arxiv.org/abs/2604.26951v1`
 * (Atom), `oai:arXiv.org:astro-ph/0601001` (OAI-PMH), `arXiv:2604.22002v1` (RSS). We store
 * the id without its version (one paper, whatever its revision) and keep the version apart.
 */
export interface ArxivId {
  id: string;
  version?: number;
}

/** New style `YYMM.NNNN(N)` or old style `archive(.SUBJ)/YYMMNNN`, with an optional `vN`. */
const ID = /^(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;

export function parseArxivId(raw: string | undefined): ArxivId | undefined {
  if (raw === undefined) return undefined;
  const text = raw
    .trim()
    .replace(/^https?:\/\/(?:export\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/^oai:arXiv\.org:/i, '')
    .replace(/^arXiv:/i, '');
  const match = ID.exec(text);
  if (!match) return undefined;
  return { id: match[1]!, ...(match[2] ? { version: Number(match[2]) } : {}) };
}

export function arxivLinks(id: string): { arxiv: string; pdf: string } {
  return { arxiv: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` };
}
