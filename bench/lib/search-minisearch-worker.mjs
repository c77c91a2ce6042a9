// MiniSearch, the describe baseline, on a worker thread: its fuzzy and prefix expansion
// take ~30 ms a query over the real abstracts, so several threads share the queries while
// the main thread runs ours. Plain JS: worker threads do not inherit tsx's loader.
import MiniSearch from 'minisearch';
import { parentPort, workerData } from 'node:worker_threads';

const { papers, queries, fields } = workerData;
const search = new MiniSearch({ fields, searchOptions: { prefix: true, fuzzy: 0.2 } });
search.addAll(papers);
const out = queries.map((job) => ({ index: job.index, ids: search.search(job.query).slice(0, 10).map((hit) => String(hit.id)) }));
parentPort.postMessage(out);
