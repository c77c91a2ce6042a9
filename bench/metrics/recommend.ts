import type { MetricModule } from '../lib/metric-module.ts';
import recommendQuality from '../lib/recommend-quality-module.ts';
import recommendSpeed from '../lib/recommend-speed-module.ts';

/** Recommendations: simulated readers on the real corpus, then speed at 100k papers in Chromium. */
const recommend: MetricModule = {
  prefix: 'recommend',
  title: 'Recommendations: simulated readers (real corpus) and speed at 100k papers (Chromium)',
  metrics: { ...recommendQuality.metrics, ...recommendSpeed.metrics },
  async run(ctx) {
    const quality = await recommendQuality.run(ctx);
    ctx.record(quality);
    return { ...quality, ...(await recommendSpeed.run(ctx)) };
  },
};

export default recommend;
