import { useState } from 'react';
import { Link } from 'react-router-dom';
import { removeFollow } from '../../../db/follow-repo.ts';
import { formatCount } from '../../../domain/feed/author-list.ts';
import type { FollowCount } from '../../../domain/follow/follow-counter.ts';
import type { Follow } from '../../../domain/follow/follow-types.ts';
import { followClient } from '../stores/follow-store.ts';

const KIND_LABEL = { author: 'Author', org: 'Organization', search: 'Search' } as const;

export function followPath(id: string): string {
  return `/following/${encodeURIComponent(id)}`;
}

/**
 * One follow on /following: its name, unread and new counts, "Mark all read", "Unfollow".
 * `counting`: the counts so far, while older days are still being read.
 */
export function FollowRow({ follow, count, counting }: { follow: Follow; count: FollowCount | undefined; counting: boolean }) {
  const [error, setError] = useState<string>();
  const markRead = () => followClient().markRead({ followId: follow.id }).then(() => setError(undefined), (e: Error) => setError(e.message));
  const unfollow = () => removeFollow(follow.id).catch((e: Error) => setError(e.message));
  return (
    <li className="follow-row" data-follow-id={follow.id}>
      <span className="follow-row__name">
        <span className="follow-row__kind">{KIND_LABEL[follow.kind]}</span>
        <Link to={followPath(follow.id)}>{follow.label}</Link>
      </span>
      <span className="follow-row__counts" aria-label={count ? `${follow.label}: ${count.unread} unread, ${count.fresh} new${counting ? ' so far' : ''}` : undefined}>
        {count ? (
          <>
            <strong>{formatCount(count.unread)}</strong> unread{count.fresh ? ` · ${formatCount(count.fresh)} new since you last opened it` : ''}{' '}
            <span className="muted">
              of {formatCount(count.total)}
              {counting ? ' so far, counting…' : ''}
            </span>
          </>
        ) : (
          <span className="muted">counting…</span>
        )}
      </span>
      <button type="button" className="link-button" disabled={!count?.unread} onClick={() => void markRead()} aria-label={`Mark all read: ${follow.label}`}>
        Mark all read
      </button>
      <button type="button" className="link-button" onClick={() => void unfollow()} aria-label={`Unfollow ${follow.label}`}>
        Unfollow
      </button>
      {count?.problem ? <p className="follow-row__problem">This saved search no longer works: {count.problem}.</p> : null}
      {error ? <p role="alert">{error}</p> : null}
    </li>
  );
}
