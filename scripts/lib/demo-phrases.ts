/**
 * Area-independent phrases that abstract templates slot in (see demo-abstract.ts).
 * Written for paperfeed; generic on purpose so they read well in any research area.
 */
export const PROBLEMS = [
  'We trace this to two causes: a mismatch between training and inference conditions, and supervision at the wrong granularity.',
  'Prior work addresses the issue by scaling data or parameters, which is costly and yields diminishing returns.',
  'Existing remedies depend on heavy human annotation or hand-crafted heuristics that do not transfer across domains.',
  'We argue that the limitation stems less from model capacity than from how training signals are constructed.',
  'Standard benchmarks hide these failures because they rarely probe models under realistic conditions.',
  'Most existing pipelines treat the problem as a single monolithic step, leaving little room for correction.',
];
export const CONTRIBUTIONS = [
  'combines {method} with a learned verifier in a single end-to-end model',
  'turns {method} into a lightweight plug-in that requires no additional training',
  'decouples planning from execution so that each stage can be optimized on its own',
  'adapts {method} to {models} with minimal architectural changes',
  'learns when to spend more computation and when to stop early',
  'bootstraps its own training data through iterative self-refinement',
];
export const STEPS = [
  'encodes the input into a compact set of latent tokens',
  'estimates the difficulty of each example',
  'generates several candidate outputs in parallel',
  'aligns intermediate representations across modalities',
  'predicts a coarse plan',
  'filters low-quality samples with a lightweight scorer',
];
export const FOLLOW_UPS = [
  'refines them with feedback from a learned critic',
  'fills in details conditioned on that plan',
  'allocates computation in proportion to the estimated difficulty',
  'aggregates the evidence with a confidence-weighted vote',
  'distills the result back into a single forward pass',
];
export const COMPONENTS = ['gating module', 'memory bank', 'noise scheduler', 'lightweight critic', 'routing network', 'token merger', 'latent planner'];
export const FUNCTIONS = [
  'decides which inputs deserve more computation',
  'tracks long-range dependencies at constant cost',
  'scores partial outputs without access to ground truth',
  'stabilizes optimization when rewards are sparse',
  'compresses redundant context before it reaches the backbone',
];
export const OBJECTIVES = ['a contrastive consistency objective', 'an entropy-aware curriculum', 'a two-stage warm-up schedule', 'a hybrid reward that mixes outcome and process signals', 'a self-distillation loss'];
export const GOALS = ['prevents collapse to trivial solutions', 'encourages diverse yet accurate outputs', 'reduces gradient variance without introducing bias', 'keeps the model close to its pretrained behavior'];
export const REQUIREMENTS = ['paired supervision', 'a separate reward model', 'per-task hyperparameter tuning', 'access to model internals', 'additional inference passes'];
export const METRICS = ['accuracy', 'success rate', 'win rate', 'F1 score', 'pass@1', 'overall score'];
export const COSTS = ['inference latency', 'training compute', 'peak memory usage', 'the number of sampling steps', 'token consumption'];
export const SCALE_AXES = ['model size', 'the amount of training data', 'the inference budget', 'input length'];
export const FAILURE_MODES = ['misreading the task instructions', 'errors early in long chains of steps', 'overconfident answers on ambiguous items', 'ignoring information given in the context', 'formatting mistakes rather than wrong content'];
/** Sentences with inline LaTeX, used by about 3% of abstracts. */
export const MATH_SENTENCES = [
  'We prove that the procedure converges at a rate of $O(1/\\sqrt{T})$ and runs in $O(n \\log n)$ time for inputs of length $n$.',
  'Training minimizes the task loss plus a penalty $\\mathcal{L}_{\\text{KL}}$ weighted by $\\alpha$, while the temperature $\\tau$ is annealed.',
  'Our bound is tight up to a factor of $\\log(1/\\delta)$ and holds for every $\\epsilon > 0$.',
  'The estimator is unbiased, and its variance scales as $\\mathcal{O}(\\sigma^2 / k)$ with $k$ samples.',
  'Attention cost drops from $O(n^2 d)$ to $O(n d \\log n)$ with no change to the output distribution.',
];
