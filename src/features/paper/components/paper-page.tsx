import { useEffect, type ReactNode } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { Link, useLocation, useParams } from 'react-router-dom';
import { NotFound } from '../../../components/error/not-found.tsx';
import { StillLoading } from '../../../components/error/still-loading.tsx';
import { useCorpusArriving } from '../../../stores/corpus-arrival-store.ts';
import { isViewSource } from '../../../lib/view-source.ts';
import { usePaper } from '../hooks/use-paper.ts';
import { PaperDetails } from './paper-details.tsx';
import { useBookmarkSnapshot } from '../hooks/use-bookmark-snapshot.ts';
import { useMarkReadOnOpen } from '../hooks/use-mark-read-on-open.ts';
import { usePainted } from '../../../hooks/use-painted.ts';

/**
 * `/papers/:id`: one paper in full, or a not-found page for an id no stored paper has.
 * `extras` renders what other features add beside the paper (the app composes it: the
 * library's panel, the recommender's signals, the citation metadata once `painted`), `after`
 * what they add below it (the similar papers). The paper itself paints first; its neighbours
 * and `after` render once that frame has painted (docs/architecture.md, "Paper page").
 */
export function PaperPage({ extras, after }: { extras?: (paper: Paper, painted: boolean) => ReactNode; after?: ReactNode } = {}) {
  const { id = '' } = useParams();
  const location = useLocation();
  const source = isViewSource(location.state) ? location.state : undefined;
  const stored = usePaper(id);
  // A bookmarked paper that left the corpus is still shown, from its bookmark's snapshot.
  const snapshot = useBookmarkSnapshot(stored === null ? id : undefined);
  const paper = stored ?? snapshot;
  const arriving = useCorpusArriving();
  useMarkReadOnOpen(paper?.id);
  const painted = usePainted(paper?.id);
  useEffect(() => {
    // A block body on purpose: Chromium's scrollTo returns a promise, and React would take it for a cleanup.
    window.scrollTo(0, 0);
  }, [id]);
  if (paper === undefined) return <p className="muted" role="status">Loading paper…</p>;
  // usePaper is live: the page turns into the paper the moment its day row is stored.
  if (paper === null && arriving) {
    return (
      <StillLoading title="Still loading papers">
        <p>
          The paper <code>{id}</code> has not arrived yet.
        </p>
      </StillLoading>
    );
  }
  if (paper === null) {
    return (
      <NotFound title="Paper not found">
        <p>
          No stored paper has the id <code>{id}</code>. It may not be in this corpus, or not imported yet.{' '}
          <a href={`https://arxiv.org/abs/${encodeURIComponent(id)}`} target="_blank" rel="noopener noreferrer">
            Look it up on arXiv
          </a>
          .
        </p>
        {source ? (
          <p>
            <Link to={source.from}>Back to {source.label}</Link>
          </p>
        ) : null}
      </NotFound>
    );
  }
  return (
    <>
      {stored === null && !arriving ? (
        <p className="notice" role="note">
          This paper is no longer in the corpus. It is shown as it was when you bookmarked it.
        </p>
      ) : null}
      <PaperDetails paper={paper} source={source} painted={painted} actions={extras?.(paper, painted)} />
      {painted ? after : null}
    </>
  );
}
