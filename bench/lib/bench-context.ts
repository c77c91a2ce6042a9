import { ensureCorpus } from './corpus-data.ts';
import { withFreshPage } from './fresh-page.ts';
import { log } from './log.ts';
import type { BenchContext, CorpusName, MetricSamples, ServedCorpus } from './metric-module.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';

export interface BenchContextOptions {
  runsOverride: number | undefined;
  /** The build to serve (a snapshot of dist/). */
  buildDir: string;
  record(samples: MetricSamples): void;
}

/** The context handed to every metric module; servers are started once and shared. */
export function createBenchContext(options: BenchContextOptions): BenchContext & { close(): Promise<void> } {
  const served = new Map<CorpusName, Promise<ServedCorpus | undefined>>();
  const servers: PreviewServer[] = [];
  const serve = async (name: CorpusName): Promise<ServedCorpus | undefined> => {
    const dir = await ensureCorpus(name);
    if (!dir) return undefined;
    const server = await startPreview(dir, options.buildDir);
    servers.push(server);
    log(`serving the ${name} corpus at ${server.url}`);
    return { name, dir, url: server.url };
  };
  return {
    runs: (defaultRuns) => options.runsOverride ?? defaultRuns,
    record: options.record,
    log,
    corpus(name) {
      let entry = served.get(name);
      if (!entry) served.set(name, (entry = serve(name)));
      return entry;
    },
    withFreshPage,
    async close() {
      await Promise.all(servers.splice(0).map((server) => server.close()));
    },
  };
}
