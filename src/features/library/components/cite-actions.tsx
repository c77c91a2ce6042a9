import { useState } from 'react';
import { citablesToBibtex } from '../../../domain/library/bibtex.ts';
import type { Citable } from '../../../domain/library/citable.ts';
import { CITATION_STYLES_LIST, type CitationStyleId } from '../../../domain/library/citation-style-list.ts';
import { citationText, copyText } from '../../../lib/citation-text.ts';

type Shown = { kind: 'status' | 'alert'; text: string; citation?: string };

/**
 * "Copy citation" in a chosen style and "Copy BibTeX", for one paper or a selection. The
 * citation is also shown, so it can be read or selected by hand where copying is refused.
 */
export function CiteActions({ works, label }: { works: readonly Citable[]; label: string }) {
  const [style, setStyle] = useState<CitationStyleId>('apa');
  const [shown, setShown] = useState<Shown>();
  const styleLabel = CITATION_STYLES_LIST.find((s) => s.id === style)!.label;
  const copyCitation = async () => {
    let citation = '';
    try {
      citation = await citationText(works, style);
      await copyText(citation);
      setShown({ kind: 'status', text: `Copied the ${styleLabel} citation.`, citation });
    } catch (error) {
      setShown({ kind: 'alert', text: `Could not copy the citation (${(error as Error).message.replace(/\.$/, '')}); select it below and copy it by hand.`, ...(citation ? { citation } : {}) });
    }
  };
  const copyBibtex = async () => {
    try {
      await copyText(citablesToBibtex(works));
      setShown({ kind: 'status', text: 'Copied BibTeX.' });
    } catch (error) {
      setShown({ kind: 'alert', text: `Could not copy BibTeX: ${(error as Error).message.replace(/\.$/, '')}.` });
    }
  };
  const disabled = works.length === 0;
  return (
    <div className="cite-actions" role="group" aria-label={`Formatted citation of ${label}`}>
      <label className="cite-actions__style">
        <span>Citation style</span>
        <select value={style} onChange={(event) => setStyle(event.target.value as CitationStyleId)}>
          {CITATION_STYLES_LIST.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={disabled} onClick={() => void copyCitation()}>
        Copy citation
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => void copyBibtex()}>
        Copy BibTeX
      </button>
      {shown ? (
        <p role={shown.kind} className={shown.kind === 'alert' ? 'form-error cite-actions__message' : 'muted cite-actions__message'}>
          {shown.text}
        </p>
      ) : null}
      {shown?.citation ? (
        <output className="cite-actions__citation" aria-label="Citation">
          {shown.citation}
        </output>
      ) : null}
    </div>
  );
}
