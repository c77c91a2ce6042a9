import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Citable } from './citable.ts';
import { citablesToCslJson } from './csl-json.ts';

/**
 * Works as RIS (what EndNote, Mendeley and Zotero read), written by citation.js's RIS
 * plugin from the same CSL items as the CSL-JSON export: `ID` is the citation key,
 * `DO` the DOI (arXiv's for preprints), `UR` the abstract page.
 */
export function citablesToRis(works: readonly Citable[]): string {
  if (!works.length) return '';
  return `${new Cite(citablesToCslJson(works)).format('ris').trim()}\n`;
}
