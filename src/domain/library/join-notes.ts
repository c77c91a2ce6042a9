import type { LibraryNote } from './library-types.ts';
import { timestampProblem } from './timestamp-checks.ts';

export const JOINED_NOTE_MARK = '— Imported version of this note';

/**
 * A paper's stored note and the notes a backup holds for it, as one note that loses no
 * text. Timestamps decide nothing, since a file can carry any (a forged `9e15` used to
 * replace the person's own note). A text already held (the same, or inside the first) adds
 * nothing; one that holds the first whole replaces it (an edit that only added); any other
 * follows under a line saying it was imported. `both` says two texts were joined.
 */
export function joinNotes(stored: LibraryNote | undefined, imported: readonly LibraryNote[]): { note: LibraryNote; both: boolean } {
  const first = stored ?? imported[0]!;
  let head = first.text;
  const rest: string[] = [];
  const seen = new Set([head.trim()]);
  let updatedAt = first.updatedAt;
  for (const note of imported) {
    const text = note.text.trim();
    updatedAt = Math.max(updatedAt, note.updatedAt);
    if (seen.has(text)) continue;
    seen.add(text);
    if (head.includes(text)) continue;
    if (rest.length === 0 && text.includes(head.trim())) {
      head = note.text;
      continue;
    }
    const edited = timestampProblem(note.updatedAt) === undefined ? ` (edited ${new Date(note.updatedAt).toISOString().slice(0, 10)})` : '';
    rest.push(`${JOINED_NOTE_MARK}${edited}:\n${text}`);
  }
  const text = rest.length ? [head.trimEnd(), ...rest].join('\n\n') : head;
  if (stored && text === stored.text && updatedAt === stored.updatedAt) return { note: stored, both: false };
  return { note: { paperId: first.paperId, text, updatedAt }, both: rest.length > 0 };
}
