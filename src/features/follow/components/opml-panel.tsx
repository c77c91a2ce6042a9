import { useState, type ChangeEvent } from 'react';
import { addFollows, listFollows } from '../../../db/follow-repo.ts';
import { formatCount } from '../../../domain/feed/author-list.ts';
import { followsToOpml, opmlToFollows } from '../../../domain/follow/opml.ts';
import { downloadFile } from '../../../lib/download-file.ts';

/** Follows out and in as OPML 2.0, the subscription list format of feed readers. */
export function OpmlPanel() {
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();
  const exportOpml = async () => {
    try {
      const follows = await listFollows();
      downloadFile('paperfeed-follows.opml', followsToOpml(follows, location.origin, new Date()), 'text/x-opml');
      setMessage({ kind: 'status', text: `Saved paperfeed-follows.opml (${formatCount(follows.length)} follows).` });
    } catch (error) {
      setMessage({ kind: 'alert', text: `The export failed: ${(error as Error).message}` });
    }
  };
  const importOpml = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const parsed = opmlToFollows(await file.text());
    if (!parsed.ok) return setMessage({ kind: 'alert', text: `${file.name}: ${parsed.message}` });
    try {
      const now = Date.now();
      const added = await addFollows(parsed.follows.map((f, i) => ({ ...f, createdAt: now + i })));
      const known = parsed.follows.length - added;
      setMessage({ kind: 'status', text: `Imported ${formatCount(added)} ${added === 1 ? 'follow' : 'follows'}${known ? `; ${formatCount(known)} already followed` : ''}.` });
    } catch (error) {
      setMessage({ kind: 'alert', text: `Nothing was imported: ${(error as Error).message}` });
    }
  };
  return (
    <section className="follow-panel" aria-labelledby="opml-heading">
      <h2 id="opml-heading">OPML</h2>
      <p>Take your follows to another paperfeed, or keep them with your feed reader's subscriptions.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportOpml()}>
          Export follows (OPML)
        </button>
        <label className="button">
          Import follows (OPML)
          <input type="file" accept=".opml,.xml,text/x-opml,application/xml,text/xml" className="visually-hidden" onChange={(event) => void importOpml(event)} />
        </label>
      </div>
      {message ? <p role={message.kind}>{message.text}</p> : null}
    </section>
  );
}
