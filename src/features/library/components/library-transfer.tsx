import { FormMessage, type FormMessageValue } from './form-message.tsx';
import { useState, type ChangeEvent } from 'react';
import { readLibrary } from '../../../db/library-repo.ts';
import { listLibraryItems } from '../../../db/library-items-repo.ts';
import type { CollectionRecord } from '../../../db/schema.ts';
import type { Citable } from '../../../domain/library/citable.ts';
import { formatCount, formatCountOf } from '../../../domain/format/count.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { exportFile, type ExportKind } from '../api/library-files.ts';
import { worksInScope } from '../api/works-in-scope.ts';
import { startBackupImport } from '../import/backup-import-client.ts';
import type { BackupImportEvent } from '../import/backup-import-protocol.ts';
import { useLibrarySelection } from '../stores/library-selection-store.ts';
import { CiteActions } from './cite-actions.tsx';

type Message = FormMessageValue;

const plural = (n: number, one: string, many: string) => formatCountOf(n, one, many);

/**
 * Export (BibTeX, RIS, CSL-JSON for Zotero and Pandoc, or a full backup) and backup import.
 * Citations cover the selection, else the collection shown, else the whole library; a
 * backup always holds all.
 */
export function LibraryTransfer({ count, collection, selectedWorks }: { count: number; collection: CollectionRecord | undefined; selectedWorks: readonly Citable[] }) {
  const [message, setMessage] = useState<Message>();
  const selected = useLibrarySelection((s) => s.selected);
  const clear = useLibrarySelection((s) => s.clear);
  const nothing = selected.size === 0 && count === 0;
  const scope = selected.size ? `the ${plural(selected.size, 'selected entry', 'selected entries')}` : collection ? `the collection "${collection.name}"` : 'the whole library';

  const runExport = async (kind: ExportKind) => {
    try {
      const [library, items] = await Promise.all([readLibrary(), listLibraryItems()]);
      const works = kind === 'backup' ? [] : await worksInScope(collection, selected);
      const file = await exportFile(kind, works, { ...library, libraryItems: items }, selected.size ? 'selection' : collection?.name, new Date());
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
        Citations of {scope}
        {selected.size ? ':' : ` (${formatCountOf(count, 'entry', 'entries')})${count === 0 ? ': nothing to export yet. Bookmark papers to cite them.' : ':'}`}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => runExport('bibtex')} disabled={nothing} aria-describedby="citations-scope">
          Export BibTeX
        </button>
        <button type="button" className="button" onClick={() => runExport('ris')} disabled={nothing} aria-describedby="citations-scope" title="For EndNote, Mendeley and Zotero">
          Export RIS
        </button>
        <button type="button" className="button" onClick={() => runExport('csl')} disabled={nothing} aria-describedby="citations-scope" title="For Zotero and Pandoc">
          Export CSL-JSON
        </button>
        {selected.size ? (
          <button type="button" className="button" onClick={clear}>
            Clear selection
          </button>
        ) : null}
      </div>
      {selected.size ? <CiteActions works={selectedWorks} label="the selection" /> : null}
      <p className="muted">Everything (bookmarks, collections, notes, read state, imported works), to keep or move:</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => runExport('backup')}>
          Export backup
        </button>
        <label className="button file-button">
          Import backup
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={runImport} />
        </label>
      </div>
      <FormMessage message={message} />
    </section>
  );
}

/** What an import brought, in words, including notes whose two versions were both kept. */
function importedMessage({ added, merged, notesJoined, items }: Extract<BackupImportEvent, { type: 'done' }>): string {
  const parts = [
    formatCountOf(added.bookmarks, 'bookmark'),
    formatCountOf(added.collections, 'collection'),
    formatCountOf(added.notes, 'note'),
    formatCountOf(added.reads, 'read mark'),
    ...(added.follows ? [formatCountOf(added.follows, 'follow')] : []),
    ...(added.mutes ? [formatCountOf(added.mutes, 'mute')] : []),
    ...(items ? [formatCountOf(items, 'imported work')] : []),
  ];
  const joined = notesJoined.length
    ? ` ${formatCount(notesJoined.length)} ${notesJoined.length === 1 ? 'note differed' : 'notes differed'} from the one stored (${notesJoined.slice(0, 5).join(', ')}${notesJoined.length > 5 ? ', …' : ''}): both versions were kept, the imported one below the stored one.`
    : '';
  return `Imported ${parts.join(', ')}${merged ? `; ${formatCount(merged)} already there, merged` : ''}.${joined}`;
}
