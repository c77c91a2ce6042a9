import { useLocation } from 'react-router-dom';
import { FollowPage } from '../../features/follow/components/follow-page.tsx';
import { PaperList } from '../../features/feed/components/paper-list.tsx';

/** The follow page with the feed's paper list: composed here, since features do not import each other. */
export function FollowRoute() {
  const location = useLocation();
  return <FollowPage renderList={(papers, source) => <PaperList key={location.key} papers={papers} source={source} />} />;
}
