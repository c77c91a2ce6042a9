import { liveQuery, type Subscription } from 'dexie';
import { newestDayBetween } from './feed-repo.ts';
import { newestDate } from './papers-repo.ts';
import type { DayRecord } from './schema.ts';

/**
 * The first feed view's first read, started by main.tsx before React renders (issue #18).
 *
 * Without it the first card waited for a chain: the scripts run, React renders the shell,
 * its effects start the live query, which opens the database and only then reads the day
 * row. Started first, opening the database and reading the row (IndexedDB works off the main
 * thread) overlap the shell's render. It is a live query like the view's own, so the view
 * that takes it over (usePeriodPapers, same period key) stays live: a day row rewritten by
 * the corpus sync shows at once. It serves that first view only: once no view uses it, it
 * ends, and later views read for themselves.
 */
export interface StartupDay {
  /** The period key it reads for (`day:2025-10-31`, `month:2025-10`). */
  key: string;
  /** The newest day row of the period; `undefined` until read; `{ row: undefined }` when the period has none. */
  read?: { row: DayRecord | undefined };
}

interface Entry extends StartupDay {
  listeners: Set<() => void>;
  subscription?: Subscription;
  users: number;
  /** Ends the read when no view has taken it over soon (the route turned out not to be a feed view). */
  unclaimed?: ReturnType<typeof setTimeout>;
}

let entry: Entry | undefined;
/** How long the read waits for its view before ending: the view mounts within a second or two of start-up. */
const UNCLAIMED_MS = 10_000;

/** Starts reading the newest day row of `from`..`to` for the view of period `key`. */
export function startStartupDayRead(key: string, from: string, to: string): void {
  end();
  const started: Entry = { key, listeners: new Set(), users: 0 };
  entry = started;
  started.subscription = liveQuery(() => newestDayBetween(from, to)).subscribe({
    next: (row) => {
      started.read = { row };
      for (const listener of started.listeners) listener();
    },
    // The view reads for itself instead (and reports the error): see usePeriodPapers.
    error: () => end(started),
  });
  started.unclaimed = setTimeout(() => started.users === 0 && end(started), UNCLAIMED_MS);
}

/**
 * For `/` (the newest day): finds the newest date, then reads its row as above. `dayKey`
 * turns the date into the period key its view uses.
 */
export function startStartupNewestDayRead(dayKey: (date: string) => string): void {
  void newestDate().then(
    (date) => {
      if (date !== undefined && !entry) startStartupDayRead(dayKey(date), date, date);
    },
    () => undefined,
  );
}

/** The startup read of `key`, if there is one (a view takes it over by subscribing). */
export function startupDayFor(key: string): StartupDay | undefined {
  return entry?.key === key ? entry : undefined;
}

/**
 * Subscribes a view to the startup read of `key`; the returned function unsubscribes. When
 * the last view lets go, the read ends (after a task, so a view remounting at once keeps it).
 */
export function subscribeStartupDay(key: string, listener: () => void): () => void {
  const current = entry?.key === key ? entry : undefined;
  if (!current) return () => {};
  current.users++;
  current.listeners.add(listener);
  return () => {
    current.users--;
    current.listeners.delete(listener);
    setTimeout(() => current.users === 0 && end(current), 0);
  };
}

function end(which: Entry | undefined = entry): void {
  if (!which) return;
  which.subscription?.unsubscribe();
  if (which.unclaimed) clearTimeout(which.unclaimed);
  if (entry !== which) return;
  entry = undefined;
  // A view still waiting on it (the read failed) now reads for itself.
  for (const listener of which.listeners) listener();
}

/** Tests: the key of the running startup read, if any. */
export function startupReadKeyForTests(): string | undefined {
  return entry?.key;
}

/** Tests: forget any startup read. */
export function resetStartupReadForTests(): void {
  end();
}
