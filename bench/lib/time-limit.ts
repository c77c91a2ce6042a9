export class TimeLimitError extends Error {
  readonly code = 'time-limit';
  constructor(label: string, ms: number) {
    super(`${label} did not finish within ${Math.round(ms / 1000)} s`);
    this.name = 'TimeLimitError';
  }
}

/** Rejects when `work` takes longer than `ms`; the caller's `finally` then tears down. */
export async function withTimeLimit<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(label, ms)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
