type Task = () => Promise<void> | void;

const tasks = new Set<Task>();

/** Registers teardown that must run even when the bench fails; returns an unregister. */
export function onCleanup(task: Task): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs every registered teardown, newest first, each at most once; never throws. */
export async function cleanupAll(): Promise<void> {
  const pending = [...tasks].reverse();
  tasks.clear();
  for (const task of pending) {
    try {
      await task();
    } catch (error) {
      process.stderr.write(`[bench] cleanup failed: ${(error as Error).message}\n`);
    }
  }
}

/** Ctrl-C or a kill still stops servers and browsers and removes temporary profiles. */
export function cleanupOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`[bench] ${signal}: cleaning up\n`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}
