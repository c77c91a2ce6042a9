import { create } from 'zustand';

/** The library writes a person starts on a paper, by button or by key. */
export type LibraryAction = 'bookmark' | 'read';

const key = (paperId: string, action: LibraryAction) => `${action}:${paperId}`;

/**
 * Why the last bookmark or read change of a paper did not take, shown beside that paper's
 * toggle wherever it is on screen. The buttons and the keyboard shortcuts (b, m) write
 * here, so a failure is reported where the person acted, not swallowed (issue #16: a
 * bookmark with storage full failed silently). UI state only; nothing is stored.
 */
export const useLibraryWriteErrors = create<Record<string, string>>(() => ({}));

export function useLibraryWriteError(paperId: string, action: LibraryAction): string | undefined {
  return useLibraryWriteErrors((errors) => errors[key(paperId, action)]);
}

/** Runs a library write for `paperId`; its failure (or success) replaces the message shown beside it. */
export function reportLibraryWrite<T>(paperId: string, action: LibraryAction, write: Promise<T>): Promise<T | undefined> {
  return write.then(
    (value) => {
      setMessage(key(paperId, action), undefined);
      return value;
    },
    (failure: unknown) => {
      setMessage(key(paperId, action), failure instanceof Error ? failure.message : String(failure));
      return undefined;
    },
  );
}

function setMessage(id: string, message: string | undefined): void {
  useLibraryWriteErrors.setState((errors) => {
    if (errors[id] === message) return errors;
    const next = { ...errors };
    if (message === undefined) delete next[id];
    else next[id] = message;
    return next;
  }, true);
}
