import { useContext, useMemo } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { formatCount, formatPaperCount } from '../../../domain/format/count.ts';
import { useCorpusArriving } from '../../../stores/corpus-arrival-store.ts';
import { useAuthorPapers } from '../hooks/use-author-papers.ts';
import { PaperList } from './paper-list.tsx';
import { FeatureSlots } from '../../../components/feature-slots.ts';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { useMutedPapers } from '../../../hooks/use-muted-papers.ts';

/** `/authors/:name`: every stored paper listing this exact author name, newest first, filled in as the scan runs. */
export function AuthorPage() {
  const { name = '' } = useParams();
  const location = useLocation();
  const arriving = useCorpusArriving();
  // Scanned again when an import starts or ends, so papers that arrived meanwhile are found.
  const scan = useAuthorPapers(name, arriving);
  const source = useMemo(() => ({ from: location.pathname, label: name }), [location.pathname, name]);
  const count = scan?.papers.length ?? 0;
  const shown = useMutedPapers(scan?.papers);
  const { FollowControls } = useContext(FeatureSlots);
  return (
    <section className="feed" aria-labelledby="author-heading">
      <header className="feed__header">
        <p className="feed__kicker">Author</p>
        <h1 id="author-heading" className="feed__heading">
          {name}
        </h1>
        <p className="feed__count muted" role="status">
          {!scan
            ? 'Looking for papers…'
            : scan.done
              ? formatPaperCount(count)
              : `${formatCount(count)} papers so far · searched ${formatCount(scan.scannedDays)} of ${formatCount(scan.totalDays)} days…`}
        </p>
        <div className="follow-actions">
          {FollowControls ? <FollowControls kind="author" name={name} label={name} /> : null}
        </div>
        <HiddenToggle hidden={shown.hidden} />
      </header>
      {scan?.done && count === 0 && arriving ? (
        <p className="empty" aria-busy="true">
          Papers are still being imported; none listing “{name}” as an author has arrived yet. This page looks again when the import is done.
        </p>
      ) : null}
      {scan?.done && count === 0 && !arriving ? <p className="empty">No stored paper lists “{name}” as an author.</p> : null}
      {shown.papers?.length ? <PaperList key={location.key} papers={shown.papers} source={source} /> : null}
    </section>
  );
}
