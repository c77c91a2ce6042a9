import '../library.css';
import { useId, useMemo } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { citableFromPaper } from '../../../domain/library/citable.ts';
import { CitationMeta } from './citation-meta.tsx';
import { CiteActions } from './cite-actions.tsx';

/** On a paper page: the metadata reference managers read, and "Copy citation" / "Copy BibTeX". */
export function PaperCitation({ paper }: { paper: Paper }) {
  const headingId = useId();
  const works = useMemo(() => [citableFromPaper(paper)], [paper]);
  return (
    <section className="paper-citation" aria-labelledby={headingId}>
      <CitationMeta paper={paper} />
      <h2 id={headingId} className="visually-hidden">
        Cite this paper
      </h2>
      <CiteActions works={works} label="this paper" />
    </section>
  );
}
