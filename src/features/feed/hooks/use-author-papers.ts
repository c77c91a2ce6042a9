import { useEffect, useState } from 'react';
import { listPapersByAuthor, type ScanProgress } from '../../../db/feed-repo.ts';

/**
 * An author's papers as the scan finds them; `undefined` before its first report.
 * A change of `rescan` (papers arriving or done arriving) starts the scan again.
 */
export function useAuthorPapers(name: string, rescan?: unknown): ScanProgress | undefined {
  const [progress, setProgress] = useState<{ name: string; value: ScanProgress }>();
  useEffect(() => {
    const controller = new AbortController();
    listPapersByAuthor(name, (value) => setProgress({ name, value }), controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) setProgress(() => { throw error; });
    });
    return () => controller.abort();
  }, [name, rescan]);
  return progress?.name === name ? progress.value : undefined;
}
