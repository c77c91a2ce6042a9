import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Citable } from './citable.ts';
import { bundledStyles } from './citation-styles.ts';
import { citablesToCslJson } from './csl-json.ts';

import type { CitationStyleId } from './citation-style-list.ts';

export type CitationStyle = CitationStyleId;

let registered = false;

function registerStyles(): void {
  if (registered) return;
  const config = plugins.config.get('@csl');
  for (const [id, style] of Object.entries(bundledStyles())) config.styles.add(id, style);
  registered = true;
}

/**
 * Works as a formatted bibliography, one entry per line, rendered by citeproc-js (through
 * citation.js) in the given CSL style: plain text, as pasted into a document.
 */
export function formatCitations(works: readonly Citable[], style: CitationStyle): string {
  registerStyles();
  const cite = new Cite(citablesToCslJson(works));
  const text = cite.format('bibliography', { template: style, format: 'text', lang: 'en-US' });
  return text.trim().replace(/\n{2,}/g, '\n');
}
