import { create } from 'zustand';

/**
 * The box's text while its URL write waits (see useSearchUrl): a write queued, not a second
 * home of the query. `key` is the router location it was typed on; the write is dropped
 * when the reader leaves that location by any other way than the box's own writes.
 */
export interface PendingText {
  q: string;
  key: string;
}

interface PendingTextState {
  pending: PendingText | undefined;
}

export const usePendingTextStore = create<PendingTextState>(() => ({ pending: undefined }));

export function setPendingText(pending: PendingText | undefined): void {
  usePendingTextStore.setState({ pending });
}
