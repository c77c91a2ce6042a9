import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { toBibtex } from '../../../domain/library/bibtex.ts';
import { citationKeys } from '../../../domain/library/citation-keys.ts';
import { downloadFile } from '../../../lib/download-file.ts';

/** A citation style the menu offers: add one here and it gets its tab, copy and download. */
export interface CiteFormat {
  id: string;
  label: string;
  /** File name extension for the download, without the dot. */
  extension: string;
  mimeType: string;
  format(paper: Paper): string;
}

export const CITE_FORMATS: readonly CiteFormat[] = [
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', mimeType: 'application/x-bibtex', format: (paper) => toBibtex([paper]) },
];

/**
 * "Cite": a disclosure with the paper's citation in each format, to copy or download.
 * The text is shown in a read-only box, so it can also be selected by hand where the
 * clipboard is not available. Escape closes it and gives focus back to the button.
 */
export function CiteMenu({ paper }: { paper: Paper }) {
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [formatId, setFormatId] = useState(CITE_FORMATS[0]!.id);
  const [status, setStatus] = useState('');
  const format = CITE_FORMATS.find((f) => f.id === formatId) ?? CITE_FORMATS[0]!;
  const text = open ? format.format(paper) : '';

  const close = () => {
    setOpen(false);
    setStatus('');
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setStatus(`${format.label} copied.`),
      () => setStatus('Copying is not allowed here: select the text and copy it by hand.'),
    );
  const download = () => {
    const key = citationKeys([paper]).get(paper.id) ?? paper.id;
    downloadFile(`${key}.${format.extension}`, text, format.mimeType);
    setStatus(`Saved ${key}.${format.extension}.`);
  };

  return (
    <div className="cite-menu" onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => (open ? close() : setOpen(true))}>
        Cite
      </button>
      <div id={panelId} className="cite-menu__panel" role="group" aria-label="Cite this paper" hidden={!open}>
        {open ? (
          <>
            {CITE_FORMATS.length > 1 ? (
              <div className="cite-menu__formats" role="radiogroup" aria-label="Citation format">
                {CITE_FORMATS.map((f) => (
                  <label key={f.id}>
                    <input type="radio" name={`${panelId}-format`} checked={f.id === format.id} onChange={() => setFormatId(f.id)} /> {f.label}
                  </label>
                ))}
              </div>
            ) : null}
            <label className="cite-menu__label" htmlFor={`${panelId}-text`}>
              {format.label}
            </label>
            <textarea id={`${panelId}-text`} className="cite-menu__text" readOnly rows={Math.min(12, text.split('\n').length)} value={text} autoFocus onFocus={(e) => e.currentTarget.select()} />
            <div className="cite-menu__actions">
              <button type="button" className="button" onClick={copy}>
                Copy {format.label}
              </button>
              <button type="button" className="button" onClick={download}>
                Download .{format.extension}
              </button>
            </div>
            <p className="muted cite-menu__status" role="status">
              {status}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
