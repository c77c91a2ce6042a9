import '../follow.css';
import { NavLink } from 'react-router-dom';
import { formatCount } from '../../../domain/feed/author-list.ts';
import { useFollowCounts } from '../hooks/use-follows.ts';

/** "Following" in the header, with the unread papers of all follows (each paper once), counted so far. */
export function FollowingNavLink() {
  const { totalUnread } = useFollowCounts();
  const label = totalUnread > 0 ? `Following, ${formatCount(totalUnread)} unread` : 'Following';
  return (
    <NavLink to="/following" className="main-nav__link following-nav-link" aria-label={label}>
      Following
      {totalUnread > 0 ? (
        <span className="unread-badge" aria-hidden="true">
          {formatCount(totalUnread)}
        </span>
      ) : null}
    </NavLink>
  );
}
