import type { Paper } from '../../domain/corpus/paper-schema.ts';
import { PaperCitation } from '../../features/library/components/paper-citation.tsx';
import { PaperLibraryPanel } from '../../features/library/components/paper-library-panel.tsx';
import { PaperPage } from '../../features/paper/components/paper-page.tsx';
import { SignalButtons } from '../../features/recommend/components/signal-buttons.tsx';

const extras = (paper: Paper) => (
  <>
    <PaperLibraryPanel paper={paper}>
      <SignalButtons paperId={paper.id} />
    </PaperLibraryPanel>
    <PaperCitation paper={paper} />
  </>
);

/** The paper page with the library's panel and citation tools and the recommender's signals: composed here, so no feature imports another. */
export function PaperRoute() {
  return <PaperPage extras={extras} />;
}
