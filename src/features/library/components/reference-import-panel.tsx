import { useId, useState, type ChangeEvent } from 'react';
import type { ImportTarget } from '../../../db/library-items-repo.ts';
import type { CollectionRecord } from '../../../db/schema.ts';
import { importReferences } from '../import/reference-import-client.ts';
import type { ReferenceImportOutcome } from '../import/reference-import-protocol.ts';
import { ReferenceImportReportView } from './reference-import-report.tsx';

const NEW = '__new__';

/**
 * Import a BibTeX, RIS or CSL-JSON file from Zotero, Mendeley or JabRef: matched papers
 * are bookmarked, the rest kept as library items, optionally all in one collection.
 * Parsing and matching run in a worker, so the page stays responsive.
 */
export function ReferenceImportPanel({ collections }: { collections: readonly CollectionRecord[] }) {
  const headingId = useId();
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<string>();
  const [outcome, setOutcome] = useState<ReferenceImportOutcome>();

  const target = (): ImportTarget => (choice === NEW ? { kind: 'new', name } : choice ? { kind: 'existing', id: choice } : { kind: 'none' });

  const run = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (choice === NEW && !name.trim()) {
      setOutcome({ ok: false, message: 'Name the new collection first. Nothing was imported.' });
      return;
    }
    setBusy(file.name);
    setOutcome(undefined);
    const result = await importReferences({ file, target: target() });
    setBusy(undefined);
    setOutcome(result);
    if (result.ok && choice === NEW && result.report.collectionId) {
      setChoice(result.report.collectionId);
      setName('');
    }
  };

  return (
    <section className="side-panel reference-import" aria-labelledby={headingId}>
      <h2 id={headingId}>Import references</h2>
      <p className="muted">BibTeX, RIS or CSL-JSON from Zotero, Mendeley or JabRef. Papers found in the feed are bookmarked; the others are kept as they are.</p>
      <label className="reference-import__field">
        <span>Put them in</span>
        <select value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">No collection</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={NEW}>A new collection…</option>
        </select>
      </label>
      {choice === NEW ? (
        <label className="reference-import__field">
          <span>Name of the new collection</span>
          <input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        </label>
      ) : null}
      <div className="button-row">
        <label className="button file-button">
          Choose a .bib, .ris or .json file
          <input type="file" accept=".bib,.bibtex,.ris,.json,application/x-bibtex,application/x-research-info-systems,application/json" className="visually-hidden" onChange={run} disabled={!!busy} />
        </label>
      </div>
      {busy ? (
        <p role="status" className="muted">
          Reading {busy}…
        </p>
      ) : null}
      {outcome && !outcome.ok ? (
        <p role="alert" className="form-error">
          {outcome.message}
        </p>
      ) : null}
      {outcome?.ok ? <ReferenceImportReportView report={outcome.report} /> : null}
    </section>
  );
}
