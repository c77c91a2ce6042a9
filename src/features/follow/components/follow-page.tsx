import '../follow.css';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { NotFound } from '../../../components/error/not-found.tsx';
import { FeedDownload } from '../../../components/feed-download.tsx';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { markFollowSeen } from '../../../db/follow-repo.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { formatCount } from '../../../domain/feed/author-list.ts';
import { pageUrl } from '../../../domain/follow/opml.ts';
import { useMutedPapers } from '../../../lib/use-muted-papers.ts';
import type { ViewSource } from '../../../lib/view-source.ts';
import { FOLLOW_PAGE_LIMIT, useFollowPapers } from '../hooks/use-follow-papers.ts';
import { useFollow, useFollowCounts } from '../hooks/use-follows.ts';
import { followClient } from '../stores/follow-store.ts';

export interface FollowPageProps {
  /** The usual list of paper cards (the app passes the feed's list: features do not import each other). */
  renderList: (papers: readonly Paper[], source: ViewSource) => ReactNode;
}

/** `/following/:id`: a follow's papers, newest first, with "Mark all read" and feed downloads. */
export function FollowPage({ renderList }: FollowPageProps) {
  const { id = '' } = useParams();
  const location = useLocation();
  const follow = useFollow(id);
  const { counts } = useFollowCounts();
  const data = useFollowPapers(id);
  const { papers, hidden } = useMutedPapers(data?.papers);
  const [error, setError] = useState<string>();
  const count = counts[id];
  const source = useMemo(() => ({ from: location.pathname, label: follow?.label ?? 'Following' }), [location.pathname, follow?.label]);
  // Opening the follow is what "new since the last visit" counts from; recorded once the papers are known.
  const newestDay = data?.newestDay;
  useEffect(() => {
    if (follow && newestDay) void markFollowSeen(follow.id, newestDay).catch(() => undefined);
  }, [follow, newestDay]);

  if (follow === undefined) return <p className="muted" role="status">Loading…</p>;
  if (follow === null) {
    return (
      <NotFound title="Not followed">
        <p>
          You do not follow this. <Link to="/following">See what you follow</Link>.
        </p>
      </NotFound>
    );
  }
  const kicker = { author: 'Followed author', org: 'Followed organization', search: 'Followed search' }[follow.kind];
  return (
    <section className="feed" aria-labelledby="follow-heading">
      <header className="feed__header">
        <p className="feed__kicker">{kicker}</p>
        <h1 id="follow-heading" className="feed__heading">
          {follow.label}
        </h1>
        <p className="feed__count muted" role="status">
          {!data ? "Loading papers…" : `${formatCount(count?.total ?? papers?.length ?? 0)} papers${data.total > FOLLOW_PAGE_LIMIT ? `, the newest ${formatCount(FOLLOW_PAGE_LIMIT)} listed` : ""}`}
          {count ? ` · ${formatCount(count.unread)} unread` : ''}
        </p>
        {count?.problem ? <p role="alert">This saved search no longer works: {count.problem}.</p> : null}
        <div className="follow-actions">
          <button type="button" className="button" disabled={!count?.unread} onClick={() => followClient().markRead({ followId: id }).then(() => setError(undefined), (e: Error) => setError(e.message))}>
            Mark all read
          </button>
          <a className="button" href={pageUrl(follow, '')}>
            Open the {follow.kind === 'search' ? 'search' : follow.kind === 'org' ? 'organization' : 'author'} page
          </a>
          {error ? <span role="alert">{error}</span> : null}
        </div>
        <FeedDownload title={follow.label} fileBase={`paperfeed-follow-${follow.kind}`} loadPapers={async () => papers ?? []} />
        <HiddenToggle hidden={hidden} />
      </header>
      {papers && papers.length === 0 ? <p className="empty">No stored paper matches this follow yet. New ones are counted as they arrive.</p> : null}
      {papers && papers.length > 0 ? renderList(papers, source) : null}
    </section>
  );
}
