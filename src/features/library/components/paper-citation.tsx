import '../library.css';
import { useId, useMemo } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { citableFromPaper } from '../../../domain/library/citable.ts';
import { CitationMeta } from './citation-meta.tsx';
import { CiteActions } from './cite-actions.tsx';

/**
 * On a paper page: the metadata reference managers read, and "Copy citation" in a style.
 * BibTeX is in the page's own Cite menu (which uses the same writer), so it is not repeated here.
 */
export function PaperCitation({ paper }: { paper: Paper }) {
  const headingId = useId();
  const works = useMemo(() => [citableFromPaper(paper)], [paper]);
  return (
    <section className="paper-citation" aria-labelledby={headingId}>
      <CitationMeta paper={paper} />
      <h2 id={headingId} className="visually-hidden">
        Formatted citation
      </h2>
      <CiteActions works={works} label="this paper" bibtex={false} />
    </section>
  );
}
