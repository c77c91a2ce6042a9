import { create } from 'zustand';

/**
 * Whether papers are still arriving in this tab (an import is running), so a view that
 * finds nothing says "still loading" rather than "not found" until the import is done.
 * Set by the import feature; read by the paper, author, organization and search views,
 * which may not import that feature.
 */
interface CorpusArrival {
  arriving: boolean;
}

export const useCorpusArrivalStore = create<CorpusArrival>(() => ({ arriving: false }));

export function setCorpusArriving(arriving: boolean): void {
  if (useCorpusArrivalStore.getState().arriving !== arriving) useCorpusArrivalStore.setState({ arriving });
}

export function useCorpusArriving(): boolean {
  return useCorpusArrivalStore((s) => s.arriving);
}
