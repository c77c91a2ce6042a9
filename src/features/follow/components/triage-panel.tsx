import { useState, type FormEvent } from 'react';
import { addDays } from '../../../domain/dates/day-range.ts';
import { formatCount } from '../../../domain/feed/author-list.ts';
import { useNewestDate } from '../../../hooks/use-dates-with-papers.ts';
import { followClient } from '../stores/follow-store.ts';

/**
 * "Mark read older than N days", counted back from the newest day with papers (an archive
 * that stopped updating still has a meaningful "recent"). Days, weeks and months have
 * their own "Mark … as read" in the feed.
 */
export function TriagePanel() {
  const newest = useNewestDate();
  const [days, setDays] = useState('7');
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    if (!Number.isInteger(n) || n < 0 || n > 100_000) return setMessage({ kind: 'alert', text: 'Give a whole number of days, 0 or more.' });
    if (!newest) return setMessage({ kind: 'alert', text: 'No papers are stored yet.' });
    const before = addDays(newest, -n);
    try {
      const count = await followClient().markRead({ before });
      setMessage({ kind: 'status', text: `Marked ${formatCount(count)} ${count === 1 ? 'paper' : 'papers'} from before ${before} read.` });
    } catch (error) {
      setMessage({ kind: 'alert', text: (error as Error).message });
    }
  };
  return (
    <section className="follow-panel" aria-labelledby="triage-heading">
      <h2 id="triage-heading">Catch up</h2>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Days
          <input type="number" min={0} inputMode="numeric" value={days} onChange={(event) => setDays(event.currentTarget.value)} style={{ width: '6rem' }} />
        </label>
        <button type="submit" className="button">
          Mark read older than {days || 'N'} days
        </button>
      </form>
      <p className="muted">{newest ? `Counted back from the newest papers, ${newest}.` : 'No papers stored yet.'}</p>
      {message ? <p role={message.kind}>{message.text}</p> : null}
    </section>
  );
}
