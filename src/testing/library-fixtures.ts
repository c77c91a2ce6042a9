import { getDb } from '../db/database.ts';
import type { Paper } from '../domain/corpus/paper-schema.ts';

/** Writes a bookmark row directly, for tests that check imports leave the library alone. */
export async function putBookmarkForTests(paper: Paper, createdAt = 1): Promise<void> {
  await getDb().bookmarks.put({ paperId: paper.id, createdAt, snapshot: paper, collectionIds: [] });
}
