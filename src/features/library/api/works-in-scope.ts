import { readLibrary } from '../../../db/library-repo.ts';
import { listLibraryItems } from '../../../db/library-items-repo.ts';
import type { CollectionRecord } from '../../../db/schema.ts';
import { citableFromPaper, type Citable } from '../../../domain/library/citable.ts';

/**
 * The works an export or citation covers: the selection (when any entry is ticked), else
 * the collection shown, else the whole library; bookmarks first, then imported works
 * oldest first.
 */
export async function worksInScope(collection: CollectionRecord | undefined, selected: ReadonlySet<string>): Promise<Citable[]> {
  const [library, items] = await Promise.all([readLibrary(), listLibraryItems()]);
  const inScope = (key: string, collectionIds: string[]) => (selected.size ? selected.has(key) : !collection || collectionIds.includes(collection.id));
  return [
    ...library.bookmarks.filter((b) => inScope(`paper:${b.paperId}`, b.collectionIds)).map((b) => citableFromPaper(b.snapshot)),
    ...[...items].reverse().filter((i) => inScope(`item:${i.id}`, i.collectionIds)).map((i) => i.work),
  ];
}
