import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Citable } from './citable.ts';
import { citablesToCslJson } from './csl-json.ts';

type RisObject = Record<string, string | number | (string | number)[]>;

/**
 * Works as RIS (what EndNote, Mendeley and Zotero read), written by citation.js's RIS
 * plugin from the same CSL items as the CSL-JSON export: `ID` is the citation key,
 * `DO` the DOI (arXiv's for preprints), `UR` the abstract page.
 */
export function citablesToRis(works: readonly Citable[]): string {
  if (!works.length) return '';
  // citation.js maps CSL to RIS tags; its text writer would then break every value at 70
  // characters, mid-word, which readers join back with a space ("Kn owledge", see the
  // test), so the lines are written here, one tag a line.
  // It also cuts ID to the old spec's 20 characters; the full citation key goes back in.
  // And it drops name particles ("van", "de"): they go into the family name, as RIS writes them.
  const items = citablesToCslJson(works).map((item) => ({
    ...item,
    author: item.author.map((name) => ('non-dropping-particle' in name && name['non-dropping-particle'] ? { ...name, family: `${name['non-dropping-particle']} ${name.family}`, 'non-dropping-particle': undefined } : name)),
  }));
  const records = new Cite(items).format('ris', { format: 'object' }) as unknown as RisObject[];
  return records
    .map(({ TY, ...tags }, i) => {
      tags.ID = items[i]!.id;
      const lines = [`TY  - ${String(TY)}`];
      for (const [tag, value] of Object.entries(tags)) for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ')}`);
      return [...lines, 'ER  - '].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
