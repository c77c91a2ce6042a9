export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of the samples, rounded to 0.1 (the host is noisy: ±25%); scores below 1 (CLS) to 0.001. */
export function summarize(samples: number | readonly number[], decimals = 1): Summary {
  const list = typeof samples === 'number' ? [samples] : [...samples];
  if (list.length === 0) throw new Error('summarize needs at least one sample');
  const sorted = list.sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (value: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: sorted.length };
}
