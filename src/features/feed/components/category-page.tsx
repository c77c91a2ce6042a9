import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { NotFound } from '../../../components/error/not-found.tsx';
import { formatPaperCount } from '../../../domain/feed/author-list.ts';
import { useCategoryPapers } from '../hooks/use-category-papers.ts';
import { PaperList } from './paper-list.tsx';
import { HiddenToggle } from '../../../components/hidden-toggle.tsx';
import { useMutedPapers } from '../../../lib/use-muted-papers.ts';

/** `/categories/:name`: the papers of one arXiv category (primary or cross-listed), newest first. */
export function CategoryPage() {
  const { name = '' } = useParams();
  const location = useLocation();
  const papers = useCategoryPapers(name);
  const source = useMemo(() => ({ from: location.pathname, label: name }), [location.pathname, name]);
  const shown = useMutedPapers(papers);
  if (!papers) return <p className="muted" role="status">Loading papers…</p>;
  if (papers.length === 0) {
    return (
      <NotFound title="Category not found">
        <p>No stored paper is listed in the arXiv category “{name}”.</p>
      </NotFound>
    );
  }
  const primary = papers.filter((paper) => paper.categories?.[0] === name).length;
  return (
    <section className="feed" aria-labelledby="category-heading">
      <header className="feed__header">
        <p className="feed__kicker">arXiv category</p>
        <h1 id="category-heading" className="feed__heading">
          {name}
        </h1>
        <p className="feed__count muted" role="status">
          {formatPaperCount(papers.length)} ({primary.toLocaleString('en')} primary, {(papers.length - primary).toLocaleString('en')} cross-listed)
        </p>
        <HiddenToggle hidden={shown.hidden} />
      </header>
      {shown.papers?.length ? <PaperList key={location.key} papers={shown.papers} source={source} /> : null}
    </section>
  );
}
