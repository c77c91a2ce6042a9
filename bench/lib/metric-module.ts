import type { Page } from 'playwright-core';

/** How one metric is reported: its unit, what it means, and what it is judged against. */
export interface MetricSpec {
  unit: 'ms' | 'MB' | 'count';
  description: string;
  /** A budget the median should stay under. */
  target?: { below: number };
  /** Another metric of the same module, measured in the same bench run, to compare with. */
  baseline?: string;
}

/** Raw figures from a module: samples per run, or one figure measured once. */
export type MetricSamples = Record<string, number | number[]>;

/**
 * A file in bench/metrics/ whose default export is a MetricModule is picked up by
 * bench/run.ts; `--only <prefix>` runs the modules whose prefix matches.
 */
export interface MetricModule {
  /** First segment of every metric name, e.g. `import` for `import.100k.ms`. */
  prefix: string;
  /** Heading of the module's table in RESULTS.md. */
  title: string;
  metrics: Record<string, MetricSpec>;
  /** What a profile showed and what a change bought: printed under the module's table. */
  notes?: readonly string[];
  /** Returns its figures (or hands them to `ctx.record` as it goes). */
  run(ctx: BenchContext): Promise<MetricSamples>;
}

export type CorpusName = 'real' | '100k' | 'bigday';

export interface ServedCorpus {
  name: CorpusName;
  dir: string;
  /** Origin of a `vite preview` of the production build serving this corpus at /corpus/. */
  url: string;
}

export interface FreshPageOptions {
  /** The whole run (browser start, work, teardown) is abandoned after this long. */
  timeoutMs: number;
  label: string;
  /** Runs in every document before the page's own scripts. */
  initScript?: string;
}

export interface BenchContext {
  /** `--runs N` when given, else the module's default for this metric. */
  runs(defaultRuns: number): number;
  /** Keeps figures measured so far, so a later failure in the same module does not lose them. */
  record(samples: MetricSamples): void;
  /** Progress goes to stderr, so stdout stays free for results. */
  log(message: string): void;
  /** Makes the corpus if missing and serves it; undefined when its source data is absent. */
  corpus(name: CorpusName): Promise<ServedCorpus | undefined>;
  /** Runs `fn` on a page of a new browser with a new, empty profile, then removes both. */
  withFreshPage<T>(options: FreshPageOptions, fn: (page: Page) => Promise<T>): Promise<T>;
}
