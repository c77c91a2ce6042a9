import '../../components/toggle-button.css';
import type { Paper } from '../../domain/corpus/paper-schema.ts';
import { useIsNew } from '../../stores/visit-store.ts';
import { BookmarkButton } from '../../features/library/components/bookmark-button.tsx';
import { ReadToggle } from '../../features/library/components/read-toggle.tsx';
import { SignalButtons } from '../../features/recommend/components/signal-buttons.tsx';

/** What a reader can do with a paper in a list: the "new" mark, read state and bookmark. */
export function PaperActions({ paper }: { paper: Paper }) {
  const isNew = useIsNew(paper.date);
  return (
    <>
      {isNew ? (
        <span className="new-badge" title="Featured since your last visit">
          New
        </span>
      ) : null}
      <ReadToggle paperId={paper.id} />
      <BookmarkButton paper={paper} />
      <SignalButtons paperId={paper.id} />
    </>
  );
}
