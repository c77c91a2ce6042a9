import '../follow.css';
import { formatCount } from '../../../domain/feed/author-list.ts';
import { useFollowCounts, useFollows } from '../hooks/use-follows.ts';
import { FollowRow } from './follow-row.tsx';
import { MutesPanel } from './mutes-panel.tsx';
import { OpmlPanel } from './opml-panel.tsx';
import { TriagePanel } from './triage-panel.tsx';

/** `/following`: every follow with its unread and new counts, and the triage tools beside them. */
export function FollowingPage() {
  const follows = useFollows();
  const { counts, totalUnread, ready } = useFollowCounts();
  return (
    <section aria-labelledby="following-heading">
      <header className="feed__header">
        <h1 id="following-heading">Following</h1>
        <p className="muted" role="status">
          {!follows
            ? 'Loading your follows…'
            : !follows.length
              ? 'You follow nothing yet.'
              : ready
                ? `${formatCount(follows.length)} ${follows.length === 1 ? 'follow' : 'follows'}, ${formatCount(totalUnread)} unread papers`
                : `${formatCount(follows.length)} ${follows.length === 1 ? 'follow' : 'follows'}, ${totalUnread ? `${formatCount(totalUnread)} unread papers so far, ` : ''}counting unread papers…`}
        </p>
      </header>
      <div className="following">
        <div>
          {follows && !follows.length ? (
            <p className="empty">
              Use <strong>Follow</strong> on an author's or organization's page, or on a search, to count its new papers here.
            </p>
          ) : null}
          <ol className="following__list" aria-label="Follows">
            {follows?.map((follow) => <FollowRow key={follow.id} follow={follow} count={counts[follow.id]} counting={!ready} />)}
          </ol>
        </div>
        <aside>
          <TriagePanel />
          <MutesPanel />
          <OpmlPanel />
        </aside>
      </div>
    </section>
  );
}
