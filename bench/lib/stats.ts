export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of the samples, rounded to 0.1 (the host is noisy: ±25%). */
export function summarize(samples: number | readonly number[]): Summary {
  const list = typeof samples === 'number' ? [samples] : [...samples];
  if (list.length === 0) throw new Error('summarize needs at least one sample');
  const sorted = list.sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: sorted.length };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
