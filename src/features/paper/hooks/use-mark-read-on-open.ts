import { useEffect } from 'react';
import { markRead } from '../../../db/read-state-repo.ts';
import { READ_DELAY_MS, useReadOnOpenStore } from '../../../stores/read-on-open-store.ts';

/**
 * A paper opened is read, as in feed readers, unless the reader chose otherwise
 * (see read-on-open-store.ts): after a few seconds on the page, or never by itself.
 * Leaving the page before the delay leaves the paper unread.
 */
export function useMarkReadOnOpen(paperId: string | undefined): void {
  const mode = useReadOnOpenStore((s) => s.mode);
  useEffect(() => {
    if (!paperId || mode === 'manual') return;
    const mark = () => void markRead(paperId).catch(() => undefined);
    if (mode === 'open') return mark();
    const timer = setTimeout(mark, READ_DELAY_MS);
    return () => clearTimeout(timer);
  }, [paperId, mode]);
}
