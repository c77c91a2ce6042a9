import type { Dexie } from 'dexie';

/**
 * Makes every write to `table` (or to each of several tables) fail the way a full disk
 * does (a QuotaExceededError from IndexedDB), through a Dexie middleware: real Dexie, real
 * transactions, one injected fault. Reopens the database to bind it; returns a function
 * that removes it (and reopens).
 */
export async function injectQuotaError(db: Dexie, table: string | readonly string[]): Promise<() => Promise<void>> {
  const tables = new Set(typeof table === 'string' ? [table] : table);
  const name = 'inject-quota-error';
  db.use({
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const downTable = down.table(tableName);
        if (!tables.has(tableName)) return downTable;
        return {
          ...downTable,
          mutate: async () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
        };
      },
    }),
  });
  // Middleware is bound when the database opens.
  db.close();
  await db.open();
  return async () => {
    db.unuse({ stack: 'dbcore', name });
    db.close();
    await db.open();
  };
}
