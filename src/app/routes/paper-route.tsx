import type { ReactNode } from 'react';
import type { Paper } from '../../domain/corpus/paper-schema.ts';
import { PaperCitation } from '../../features/library/components/paper-citation.tsx';
import { PaperLibraryPanel } from '../../features/library/components/paper-library-panel.tsx';
import { PaperPage } from '../../features/paper/components/paper-page.tsx';
import { SignalButtons } from '../../features/recommend/components/signal-buttons.tsx';

// The library panel and signals paint with the paper (their keys work at once); the citation
// metadata waits for the paper's first paint.
const extras = (paper: Paper, painted: boolean) => (
  <>
    <PaperLibraryPanel paper={paper}>
      <SignalButtons paperId={paper.id} />
    </PaperLibraryPanel>
    {painted ? <PaperCitation paper={paper} /> : null}
  </>
);

/**
 * The paper page with the library's panel and the recommender's signals beside the paper,
 * the citation metadata once it has painted, and `after` (the similar papers) below:
 * composed here, so no feature imports another.
 */
export function PaperRoute({ after }: { after?: ReactNode } = {}) {
  return <PaperPage extras={extras} after={after} />;
}
