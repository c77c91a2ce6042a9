import { ADJECTIVES, AREAS, DATASET_SUFFIXES, FRAMEWORKS, NAME_STEMS, NAME_SUFFIXES, type ResearchArea } from './demo-words.ts';
import type { Random } from '../../src/domain/seeded-random.ts';

/** What one demo paper is about; its title, abstract, summary and keywords are built from it. */
export interface Topic {
  area: ResearchArea;
  kind: 'method' | 'benchmark' | 'study';
  models: string;
  task: string;
  method: string;
  otherMethod: string;
  adjective: string;
  framework: string;
  /** The system's made-up name ("AstraVL"). */
  name: string;
  /** A made-up dataset or benchmark name ("HelixBench"). */
  dataset: string;
  items: string;
}

export function makeTopic(random: Random): Topic {
  const area = random.pick(AREAS);
  const [method, otherMethod] = random.sample(area.methods, 2) as [string, string];
  return {
    area,
    kind: random.pickWeighted(['method', 'benchmark', 'study'] as const, [80, 12, 8]),
    models: random.pick(area.models),
    task: random.pick(area.tasks),
    method,
    otherMethod,
    adjective: random.pick(ADJECTIVES),
    framework: random.pick(FRAMEWORKS),
    name: random.pick(NAME_STEMS) + (random.chance(0.3) ? random.pick(NAME_STEMS) : '') + random.pick(NAME_SUFFIXES),
    dataset: random.pick(NAME_STEMS) + random.pick(DATASET_SUFFIXES),
    items: random.pick(area.items),
  };
}

/** A title in one of the shapes ML papers commonly take ("X: Y for Z"). */
export function makeTitle(random: Random, t: Topic): string {
  const [task, method, models] = [titleCase(t.task), titleCase(t.method), titleCase(t.models)];
  if (t.kind === 'benchmark') {
    return random.pick([
      `${t.dataset}: A Benchmark for ${task} in ${models}`,
      `${t.dataset}: Evaluating ${models} on ${task}`,
      `Can ${models} Handle ${task}? Introducing ${t.dataset}`,
    ]);
  }
  if (t.kind === 'study') {
    return random.pick([
      `When Does ${method} Help ${models}? An Empirical Study of ${task}`,
      `Rethinking ${method} in ${models}`,
      `On the Limits of ${method} for ${task}`,
    ]);
  }
  return random.pick([
    `${t.name}: ${t.adjective} ${method} for ${task}`,
    `${t.name}: Scaling ${method} for ${task}`,
    `Towards ${t.adjective} ${task} with ${method}`,
    `${t.adjective} ${task} via ${method}`,
    `${t.name}: An Open ${titleCase(t.framework)} for ${task}`,
    `${t.name}: ${t.adjective} ${models} with ${method}`,
    `Learning ${task} from ${titleCase(t.items)}`,
  ]);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'for', 'of', 'in', 'on', 'to', 'with', 'via', 'from', 'by', 'at']);

/** "text-to-video generation" → "Text-to-Video Generation"; existing capitals are kept. */
export function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => (SMALL_WORDS.has(part) && (i > 0 || j > 0) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
        .join('-'),
    )
    .join(' ');
}
