import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestSchema } from '../src/domain/corpus/corpus-files.ts';
import type { Paper } from '../src/domain/corpus/paper-schema.ts';
import { arxivApiDir, arxivOaiDir, hasArxivRecordings } from '../src/testing/shared-corpus.ts';
import { main } from './corpus-convert.ts';

let dir: string;
let log: string[];
const run = (...argv: string[]) => main(argv, (line) => log.push(line));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-convert-arxiv-'));
  log = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe.skipIf(!hasArxivRecordings)('corpus:convert on recorded arXiv answers', () => {
  it('writes the three-page OAI harvest as 2,358 distinct papers on their announcement days', async () => {
    const pages = [1, 2, 3].map((n) => join(arxivOaiDir, `trobertson__request${n}.xml`));
    expect(await run(...pages, '--out', dir)).toBe(0);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    expect(manifest.shards.map((shard) => [shard.month, shard.count])).toEqual([['2021-03', 2358]]);
    const shard = JSON.parse(await readFile(join(dir, '2021-03.json'), 'utf8')) as { papers: Paper[] };
    expect(new Set(shard.papers.map((paper) => paper.id)).size).toBe(2358);
    expect(shard.papers.every((paper) => paper.categories?.length)).toBe(true);
    expect(log).toContain('files: 3 read (0 placeholders), 0 unreadable');
    expect(log).toContain('papers: 2358 (0 repeated across files, each kept on its earliest day)');
  });

  it('reads a folder of search API answers, lists the error answer and the zero-result answers by name, and counts papers met twice', async () => {
    expect(await run(arxivApiDir, '--out', dir)).toBe(0);
    expect(log.some((line) => line.includes('arxivpy__id_abc_s0_m100_b79c8dcf6bc3.body.xml is an arXiv API error answer: "incorrect id format for abc"'))).toBe(true);
    expect(log).toContain('files: 29 read (0 placeholders), 2 unreadable');
    expect(log.filter((line) => line.endsWith('holds no results (totalResults 0): the query matched nothing'))).toHaveLength(2);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    const total = manifest.shards.reduce((sum, shard) => sum + shard.count, 0);
    // The paging windows overlap, so many entries are the same paper: one paper each.
    expect(log).toContain(`papers: ${total} (${352 - total} repeated across files, each kept on its earliest day)`);
  });
});
