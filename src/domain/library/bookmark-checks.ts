import type { z } from 'zod';

/**
 * A bookmark's snapshot must describe the bookmarked paper: one of another paper would
 * show that paper's title and links under this bookmark's id. Such a backup is refused,
 * naming both ids, like any other damaged entry.
 */
export function sameSnapshotPaper(bookmark: { paperId: string; snapshot: { id: string } }, ctx: z.RefinementCtx): void {
  if (bookmark.snapshot.id === bookmark.paperId) return;
  ctx.addIssue({
    code: 'custom',
    path: ['snapshot', 'id'],
    message: `is ${bookmark.snapshot.id}: the snapshot describes another paper than the bookmarked ${bookmark.paperId}`,
  });
}
