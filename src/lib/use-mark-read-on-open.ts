import { useEffect } from 'react';
import { markRead } from '../db/read-state-repo.ts';

/** A paper opened is read, as in feed readers. */
export function useMarkReadOnOpen(paperId: string | undefined): void {
  useEffect(() => {
    if (paperId) void markRead(paperId).catch(() => undefined);
  }, [paperId]);
}
