import type { Organization } from '../../src/domain/corpus/paper-schema.ts';

/**
 * Made-up labs and universities for the demo corpus. `name` is a handle (it also serves
 * as the GitHub owner of code links); `fullname` is what the UI shows. Listed roughly
 * from most to least prolific: the generator picks them with Zipf-like weights.
 */
export const ORGANIZATIONS: readonly Organization[] = [
  { name: 'northlake-ai', fullname: 'Northlake AI' },
  { name: 'meridian-research', fullname: 'Meridian Research' },
  { name: 'tsinghai-ml', fullname: 'Tsinghai University Machine Learning Group' },
  { name: 'cobalt-labs', fullname: 'Cobalt Labs' },
  { name: 'openfield', fullname: 'OpenField Collective' },
  { name: 'kestrel-ai', fullname: 'Kestrel AI' },
  { name: 'eth-alpine-ai', fullname: 'Alpine Institute of Technology, AI Center' },
  { name: 'harbor-nlp', fullname: 'Harbor NLP Lab' },
  { name: 'seoul-vision', fullname: 'Seoul Institute of Vision and Learning' },
  { name: 'lumen-robotics', fullname: 'Lumen Robotics' },
  { name: 'pinecrest-univ', fullname: 'Pinecrest University' },
  { name: 'aurora-deep', fullname: 'Aurora Deep Learning Lab' },
  { name: 'riverbend-ai', fullname: 'Riverbend AI Institute' },
  { name: 'quantum-leaf', fullname: 'QuantumLeaf Research' },
  { name: 'bay-cs', fullname: 'Bay State University, Computer Science' },
  { name: 'sakura-lm', fullname: 'Sakura Language Models' },
  { name: 'fjord-ai', fullname: 'Fjord AI Research' },
  { name: 'helios-bio', fullname: 'Helios Computational Biology' },
  { name: 'granite-compute', fullname: 'Granite Compute' },
  { name: 'mumbai-ailab', fullname: 'Western India Institute of Science, AI Lab' },
  { name: 'tidewater', fullname: 'Tidewater Institute for Intelligent Systems' },
  { name: 'paris-saclay-ml', fullname: 'Université Paris-Orsay, Machine Learning Team' },
  { name: 'zurichlake', fullname: 'Zürichsee Applied AI' },
  { name: 'sonora-speech', fullname: 'Sonora Speech Technologies' },
  { name: 'atlas-agents', fullname: 'Atlas Agents' },
  { name: 'ember-vision', fullname: 'Ember Vision' },
  { name: 'nanjing-east-ai', fullname: 'Nanjing East University, School of AI' },
  { name: 'redwood-ml', fullname: 'Redwood Machine Learning Lab' },
  { name: 'sao-paulo-ia', fullname: 'Instituto de Inteligência Artificial de São Paulo' },
  { name: 'cascade-robotics', fullname: 'Cascade Robotics Lab' },
  { name: 'oasis-nlp', fullname: 'Oasis Arabic NLP Center' },
  { name: 'lagos-ai', fullname: 'Lagos Centre for AI Research' },
  { name: 'montreal-north', fullname: 'Institut Nord de Montréal pour l’apprentissage' },
  { name: 'vienna-ml', fullname: 'Donau University Vienna, Machine Learning' },
  { name: 'sydney-harbour-ai', fullname: 'Harbour University Sydney, AI Institute' },
  { name: 'tokyo-sig', fullname: 'Tokyo Signal Intelligence Lab' },
  { name: 'copper-ai', fullname: 'Copper AI' },
  { name: 'weatherline', fullname: 'Weatherline Climate AI' },
  { name: 'helsinki-lang', fullname: 'Helsinki Language Technology Group' },
  { name: 'madrid-vision', fullname: 'Universidad de Madrid Norte, Visión por Computador' },
  { name: 'polaris-safety', fullname: 'Polaris AI Safety Institute' },
  { name: 'indie' },
];

/** Zipf-like weights over ORGANIZATIONS: the first lab is about ten times as prolific as the last. */
export const ORGANIZATION_WEIGHTS: readonly number[] = ORGANIZATIONS.map((_, i) => 1 / (i + 4));
