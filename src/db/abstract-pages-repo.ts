import { ABSTRACT_PAGE_SIZE } from './day-row-codec.ts';
import { getDb } from './database.ts';
import type { AbstractPageRecord } from './schema.ts';

/** Where a paper's abstract is: its day, id, and position in the day row (for its page). */
export interface AbstractRef {
  date: string;
  id: string;
  /** Position in the day row, as indexed; a wrong one only costs reading the day's pages. */
  position: number;
}

/**
 * Abstracts of `refs` by paper id, from the abstracts table (the one stored copy), in one
 * read transaction: each ref's page first, then every page of a day whose page did not
 * hold the paper (the day changed since it was indexed). A paper no longer stored is absent.
 */
export async function readAbstracts(refs: readonly AbstractRef[]): Promise<Map<string, string>> {
  const db = getDb();
  const out = new Map<string, string>();
  if (!refs.length) return out;
  const keys = new Map<string, [string, number]>();
  for (const ref of refs) {
    const page = Math.floor(ref.position / ABSTRACT_PAGE_SIZE);
    keys.set(`${ref.date}/${page}`, [ref.date, page]);
  }
  return db.transaction('r', db.abstracts, async () => {
    const pages = await db.abstracts.bulkGet([...keys.values()]);
    for (const page of pages) if (page) addPage(out, page);
    const missed = [...new Set(refs.filter((ref) => !out.has(ref.id)).map((ref) => ref.date))];
    for (const date of missed) for (const page of await readPagesOfDay(date)) addPage(out, page);
    return out;
  });
}

/** Every abstract page of `date`, in page order. */
export function readPagesOfDay(date: string): Promise<AbstractPageRecord[]> {
  return getDb().abstracts.where('[date+page]').between([date, 0], [date, Infinity], true, true).toArray();
}

function addPage(out: Map<string, string>, page: AbstractPageRecord): void {
  page.ids.forEach((id, i) => out.set(id, page.texts[i] ?? ''));
}
