import '../components.css';
import type { ReactNode } from 'react';

/**
 * What a view says when it found nothing while papers are still being imported: not
 * "not found", which would be wrong a few seconds later. The view re-reads as papers
 * land, and says "not found" only once the import is done.
 */
export function StillLoading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="status-page" aria-labelledby="still-loading-title" aria-busy="true">
      <h1 id="still-loading-title">{title}</h1>
      <p role="status">Papers are still being imported; this page fills in as soon as they arrive.</p>
      {children}
    </section>
  );
}
