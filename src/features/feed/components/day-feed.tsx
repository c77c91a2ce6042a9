import { PaperCard } from './paper-card.tsx';
import { useDayPapers, useNewestDate } from '../hooks/use-day-papers.ts';

/** The papers of `date`, or of the newest day with papers when no date is given. */
export function DayFeed({ date }: { date?: string }) {
  const newest = useNewestDate();
  const day = date ?? newest ?? undefined;
  const papers = useDayPapers(day);
  if (newest === null && !date) return <p className="empty">No papers stored yet.</p>;
  if (!day || !papers) return <p className="muted" role="status">Loading papers…</p>;
  return (
    <section aria-labelledby="feed-heading">
      <h1 id="feed-heading" className="feed__heading">
        Daily Papers <span className="muted">{day}</span>
      </h1>
      <p className="muted">{papers.length} papers</p>
      {papers.length === 0 ? <p className="empty">No papers on this day.</p> : papers.map((p) => <PaperCard key={p.id} paper={p} />)}
    </section>
  );
}
