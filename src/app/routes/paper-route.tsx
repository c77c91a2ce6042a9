import type { Paper } from '../../domain/corpus/paper-schema.ts';
import { PaperCitation } from '../../features/library/components/paper-citation.tsx';
import { PaperPage } from '../../features/paper/components/paper-page.tsx';

const citation = (paper: Paper) => <PaperCitation paper={paper} />;

/** The paper page with the library's citation tools: composed here, so neither feature imports the other. */
export function PaperRoute() {
  return <PaperPage extras={citation} />;
}
