import type { Transaction } from 'dexie';
import type { DayRecord, SearchIndexRecord } from './schema.ts';

/** Day rows per step: a few MB each, so the upgrade's memory stays flat at 100k papers. */
const ROWS_PER_STEP = 16;
/** Where version 2-8 kept derived abstract pages, beside the stored index. */
const OLD_PAGE_PREFIX = 'abstracts/';

/**
 * Version 9 upgrade: moves every abstract out of its day row into the `abstracts` table.
 * Reading a row of the old layout gives whole papers (abstracts inline); writing it back
 * through the codec stores the row without them and their pages beside it, in this same
 * upgrade transaction, so a failure leaves the old version whole. Nothing else is touched:
 * library tables are not read. The old derived copies (abstract pages in `searchIndex`)
 * go; the stored index, built against the old fingerprint, is rebuilt on the next start.
 */
export async function moveAbstractsToPages(tx: Transaction): Promise<void> {
  const days = tx.table<DayRecord, string>('days');
  const dates = (await days.toCollection().primaryKeys()) as string[];
  for (let i = 0; i < dates.length; i += ROWS_PER_STEP) {
    const rows = (await days.bulkGet(dates.slice(i, i + ROWS_PER_STEP))).filter((row): row is DayRecord => !!row);
    await days.bulkPut(rows);
  }
  await tx.table<SearchIndexRecord, string>('searchIndex').where('key').startsWith(OLD_PAGE_PREFIX).delete();
}
