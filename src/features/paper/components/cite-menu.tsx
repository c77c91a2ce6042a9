import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { citationKeys } from '../../../domain/library/citation-keys.ts';
import { isShortcutEvent } from '../../../components/keyboard/typing-target.ts';
import { clipboardFailure, copyText } from '../../../lib/citation-text.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { CITE_FORMATS } from '../api/cite-formats.ts';
import { useCiteText } from '../hooks/use-cite-text.ts';

type Feedback = { kind: 'status' | 'alert'; text: string };

/**
 * "Cite": the paper page's one citation control, a disclosure with a choice of format
 * (BibTeX, APA, IEEE, Chicago author-date, RIS), the text to copy or download, and what
 * happened. The text is shown in a read-only box, so it can be selected by hand where the
 * clipboard is refused. `c` opens it; Escape closes it and gives focus back to the button.
 */
export function CiteMenu({ paper }: { paper: Paper }) {
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const chosen = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [formatId, setFormatId] = useState(CITE_FORMATS[0]!.id);
  const [feedback, setFeedback] = useState<Feedback>();
  const format = CITE_FORMATS.find((f) => f.id === formatId) ?? CITE_FORMATS[0]!;
  const cite = useCiteText(paper, format, open);
  const text = cite.state === 'ready' ? cite.text : '';

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'c' || !isShortcutEvent(event)) return;
      event.preventDefault();
      // Opening focuses the chosen format (autoFocus), so the arrows choose at once; when
      // already open, focus goes back there.
      setOpen(true);
      chosen.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const close = () => {
    setOpen(false);
    setFeedback(undefined);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const choose = (id: string) => {
    setFormatId(id);
    setFeedback(undefined);
  };
  const copy = () =>
    copyText(text).then(
      () => setFeedback({ kind: 'status', text: `Copied ${format.noun}.` }),
      (error: unknown) => setFeedback({ kind: 'alert', text: `Could not copy ${format.noun}: ${clipboardFailure(error)}. Select the text below and copy it by hand.` }),
    );
  const download = (file: { extension: string; mimeType: string }) => {
    const name = `${citationKeys([paper]).get(paper.id) ?? paper.id}.${file.extension}`;
    downloadFile(name, text, file.mimeType);
    setFeedback({ kind: 'status', text: `Saved ${name}.` });
  };

  return (
    <div className="cite-menu" onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" className="button" aria-expanded={open} aria-controls={panelId} aria-keyshortcuts="c" onClick={() => (open ? close() : setOpen(true))}>
        Cite
      </button>
      <div id={panelId} className="cite-menu__panel" role="group" aria-label="Cite this paper" hidden={!open}>
        {open ? (
          <>
            <fieldset className="cite-menu__formats">
              <legend className="visually-hidden">Citation format</legend>
              {CITE_FORMATS.map((f) => (
                <label key={f.id}>
                  <input ref={f.id === format.id ? chosen : undefined} type="radio" name={`${panelId}-format`} checked={f.id === format.id} onChange={() => choose(f.id)} autoFocus={f.id === format.id} /> {f.label}
                </label>
              ))}
            </fieldset>
            <div className="cite-menu__actions">
              <button type="button" className="button" disabled={cite.state !== 'ready'} onClick={() => void copy()}>
                Copy {format.label}
              </button>
              {format.file ? (
                <button type="button" className="button" disabled={cite.state !== 'ready'} onClick={() => download(format.file!)}>
                  Download .{format.file.extension}
                </button>
              ) : null}
            </div>
            {cite.state === 'failed' ? (
              <p className="form-error cite-menu__status" role="alert">
                Could not write {format.noun} ({cite.message}).
              </p>
            ) : feedback?.kind === 'alert' ? (
              <p className="form-error cite-menu__status" role="alert">
                {feedback.text}
              </p>
            ) : (
              <p className="muted cite-menu__status" role="status">
                {cite.state === 'loading' ? `Writing ${format.noun}…` : (feedback?.text ?? '')}
              </p>
            )}
            <label className="cite-menu__label" htmlFor={`${panelId}-text`}>
              {format.label}
            </label>
            <textarea id={`${panelId}-text`} className="cite-menu__text" readOnly rows={Math.min(12, Math.max(4, text.split('\n').length, Math.ceil(text.length / 64)))} value={text} onFocus={(e) => e.currentTarget.select()} />
          </>
        ) : null}
      </div>
    </div>
  );
}
