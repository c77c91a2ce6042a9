import { useId, useState } from 'react';

/** The query syntax, behind a button: what people can type besides plain words. */
export function SearchHelp() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="search-help">
      <button type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Search syntax
      </button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label="Search syntax"
          className="search-help__panel"
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        >
          <dl>
            <dt><code>gausian splating</code></dt>
            <dd>Words match title, abstract, authors, organization and keywords; small typos are forgiven.</dd>
            <dt><code>"density guided"</code></dt>
            <dd>An exact phrase.</dd>
            <dt><code>-video</code></dt>
            <dd>Leaves out papers with this word.</dd>
            <dt><code>author:liu</code> or <code>author:"yu-lun liu"</code></dt>
            <dd>Papers by an author.</dd>
            <dt><code>org:nvidia</code></dt>
            <dd>Papers from an organization.</dd>
            <dt><code>cat:cs.CL</code></dt>
            <dd>Papers in an arXiv category, primary or cross-listed (exact name).</dd>
          </dl>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
