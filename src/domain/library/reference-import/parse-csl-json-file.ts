import { cslToCitable, type CslInput } from './csl-to-citable.ts';
import type { ImportedReference, ReferenceProblem } from './imported-reference.ts';

/** Line of each top-level item's opening brace, for the report. */
function itemLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 1 && c === '{') lines.push(line);
      depth++;
    } else if (c === '}' || c === ']') depth--;
  }
  return lines;
}

/** Reads CSL-JSON: an array of items (Zotero's "CSL JSON" export), or one item. */
export function parseCslJsonFile(text: string): { references: ImportedReference[]; problems: ReferenceProblem[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  const items = Array.isArray(json) ? json : json && typeof json === 'object' ? [json] : undefined;
  if (!items) return { error: 'not CSL-JSON: it holds neither an item nor a list of items' };
  const lines = Array.isArray(json) ? itemLines(text) : [1];
  const references: ImportedReference[] = [];
  const problems: ReferenceProblem[] = [];
  items.forEach((item: unknown, index) => {
    const line = lines[index] ?? 0;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ line, entry: `item ${index + 1}`, reason: 'is not a CSL item (an object)' });
      return;
    }
    const id = (item as { id?: unknown }).id;
    const label = typeof id === 'string' || typeof id === 'number' ? String(id) : `item ${index + 1}`;
    if ((item as { title?: unknown }).title !== undefined && typeof (item as { title?: unknown }).title !== 'string') {
      problems.push({ line, entry: label, reason: 'title is not text' });
      return;
    }
    references.push({ line, label, work: cslToCitable(item as CslInput) });
  });
  return { references, problems };
}
