import { useContext, useMemo } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { NotFound } from '../../../components/error/not-found.tsx';
import { StillLoading } from '../../../components/error/still-loading.tsx';
import { useCorpusArriving } from '../../../stores/corpus-arrival-store.ts';
import { formatPaperCount } from '../../../domain/format/count.ts';
import { useOrgPapers } from '../hooks/use-org-papers.ts';
import { PaperList } from './paper-list.tsx';
import { FeatureSlots } from '../../../components/feature-slots.ts';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { useMutedPapers } from '../../../hooks/use-muted-papers.ts';

/** `/orgs/:name`: the papers of one organization (as Hugging Face names it), newest first. */
export function OrgPage() {
  const { name = '' } = useParams();
  const location = useLocation();
  const papers = useOrgPapers(name);
  const arriving = useCorpusArriving();
  const fullname = papers?.find((p) => p.organization?.fullname)?.organization?.fullname;
  const title = fullname ?? name;
  const source = useMemo(() => ({ from: location.pathname, label: title }), [location.pathname, title]);
  const shown = useMutedPapers(papers);
  const { FollowControls } = useContext(FeatureSlots);
  if (!papers) return <p className="muted" role="status">Loading papers…</p>;
  if (papers.length === 0 && arriving) {
    return (
      <StillLoading title="Still loading papers">
        <p>No paper from an organization named “{name}” has arrived yet.</p>
      </StillLoading>
    );
  }
  if (papers.length === 0) {
    return (
      <NotFound title="Organization not found">
        <p>No stored paper comes from an organization named “{name}”.</p>
      </NotFound>
    );
  }
  return (
    <section className="feed" aria-labelledby="org-heading">
      <header className="feed__header">
        <p className="feed__kicker">Organization</p>
        <h1 id="org-heading" className="feed__heading">
          {title}
        </h1>
        <p className="feed__count muted" role="status">
          {fullname && fullname !== name ? `${name} · ` : ''}
          {formatPaperCount(papers.length)}
        </p>
        <div className="follow-actions">
          {FollowControls ? <FollowControls kind="org" name={name} label={title} /> : null}
        </div>
        <HiddenToggle hidden={shown.hidden} />
      </header>
      {shown.papers?.length ? <PaperList key={location.key} papers={shown.papers} source={source} /> : null}
    </section>
  );
}
