// Plain Fuse.js over every paper, for the search quality baseline: one worker per core,
// since each query takes seconds over real abstracts. Plain JS: worker threads do not
// inherit tsx's loader.
import Fuse from 'fuse.js';
import { parentPort, workerData } from 'node:worker_threads';

const { papers, queries, options } = workerData;
const fuse = new Fuse(papers, options);
for (const job of queries) {
  const ids = fuse.search(job.query, { limit: 10 }).map((hit) => hit.item.id);
  parentPort.postMessage({ index: job.index, ids });
}
