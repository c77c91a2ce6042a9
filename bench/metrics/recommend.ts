import type { MetricModule } from '../lib/metric-module.ts';
import recommendQuality from '../lib/recommend-quality-module.ts';
import recommendSpeed from '../lib/recommend-speed-module.ts';

/** Recommendations: simulated readers on the real corpus, then speed at 100k papers in Chromium. */
const recommend: MetricModule = {
  prefix: 'recommend',
  title: 'Recommendations: simulated readers (real corpus) and speed at 100k papers (Chromium)',
  metrics: { ...recommendQuality.metrics, ...recommendSpeed.metrics },
  notes: [
    '**Main thread while opening paper pages (profiled 2026-12-02).** A Performance trace of the 50 paper pages (`PAPERFEED_BENCH_TRACE_DIR=<dir>` records one and lists what each long task did; bench/lib/main-thread-trace.ts), taken at load 24 on 2 cores: in the longest heartbeat gaps (117 to 557 ms of wall time) the page\'s main thread itself used 0.3 to 41 ms of CPU; the rest was waiting for a core. By CPU time the heaviest tasks were a paper page\'s React render (22 ms) and its layout (16 to 21 ms), then about 25 IndexedDB reads of day rows with their `JSON.parse` and Dexie\'s result clone (8 to 21 ms each), and a major GC (12 ms). No script evaluation (citation.js is not loaded by the page), the Highwire tags and the "Similar papers" list had no task of their own over 8 ms of CPU, and the recommend worker was already built (its cold build runs in the worker).',
    '**Cause and fix.** Each paper page read and parsed its whole day row three times: `getPaper` (a `get`), then the neighbours\' day read, twice (the newest row, then "the whole period", the same single row). At 100k papers a day row is 0.34 to 1.2 MB of JSON. Now a day is read once, and `getPaper` sends the same request as the day read, so Dexie\'s live-query cache answers both from one read. Probe in Chromium on the 100k corpus, 8 paper pages on 8 different days: 8 IndexedDB reads and 8 parses (6.2 MB of JSON) instead of 24 (18.5 MB). The same change makes a day view read its row once instead of twice.',
    '**After the fix, at load 49 (not a verdict):** longest gap 621.9 ms opening the 50 paper pages against 415.2 ms while bookmarking in the same run (ratio 1.50; the quiet-host run before the fix: 74.2 against 29.6 ms, ratio 2.51). The quiet-host figure is to be re-measured with `npm run bench -- --only recommend`.',
    '**Paper first, the rest after the paint (2026-12-02 07:33-08:34, load 20 to 46 on 2 cores: not a verdict).** Neighbours, Highwire tags and "Similar papers" now render in a task after the paper has painted, and the neighbours read only the days they need. Untraced, `BENCH_RECOMMEND_SKIP=quality`: before, paper pages 274.5 ms against bookmarking 377.2 ms (ratio 0.73, load 25 to 20); after, 391.6 against 507.5 ms (ratio 0.77, load 21 to 37). Traced, heaviest paper-page task by CPU time (the heartbeat\'s own timer task left out): before 18.7 ms (a layout), after 32.8 ms (a layout and style recalculation), single runs at load 36 to 43: no gain shown, possibly a loss; to be settled on a quiet host with `npm run bench -- --only recommend --runs 3` and, for the CPU breakdown, `PAPERFEED_BENCH_TRACE_DIR=<dir> BENCH_RECOMMEND_SKIP=quality npm run bench -- --only recommend --runs 1`.',
  ],
  async run(ctx) {
    // BENCH_RECOMMEND_SKIP=quality: only the 100k speed part (the quality part trains on the
    // real corpus for minutes; skip it while iterating on the page's main thread).
    const skip = (process.env.BENCH_RECOMMEND_SKIP ?? '').split(',').map((s) => s.trim());
    const quality = skip.includes('quality') ? {} : await recommendQuality.run(ctx);
    ctx.record(quality);
    return { ...quality, ...(await recommendSpeed.run(ctx)) };
  },
};

export default recommend;
