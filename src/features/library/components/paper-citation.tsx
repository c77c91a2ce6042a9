import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { CitationMeta } from './citation-meta.tsx';

/**
 * On a paper page: the metadata reference managers read. Copying a citation (BibTeX, RIS,
 * APA, IEEE, Chicago) is the page's own Cite menu, one control for every format.
 */
export function PaperCitation({ paper }: { paper: Paper }) {
  return <CitationMeta paper={paper} />;
}
