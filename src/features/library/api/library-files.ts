import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { toBibtex } from '../../../domain/library/bibtex.ts';
import { toCslJson } from '../../../domain/library/csl-json.ts';
import { createBackup } from '../../../domain/library/backup-format.ts';
import type { LibraryData } from '../../../domain/library/library-types.ts';

export type ExportKind = 'bibtex' | 'csl' | 'backup';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'collection';
}

/**
 * The file for an export: BibTeX or CSL-JSON of `papers` (the library or one collection,
 * oldest bookmark first, so a re-export appends), or the backup of the whole library.
 */
export function exportFile(kind: ExportKind, papers: readonly Paper[], library: LibraryData, scope: string | undefined, now: Date): ExportFile {
  const base = scope ? `paperfeed-${slug(scope)}` : 'paperfeed-library';
  if (kind === 'bibtex') return { name: `${base}.bib`, type: 'application/x-bibtex', text: toBibtex(papers) };
  if (kind === 'csl') return { name: `${base}.csl.json`, type: 'application/vnd.citationstyles.csl+json', text: `${JSON.stringify(toCslJson(papers), null, 2)}\n` };
  const date = now.toISOString().slice(0, 10);
  return { name: `paperfeed-backup-${date}.json`, type: 'application/json', text: `${JSON.stringify(createBackup(library, now), null, 1)}\n` };
}
