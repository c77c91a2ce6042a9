import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { makeAbstract, makeSummary } from './demo-abstract.ts';
import { makeAuthorList } from './demo-names.ts';
import { ORGANIZATIONS, ORGANIZATION_WEIGHTS } from './demo-organizations.ts';
import { makeTitle, makeTopic, type Topic } from './demo-topic.ts';
import type { Random } from '../../src/domain/seeded-random.ts';

export interface PaperSlot {
  id: string;
  date: string;
  publishedAt: string;
  /** Overrides the usual author count (the corpus has one paper with thousands). */
  authorCount?: number;
}

const GENERIC_KEYWORDS = ['deep learning', 'benchmark', 'open source', 'scaling', 'evaluation', 'foundation models', 'efficiency'];
// Author counts 1..12, peaking at 5–6 like ML papers.
const AUTHOR_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const AUTHOR_WEIGHTS = [3, 6, 9, 11, 12, 12, 11, 10, 8, 7, 6, 5];

/** One demo paper for `slot`, with every other field drawn from `random`. */
export function makeDemoPaper(random: Random, slot: PaperSlot): Paper {
  const topic = makeTopic(random);
  const withMath = random.chance(0.03);
  let title = makeTitle(random, topic);
  if (withMath && topic.kind === 'method' && random.chance(0.3)) title += ' in $O(n \\log n)$ Time';
  const authors = makeAuthorList(random, slot.authorCount ?? authorCount(random));
  const organization = random.chance(0.6) ? random.pickWeighted(ORGANIZATIONS, ORGANIZATION_WEIGHTS) : undefined;
  const upvotes = zipfUpvotes(random);
  const code = random.chance(0.4) ? codeRepo(random, topic, organization?.name, authors[0] ?? 'anon') : undefined;
  const project = code && random.chance(0.6) ? `https://${code.owner}.github.io/${code.repo}/` : undefined;
  const keywords = random.chance(0.8)
    ? random.sample([...topic.area.keywords, topic.method, topic.task, random.pick(GENERIC_KEYWORDS)], random.int(3, 8))
    : undefined;
  const aiSummary = random.chance(0.6) ? makeSummary(random, topic) : undefined;
  return {
    id: slot.id,
    title,
    abstract: makeAbstract(random, topic, withMath),
    authors,
    date: slot.date,
    publishedAt: slot.publishedAt,
    ...(organization ? { organization } : {}),
    upvotes,
    links: {
      arxiv: `https://arxiv.org/abs/${slot.id}`,
      pdf: `https://arxiv.org/pdf/${slot.id}`,
      ...(code ? { code: `https://github.com/${code.owner}/${code.repo}` } : {}),
      ...(project ? { project } : {}),
      huggingface: `https://huggingface.co/papers/${slot.id}`,
    },
    ...(code && random.chance(0.65) ? { githubStars: heavyTail(random, 5, 0.8, 5_000) } : {}),
    ...(keywords ? { keywords } : {}),
    ...(aiSummary ? { aiSummary } : {}),
    numComments: random.chance(0.7) ? 0 : random.int(1, 3) + Math.floor(upvotes / 40),
  };
}

function authorCount(random: Random): number {
  const r = random.next();
  if (r < 0.005) return random.int(100, 400);
  if (r < 0.02) return random.int(13, 40);
  return random.pickWeighted(AUTHOR_COUNTS, AUTHOR_WEIGHTS);
}

/** Most papers get 0–10 upvotes, about 1% get a hundred or more (Pareto, α = 1.3). */
function zipfUpvotes(random: Random): number {
  return heavyTail(random, 3, 1.3, 300) - 3;
}

/** A Pareto draw (scale xm, shape alpha), floored, with values above `soft` compressed logarithmically. */
function heavyTail(random: Random, xm: number, alpha: number, soft: number): number {
  const x = Math.floor(xm / Math.pow(1 - random.next(), 1 / alpha));
  return x <= soft ? x : Math.round(soft + (soft / 4) * Math.log(x / soft));
}

function codeRepo(random: Random, topic: Topic, orgName: string | undefined, firstAuthor: string) {
  const owner = orgName && random.chance(0.75) ? orgName : handleOf(firstAuthor);
  return { owner, repo: handleOf(topic.kind === 'benchmark' ? topic.dataset : topic.name) || 'code' };
}

/** "Łukasz Dvořák" → "lukaszdvorak": an ASCII GitHub-style handle, without locale rules. */
function handleOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/Ł/g, 'L').replace(/ł/g, 'l').replace(/[Øø]/g, 'o').replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/^-+|-+$/g, '');
}
