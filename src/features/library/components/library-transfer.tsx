import { useState, type ChangeEvent } from 'react';
import { readLibrary } from '../../../db/library-repo.ts';
import type { CollectionRecord } from '../../../db/schema.ts';
import { formatCount, formatCountOf, formatPaperCount } from '../../../domain/format/count.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { exportFile, type ExportKind } from '../api/library-files.ts';
import { startBackupImport } from '../import/backup-import-client.ts';
import type { BackupImportEvent } from '../import/backup-import-protocol.ts';

type Message = { kind: 'status' | 'alert'; text: string };

/**
 * Export (BibTeX, CSL-JSON for Zotero and Pandoc, or a full backup) and backup import.
 * Citations cover the collection shown, or the whole library; a backup always holds all.
 */
export function LibraryTransfer({ count, collection }: { count: number; collection: CollectionRecord | undefined }) {
  const [message, setMessage] = useState<Message>();
  const scope = collection ? `the collection "${collection.name}"` : 'the whole library';

  const runExport = async (kind: ExportKind) => {
    try {
      const library = await readLibrary();
      const source = collection ? library.bookmarks.filter((b) => b.collectionIds.includes(collection.id)) : library.bookmarks;
      const file = exportFile(kind, source.map((b) => b.snapshot), library, collection?.name, new Date());
      downloadFile(file.name, file.text, file.type);
      setMessage({ kind: 'status', text: `Saved ${file.name}.` });
    } catch (error) {
      setMessage({ kind: 'alert', text: `The export failed: ${(error as Error).message}` });
    }
  };

  const runImport = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    setMessage({ kind: 'status', text: `Reading ${file.name}…` });
    startBackupImport(file, (result) => {
      if (result.type === 'progress') {
        setMessage({ kind: 'status', text: `Importing ${file.name}: ${formatCount(result.written)} of ${formatCount(result.total)} entries written…` });
      } else if (result.type === 'refused') {
        setMessage({ kind: 'alert', text: `${file.name}: ${result.message}` });
      } else {
        setMessage({ kind: 'status', text: importedMessage(result) });
      }
    });
  };

  return (
    <section className="side-panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p className="muted" id="citations-scope">
        Citations of {scope} ({formatPaperCount(count)}){count === 0 ? ': nothing to export yet. Bookmark papers to cite them.' : ':'}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => runExport('bibtex')} disabled={count === 0} aria-describedby="citations-scope">
          Export BibTeX
        </button>
        <button type="button" className="button" onClick={() => runExport('csl')} disabled={count === 0} aria-describedby="citations-scope" title="For Zotero and Pandoc">
          Export CSL-JSON
        </button>
      </div>
      <p className="muted">Everything (bookmarks, collections, notes, read state), to keep or move:</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => runExport('backup')}>
          Export backup
        </button>
        <label className="button file-button">
          Import backup
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={runImport} />
        </label>
      </div>
      {message ? (
        <p role={message.kind} className={message.kind === 'alert' ? 'form-error' : 'muted'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

/** What an import brought, in words, including notes whose two versions were both kept. */
function importedMessage({ added, merged, notesJoined }: Extract<BackupImportEvent, { type: 'done' }>): string {
  const parts = [
    formatCountOf(added.bookmarks, 'bookmark'),
    formatCountOf(added.collections, 'collection'),
    formatCountOf(added.notes, 'note'),
    formatCountOf(added.reads, 'read mark'),
  ];
  const joined = notesJoined.length
    ? ` ${formatCount(notesJoined.length)} ${notesJoined.length === 1 ? 'note differed' : 'notes differed'} from the one stored (${notesJoined.slice(0, 5).join(', ')}${notesJoined.length > 5 ? ', …' : ''}): both versions were kept, the imported one below the stored one.`
    : '';
  return `Imported ${parts.join(', ')}${merged ? `; ${formatCount(merged)} already there, merged` : ''}.${joined}`;
}
