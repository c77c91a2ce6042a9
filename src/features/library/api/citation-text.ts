import type { Citable } from '../../../domain/library/citable.ts';
import type { CitationStyle } from '../../../domain/library/format-citation.ts';

/**
 * A formatted citation. citation.js and citeproc-js are ~1 MB of JavaScript, so they load
 * on the first "Copy citation", never with the page (the build precaches the chunk, so
 * it loads offline too).
 */
export async function citationText(works: readonly Citable[], style: CitationStyle): Promise<string> {
  const { formatCitations } = await import('../../../domain/library/format-citation.ts');
  return formatCitations(works, style);
}

/** Puts text on the clipboard; the Clipboard API needs a secure context and focus. */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('this browser does not allow copying here');
  await navigator.clipboard.writeText(text);
}
