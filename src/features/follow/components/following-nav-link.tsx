import '../follow.css';
import { NavLink } from 'react-router-dom';
import { formatCount } from '../../../domain/feed/author-list.ts';
import { useFollowCounts } from '../hooks/use-follows.ts';

/** "Following" in the header, with the unread papers of all follows (each paper once). */
export function FollowingNavLink() {
  const { totalUnread, ready } = useFollowCounts();
  const label = ready && totalUnread > 0 ? `Following, ${formatCount(totalUnread)} unread` : 'Following';
  return (
    <NavLink to="/following" className="main-nav__link following-nav-link" aria-label={label}>
      Following
      {ready && totalUnread > 0 ? (
        <span className="unread-badge" aria-hidden="true">
          {formatCount(totalUnread)}
        </span>
      ) : null}
    </NavLink>
  );
}
