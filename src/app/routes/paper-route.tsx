import type { ReactNode } from 'react';
import type { Paper } from '../../domain/corpus/paper-schema.ts';
import { PaperCitation } from '../../features/library/components/paper-citation.tsx';
import { PaperPage } from '../../features/paper/components/paper-page.tsx';

const citation = (paper: Paper) => <PaperCitation paper={paper} />;

/**
 * The paper page with the library's citation tools and `after` (the similar papers) below:
 * composed here, so no feature imports another.
 */
export function PaperRoute({ after }: { after?: ReactNode } = {}) {
  return <PaperPage extras={citation} after={after} />;
}
