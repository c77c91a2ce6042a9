import type { Paper } from '../corpus/paper-schema.ts';
import type { LibrarySignal } from '../recommend/signals.ts';
import type { Follow, Mute } from '../follow/follow-types.ts';

/**
 * The reader's library as plain data: what a backup holds and what the merge works on.
 * The same shapes as the database rows (src/db/schema.ts), declared here so the domain
 * never imports the database.
 */
export interface LibraryBookmark {
  paperId: string;
  createdAt: number;
  /** The paper as it was when bookmarked, so a bookmark outlives the paper leaving the corpus. */
  snapshot: Paper;
  collectionIds: string[];
}

export interface LibraryCollection {
  id: string;
  name: string;
  createdAt: number;
}

export interface LibraryNote {
  paperId: string;
  text: string;
  updatedAt: number;
}

export interface LibraryRead {
  paperId: string;
  readAt: number;
}

export interface LibraryData {
  bookmarks: LibraryBookmark[];
  collections: LibraryCollection[];
  notes: LibraryNote[];
  reads: LibraryRead[];
  /** "More / less like this" (optional: backups before issue #10 have none). */
  signals?: LibrarySignal[];
  /** Optional: backups from before follows existed have neither key (src/domain/follow/follow-backup.ts). */
  follows?: Follow[];
  mutes?: Mute[];
}
