import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MetricModule } from './metric-module.ts';
import { metricsDir } from './paths.ts';

/**
 * Every bench/metrics/*.ts whose default export is a MetricModule, in file-name order.
 * Adding a metric group is adding a file: nothing else to register.
 */
export async function loadMetricModules(dir = metricsDir): Promise<MetricModule[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
  const modules: MetricModule[] = [];
  for (const file of files) {
    const loaded = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    const candidate = loaded.default;
    if (!isMetricModule(candidate)) throw new Error(`bench/metrics/${file} must export default a MetricModule`);
    const allowed = candidate.namePrefixes ?? [candidate.prefix];
    for (const name of Object.keys(candidate.metrics)) {
      if (!allowed.some((prefix) => name.startsWith(`${prefix}.`))) throw new Error(`bench/metrics/${file}: metric ${name} must start with ${allowed.map((p) => `"${p}."`).join(' or ')}`);
      const other = modules.find((module) => name in module.metrics);
      if (other) throw new Error(`bench/metrics/${file}: metric ${name} is already declared by module ${other.prefix}`);
    }
    modules.push(candidate);
  }
  const prefixes = modules.map((module) => module.prefix);
  const repeated = prefixes.find((prefix, i) => prefixes.indexOf(prefix) !== i);
  if (repeated) throw new Error(`two metric modules share the prefix "${repeated}"`);
  return modules;
}

function isMetricModule(value: unknown): value is MetricModule {
  const candidate = value as Partial<MetricModule> | undefined;
  return typeof candidate?.prefix === 'string' && typeof candidate.run === 'function' && typeof candidate.metrics === 'object';
}
