import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { Citable } from '../domain/library/citable.ts';
import { normalizeTitle } from '../domain/library/reference-import/find-arxiv-id.ts';
import type { ImportedReference } from '../domain/library/reference-import/imported-reference.ts';
import type { PaperLookup } from '../domain/library/reference-import/match-references.ts';
import type { LibraryData } from '../domain/library/library-types.ts';
import type { MergeResult } from '../domain/library/merge-library.ts';
import { getDb } from './database.ts';
import { importLibrary } from './library-repo.ts';
import type { LibraryItemRecord } from './library-item-record.ts';
import { getPaper } from './papers-repo.ts';
import { forEachStoredDay } from './search-source-repo.ts';
import { isStorageFailure, toStorageError } from './storage-error.ts';

async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}

/** Every library item, newest first. */
export async function listLibraryItems(): Promise<LibraryItemRecord[]> {
  return (await getDb().libraryItems.toArray()).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}

export async function deleteLibraryItem(id: string): Promise<void> {
  await write(() => getDb().libraryItems.delete(id));
}

export async function setItemInCollection(id: string, collectionId: string, inside: boolean): Promise<void> {
  await write(() =>
    getDb().libraryItems.where(':id').equals(id).modify((item) => {
      const rest = item.collectionIds.filter((c) => c !== collectionId);
      item.collectionIds = inside ? [...rest, collectionId] : rest;
    }),
  );
}

/**
 * A lookup over the stored papers for the references about to be matched. Papers named
 * by arXiv id are read directly; titles need every day row, so they are read (in the
 * worker) only when some reference has no id that found a paper.
 */
export async function buildPaperLookup(references: readonly ImportedReference[]): Promise<PaperLookup> {
  const byId = new Map<string, Paper>();
  const ids = new Set(references.flatMap((r) => (r.work.arxivId ? [r.work.arxivId.replace(/v\d+$/, '')] : [])));
  for (const id of ids) {
    const paper = await getPaper(id);
    if (paper) byId.set(id, paper);
  }
  const byTitle = new Map<string, Paper>();
  const needTitles = references.some((r) => r.work.title && !(r.work.arxivId && byId.has(r.work.arxivId.replace(/v\d+$/, ''))));
  if (needTitles) {
    const wanted = new Set(references.map((r) => normalizeTitle(r.work.title)).filter(Boolean));
    await forEachStoredDay((_date, papers) => {
      for (const paper of papers) {
        const title = normalizeTitle(paper.title);
        if (wanted.has(title) && !byTitle.has(title)) byTitle.set(title, paper as Paper);
      }
    });
  }
  return {
    byArxivId: (id) => byId.get(id),
    // Corpus papers carry no DOI but arXiv's own, which findArxivId already turned into an id.
    byDoi: () => undefined,
    byTitle: (title) => byTitle.get(title),
  };
}

export type ImportTarget = { kind: 'none' } | { kind: 'existing'; id: string } | { kind: 'new'; name: string };

export interface ReferenceImportWrite {
  /** Matched papers not bookmarked before. */
  bookmarked: number;
  /** Matched papers already bookmarked (put in the collection, if one was chosen). */
  alreadyBookmarked: number;
  itemsAdded: number;
  itemsExisting: number;
  collectionId?: string;
}

/**
 * Stores an import in one transaction: matched papers bookmarked, unmatched works kept as
 * library items, all put in the chosen (or a new) collection. All of it or none of it.
 */
export async function storeReferenceImport(papers: readonly Paper[], works: readonly Citable[], target: ImportTarget, now = Date.now()): Promise<ReferenceImportWrite | { error: string }> {
  const db = getDb();
  return write(() =>
    db.transaction('rw', db.bookmarks, db.collections, db.libraryItems, async () => {
      let collectionId: string | undefined;
      if (target.kind === 'existing') {
        if (!(await db.collections.get(target.id))) return { error: 'The chosen collection no longer exists.' };
        collectionId = target.id;
      } else if (target.kind === 'new') {
        const name = target.name.trim();
        if (!name) return { error: 'The new collection needs a name.' };
        if (name.length > 200) return { error: 'A collection name can have at most 200 characters.' };
        const clash = (await db.collections.toArray()).find((c) => c.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase());
        collectionId = clash?.id ?? crypto.randomUUID();
        if (!clash) await db.collections.add({ id: collectionId, name, createdAt: now });
      }
      const join = (ids: string[]) => (collectionId && !ids.includes(collectionId) ? [...ids, collectionId] : ids);
      const result: ReferenceImportWrite = { bookmarked: 0, alreadyBookmarked: 0, itemsAdded: 0, itemsExisting: 0, ...(collectionId ? { collectionId } : {}) };
      const existing = await db.bookmarks.bulkGet(papers.map((p) => p.id));
      const bookmarkRows = papers.map((paper, i) => {
        const stored = existing[i];
        if (stored) result.alreadyBookmarked++;
        else result.bookmarked++;
        return stored ? { ...stored, collectionIds: join(stored.collectionIds) } : { paperId: paper.id, createdAt: now, snapshot: paper, collectionIds: join([]) };
      });
      await db.bookmarks.bulkPut(bookmarkRows);
      const items = await db.libraryItems.bulkGet(works.map((w) => w.id));
      const itemRows = works.map((work, i) => {
        const stored = items[i];
        if (stored) result.itemsExisting++;
        else result.itemsAdded++;
        return stored ? { ...stored, collectionIds: join(stored.collectionIds) } : { id: work.id, createdAt: now, work, collectionIds: join([]) };
      });
      await db.libraryItems.bulkPut(itemRows);
      return result;
    }),
  );
}

/**
 * Imports a backup (see importLibrary) together with its library items, in one
 * transaction. An item already stored keeps its metadata and gains the backup's
 * collections; collection ids follow the merge (same id, else same name).
 */
export async function importBackupWithItems(
  backup: LibraryData & { libraryItems?: LibraryItemRecord[] },
  onProgress?: (written: number, total: number) => void,
): Promise<MergeResult & { items: number }> {
  const db = getDb();
  return write(() =>
    // Every table importLibrary writes must be in this transaction too (a nested one may not add tables).
    db.transaction('rw', [db.bookmarks, db.collections, db.notes, db.reads, db.signals, db.follows, db.mutes, db.libraryItems], async () => {
      const result = await importLibrary(backup, onProgress);
      const incoming = backup.libraryItems ?? [];
      if (!incoming.length) return { ...result, items: 0 };
      const stored = await db.collections.toArray();
      const byName = new Map(stored.map((c) => [c.name.trim().toLocaleLowerCase(), c.id]));
      const ids = new Set(stored.map((c) => c.id));
      const mapped = new Map(backup.collections.map((c) => [c.id, ids.has(c.id) ? c.id : byName.get(c.name.trim().toLocaleLowerCase())]));
      const existing = await db.libraryItems.bulkGet(incoming.map((i) => i.id));
      let added = 0;
      const rows = incoming.map((item, index) => {
        const collectionIds = item.collectionIds.flatMap((id) => {
          const target = mapped.get(id) ?? (ids.has(id) ? id : undefined);
          return target ? [target] : [];
        });
        const before = existing[index];
        if (!before) added++;
        return before ? { ...before, collectionIds: [...new Set([...before.collectionIds, ...collectionIds])] } : { ...item, collectionIds: [...new Set(collectionIds)] };
      });
      await db.libraryItems.bulkPut(rows);
      return { ...result, items: added };
    }),
  );
}
