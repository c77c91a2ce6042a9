import { adaptArxivAtom } from './arxiv-atom-adapter.ts';
import { adaptArxivOai } from './arxiv-oai-adapter.ts';
import { arxivFileError, type ArxivOutcome } from './arxiv-outcome.ts';
import { adaptArxivRss } from './arxiv-rss-adapter.ts';
import { parseXml } from './parse-xml.ts';

/**
 * Any arXiv XML answer, told apart by its root element (never by the file name): `feed`
 * (search API, Atom), `OAI-PMH`, `rss` (announcements). Never throws.
 */
export function readArxivXml(file: string, text: string): ArxivOutcome {
  const parsed = parseXml(text);
  if (!parsed.ok) return arxivFileError(file, parsed.reason);
  switch (parsed.root) {
    case 'feed':
      return adaptArxivAtom(file, parsed.node);
    case 'OAI-PMH':
      return adaptArxivOai(file, parsed.node);
    case 'rss':
      return adaptArxivRss(file, parsed.node);
    default:
      return arxivFileError(file, `is XML with a <${parsed.root.slice(0, 40)}> root, not an arXiv answer (expected an Atom <feed>, <OAI-PMH> or <rss>)`);
  }
}

/** True when the text is XML rather than JSON: decided by its first character. */
export function looksLikeXml(text: string): boolean {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
}
