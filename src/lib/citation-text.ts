import type { Citable } from '../domain/library/citable.ts';
import type { CitationStyle } from '../domain/library/format-citation.ts';

/**
 * A formatted citation. citation.js and citeproc-js are ~1 MB of JavaScript, so they load
 * on the first use, never with the page (the build precaches the chunk, so it loads
 * offline too). Shared by the paper page's Cite menu and the library's selection.
 */
export async function citationText(works: readonly Citable[], style: CitationStyle): Promise<string> {
  const { formatCitations } = await import('../domain/library/format-citation.ts');
  return formatCitations(works, style);
}

/** Works as RIS, written by citation.js's RIS plugin: loaded on first use, like the styles. */
export async function risText(works: readonly Citable[]): Promise<string> {
  const { citablesToRis } = await import('../domain/library/ris.ts');
  return citablesToRis(works);
}

/** Puts text on the clipboard; the Clipboard API needs a secure context and focus. */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new ClipboardUnavailableError();
  await navigator.clipboard.writeText(text);
}

class ClipboardUnavailableError extends Error {
  constructor() {
    super('this browser does not allow copying here');
    this.name = 'ClipboardUnavailableError';
  }
}

/**
 * Why a copy failed, in words a reader can act on: the Clipboard API is absent (an
 * insecure page), the browser refused (permission, or the page lacked focus), or else.
 */
export function clipboardFailure(error: unknown): string {
  // Not `instanceof Error`: a DOMException from another realm (a frame, jsdom) is not one.
  const { name, message } = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown }) : {};
  if (name === 'ClipboardUnavailableError') return 'this browser offers no clipboard to this page';
  if (name === 'NotAllowedError') return 'the browser refused access to the clipboard';
  return `copying failed (${typeof message === 'string' ? message.replace(/\.$/, '') : String(error)})`;
}
