/**
 * Our known-item recall on the real corpus (the quality bench's queries, without the slow
 * baselines: about a minute), and each query's top 10 written to a file, so a change to
 * scoring can be checked for what it changes before the full quality bench.
 *
 *   node --import tsx bench/check-search-ranking.ts out.json [before.json]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { generateKnownItems, KNOWN_ITEM_KINDS } from './lib/search-known-items.ts';
import { recallOf, runOurs } from './lib/search-quality-eval.ts';
import { loadRealPapers } from './lib/search-real-corpus.ts';

const [out, before] = process.argv.slice(2);
const papers = await loadRealPapers();
if (!papers) throw new Error('../shared/corpus/hf-daily is absent');
const queries = generateKnownItems(papers, 110);
const started = performance.now();
const top = runOurs(papers, queries);
console.log(`${queries.length} queries in ${Math.round(performance.now() - started)} ms`);
const recall = recallOf(queries, top);
for (const kind of KNOWN_ITEM_KINDS) console.log(`${kind}: ${recall[kind].queries} queries, recall@1 ${recall[kind].at1.toFixed(4)} @10 ${recall[kind].at10.toFixed(4)}`);
if (out) await writeFile(out, JSON.stringify(top));
if (before) {
  const old = JSON.parse(await readFile(before, 'utf8')) as string[][];
  const changed = top.filter((ids, i) => ids.join() !== old[i]!.join()).length;
  const changed10 = top.filter((ids, i) => [...ids].sort().join() !== [...old[i]!].sort().join()).length;
  console.log(`top 10 differs from ${before} in order for ${changed} queries, in membership for ${changed10}`);
}
