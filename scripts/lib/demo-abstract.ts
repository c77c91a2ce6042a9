import { BASELINES, CLOSINGS } from './demo-words.ts';
import * as P from './demo-phrases.ts';
import type { Topic } from './demo-topic.ts';
import type { Random } from '../../src/domain/seeded-random.ts';

/** Lengths of generated abstracts, in characters (mean about 1,265, like real feeds). */
export const ABSTRACT_LENGTH = { min: 900, max: 1_600 } as const;

/**
 * An abstract of several sentences in the usual order (context, gap, proposal, method,
 * data, results, analysis, closing). Required sentences always appear; optional ones are
 * added while they fit a target length drawn for this paper, then put back in order.
 */
export function makeAbstract(random: Random, t: Topic, withMath: boolean): string {
  const target = ABSTRACT_LENGTH.min + 100 + Math.round(((random.next() + random.next()) / 2) * (ABSTRACT_LENGTH.max - ABSTRACT_LENGTH.min - 100));
  const required: [number, string][] = [
    [0, context(random, t)],
    [1, random.pick(P.PROBLEMS)],
    [2, proposal(random, t)],
    [5, results(random, t)],
    [7, random.pick(CLOSINGS)],
  ];
  const optional = t.kind === 'method' ? methodDetails(random, t) : t.kind === 'benchmark' ? benchmarkDetails(random, t) : studyDetails(random, t);
  if (withMath) required.push([3, random.pick(P.MATH_SENTENCES)]);
  let length = required.reduce((sum, [, s]) => sum + s.length + 1, 0);
  const chosen = [...required];
  for (const part of random.sample(optional, optional.length)) {
    // Too long for the target: skip it, unless the abstract is still below the minimum.
    if (length + part[1].length + 1 > target && length >= ABSTRACT_LENGTH.min) continue;
    chosen.push(part);
    length += part[1].length + 1;
  }
  return chosen
    .sort((a, b) => a[0] - b[0])
    .map(([, s]) => s)
    .join(' ');
}

function methodDetails(random: Random, t: Topic): [number, string][] {
  return [
    [3, `${t.name} first ${random.pick(P.STEPS)}, and then ${random.pick(P.FOLLOW_UPS)}.`],
    [3, `At its core is a ${random.pick(P.COMPONENTS)} that ${random.pick(P.FUNCTIONS)}.`],
    [3, `We further introduce ${random.pick(P.OBJECTIVES)}, which ${random.pick(P.GOALS)}.`],
    [3, `Unlike prior approaches, it does not require ${random.pick(P.REQUIREMENTS)}.`],
    [4, `To train it, we curate a collection of ${count(random)} ${t.items} spanning ${random.int(3, 40)} domains.`],
    [6, `Ablation studies confirm that each component contributes, with ${t.otherMethod} accounting for most of the gain.`],
    [6, `The gains grow with ${random.pick(P.SCALE_AXES)}, which suggests favorable scaling behavior.`],
    [6, `Notably, ${withArticle(`${random.pick(['1.5', '3', '7', '8', '14'])}B-parameter`)} variant matches models several times its size.`],
    [6, `In a human evaluation, annotators preferred its outputs in ${percent(random, 55, 85)}% of pairwise comparisons.`],
    [6, `The benefits are largest on the hardest ${t.items}, where existing ${t.models} fail most often.`],
  ];
}

function benchmarkDetails(random: Random, t: Topic): [number, string][] {
  return [
    [3, `Every item was checked by at least two expert annotators and comes with a reference solution.`],
    [3, `Tasks span ${random.int(3, 9)} difficulty levels and ${random.int(5, 40)} domains, from everyday cases to expert-level problems.`],
    [4, `Unlike existing suites, ${t.dataset} is built from material published after common training cutoffs, which limits contamination.`],
    [4, `We evaluate ${random.int(12, 60)} open and proprietary ${t.models} under a single, reproducible protocol.`],
    [6, `Performance correlates only weakly with general leaderboards, suggesting that ${t.task} is a distinct skill.`],
    [6, `Error analysis shows that most failures come from ${random.pick(P.FAILURE_MODES)}.`],
    [6, `Methods based on ${t.method} narrow the gap, but do not close it.`],
    [6, `Scores improve with ${random.pick(P.SCALE_AXES)}, though with clearly diminishing returns.`],
  ];
}

function studyDetails(random: Random, t: Topic): [number, string][] {
  return [
    [3, `We vary model size, data composition and training duration independently, and compare against ${t.otherMethod}.`],
    [3, `All runs share the same tokenizer, data order and evaluation harness, so that differences can be attributed to the method itself.`],
    [4, `Our experiments cover ${count(random)} ${t.items} drawn from ${random.int(3, 30)} sources.`],
    [6, `Surprisingly, ${t.method} helps most when training data is scarce, and its benefit shrinks once data is abundant.`],
    [6, `We also find that several reported gains vanish once baselines are tuned with the same budget.`],
    [6, `Error analysis shows that most remaining failures come from ${random.pick(P.FAILURE_MODES)}.`],
    [6.5, `We distill these findings into practical recommendations for practitioners.`],
  ];
}

/** One sentence for `aiSummary`. */
export function makeSummary(random: Random, t: Topic): string {
  if (t.kind === 'benchmark') return `${t.dataset} is a new benchmark showing that current ${t.models} still struggle with ${t.task}.`;
  return random.pick([
    `${t.name} improves ${t.task} in ${t.models} using ${t.method}, outperforming ${random.pick(BASELINES)}.`,
    `${t.name} is ${withArticle(t.adjective.toLowerCase())} ${t.framework} that applies ${t.method} to ${t.task}, cutting ${random.pick(P.COSTS)} by ${percent(random, 1.3, 6)}x.`,
    `Combining ${t.method} with ${t.otherMethod} makes ${t.models} markedly better at ${t.task}.`,
  ]);
}

function context(random: Random, t: Topic): string {
  const challenge = random.pick(t.area.challenges);
  return random.pick([
    `${capitalize(t.models)} have made rapid progress in ${t.task}, yet they ${challenge}.`,
    `Recent advances in ${t.method} have substantially improved ${t.task}, but current ${t.models} ${challenge}.`,
    `${capitalize(t.task)} is a central capability for ${t.models}, yet existing systems ${challenge}.`,
  ]);
}

function proposal(random: Random, t: Topic): string {
  if (t.kind === 'benchmark') {
    return `We introduce ${t.dataset}, a benchmark of ${count(random)} ${t.items} designed to evaluate ${t.task} in ${t.models} under realistic conditions.`;
  }
  if (t.kind === 'study') {
    return `We present a systematic study of ${t.method} for ${t.task}, training more than ${random.int(20, 400)} models under controlled settings.`;
  }
  const contribution = random.pick(P.CONTRIBUTIONS).replace('{method}', t.method).replace('{models}', t.models);
  return `In this work, we introduce ${t.name}, ${withArticle(t.adjective.toLowerCase())} ${t.framework} that ${contribution}.`;
}

function results(random: Random, t: Topic): string {
  if (t.kind === 'benchmark') {
    const best = percent(random, 25, 62);
    return `Even the strongest model reaches only ${best}% accuracy, far below the ${percent(random, 80, 96)}% achieved by human experts.`;
  }
  const subject = t.kind === 'method' ? t.name : 'the best configuration';
  const suites = random.sample([t.dataset, 'MMLU-style suites', 'held-out test sets', 'real-world deployments', 'long-tail splits'], 2).join(' and ');
  return random.pick([
    `Experiments on ${random.int(4, 14)} benchmarks, including ${suites}, show that ${subject} outperforms ${random.pick(BASELINES)}, improving ${random.pick(P.METRICS)} by ${percent(random, 1.2, 18)}% on average.`,
    `Across ${random.int(3, 12)} benchmarks, ${subject} achieves state-of-the-art results among open models of similar size while reducing ${random.pick(P.COSTS)} by ${percent(random, 1.5, 8)}x.`,
  ]);
}

function percent(random: Random, min: number, max: number): string {
  return (min + random.next() * (max - min)).toFixed(1);
}

/** "12,400" or "1.2M": fixed formatting, never the host's locale. */
function count(random: Random): string {
  const n = random.int(2, 2_000) * (random.chance(0.5) ? 100 : 1_000);
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)}M`;
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "an open", "an 8B", "a 7B": by the sound of the first letter, good enough for this vocabulary. */
function withArticle(word: string): string {
  return `${/^[aeio8]|^11|^18/i.test(word) ? 'an' : 'a'} ${word}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
