import { citablesToBibtex } from '../../../domain/library/bibtex.ts';
import type { Citable } from '../../../domain/library/citable.ts';
import { citablesToCslJson } from '../../../domain/library/csl-json.ts';
import { createBackup } from '../../../domain/library/backup-format.ts';
import type { LibraryWork } from '../../../domain/library/filter-library-items.ts';
import type { LibraryData } from '../../../domain/library/library-types.ts';

export type ExportKind = 'bibtex' | 'ris' | 'csl' | 'backup';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'collection';
}

/**
 * The file for an export: BibTeX, RIS or CSL-JSON of `works` (a selection, a collection or
 * the library: bookmarked papers and imported works), or the backup of the whole library.
 * RIS is written by citation.js, loaded only for it.
 */
export async function exportFile(
  kind: ExportKind,
  works: readonly Citable[],
  library: LibraryData & { libraryItems?: LibraryWork[] },
  scope: string | undefined,
  now: Date,
): Promise<ExportFile> {
  const base = scope ? `paperfeed-${slug(scope)}` : 'paperfeed-library';
  if (kind === 'bibtex') return { name: `${base}.bib`, type: 'application/x-bibtex', text: citablesToBibtex(works) };
  if (kind === 'ris') {
    const { citablesToRis } = await import('../../../domain/library/ris.ts');
    return { name: `${base}.ris`, type: 'application/x-research-info-systems', text: citablesToRis(works) };
  }
  if (kind === 'csl') return { name: `${base}.csl.json`, type: 'application/vnd.citationstyles.csl+json', text: `${JSON.stringify(citablesToCslJson(works), null, 2)}\n` };
  const date = now.toISOString().slice(0, 10);
  return { name: `paperfeed-backup-${date}.json`, type: 'application/json', text: `${JSON.stringify(createBackup(library, now), null, 1)}\n` };
}
