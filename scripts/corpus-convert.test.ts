import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { manifestSchema } from '../src/domain/corpus/corpus-files.ts';
import { hasSharedCorpus, hfDailyDir, SHARED_CORPUS_SUITE } from '../src/testing/shared-corpus.ts';
import { main } from './corpus-convert.ts';

let dir: string;
let log: string[];
const run = (...argv: string[]) => main(argv, (line) => log.push(line));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-convert-'));
  log = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const hfEntry = (id: string, day: string, upvotes = 1) => ({
  paper: { id, title: `Paper ${id}`, summary: 'S', authors: [], upvotes, submittedOnDailyAt: `${day}T08:00:00.000Z` },
});

describe('corpus:convert', () => {
  it('keeps the earliest day of a paper featured twice and lists skipped entries', async () => {
    await writeFile(join(dir, '2025-06-25.json'), JSON.stringify([hfEntry('2506.20670', '2025-06-25'), { paper: { id: 'bad' } }]));
    await writeFile(join(dir, '2025-06-27.json'), JSON.stringify([hfEntry('2506.20670', '2025-06-27', 9)]));
    await writeFile(join(dir, '2025-06-28.json'), '1');
    await writeFile(join(dir, 'notes.txt'), 'not a corpus file');
    const out = join(dir, 'out');
    expect(await run(dir, '--out', out)).toBe(0);
    const shard = JSON.parse(await readFile(join(out, '2025-06.json'), 'utf8'));
    expect(shard.papers.map((p: { id: string; date: string }) => [p.id, p.date])).toEqual([['2506.20670', '2025-06-25']]);
    expect(log).toContain('files: 3 read (1 placeholders), 0 unreadable');
    expect(log).toContain('skipped: 1');
    expect(log.some((line) => /2025-06-25\.json, entry 1 \(bad\): paper\.title must be string \(missing\)/.test(line))).toBe(true);
  });

  it('fails when nothing could be read, and writes nothing', async () => {
    await writeFile(join(dir, 'broken.json'), '{');
    expect(await run(join(dir, 'broken.json'), join(dir, 'missing'), '--out', join(dir, 'out'))).toBe(1);
    expect(log).toContain(`  - ${join(dir, 'missing')}: does not exist`);
    expect(log.some((line) => line.includes('broken.json is not valid JSON'))).toBe(true);
    await expect(readFile(join(dir, 'out', 'manifest.json'))).rejects.toThrow();
  });

  it('keeps the same version as the Import page of a paper in two files on the same day, and reports the conflict (#16 item 10)', async () => {
    await writeFile(join(dir, 'a.json'), JSON.stringify([hfEntry('2510.00010', '2025-10-04', 3)]));
    await writeFile(join(dir, 'b.json'), JSON.stringify([{ paper: { ...hfEntry('2510.00010', '2025-10-04', 7).paper, title: 'Newer' } }]));
    const out = join(dir, 'out');
    expect(await run(join(dir, 'b.json'), join(dir, 'a.json'), '--out', out)).toBe(0);
    const shard = JSON.parse(await readFile(join(out, '2025-10.json'), 'utf8'));
    expect(shard.papers.map((p: { title: string; upvotes: number }) => [p.title, p.upvotes])).toEqual([['Newer', 7]]);
    expect(log).toContain('skipped: 1');
    expect(log.some((line) => line.includes(`a.json, entry 0 (2510.00010): id is also in ${join(dir, 'b.json')}, entry 0, on the same day (2025-10-04) with different content`))).toBe(true);
  });

  it('refuses a Latin-1 file with the byte offset instead of writing mojibake (#16 item 9)', async () => {
    await writeFile(join(dir, '2025-10-05.json'), Buffer.concat([Buffer.from('[{"paper":{"id":"2510.00011","title":"Caf'), Buffer.from([0xe9]), Buffer.from('"}}]')]));
    expect(await run(join(dir, '2025-10-05.json'), '--out', join(dir, 'out'))).toBe(1);
    expect(log.some((line) => line.includes('2025-10-05.json is not UTF-8 text: the bytes at offset 41'))).toBe(true);
  });

  it('prints usage without inputs', async () => {
    expect(await run()).toBe(2);
    expect(log[0]).toMatch(/^usage: /);
  });
});

describe.skipIf(!hasSharedCorpus)(`${SHARED_CORPUS_SUITE}: corpus:convert`, () => {
  it('converts the Hugging Face daily folder into 9 monthly shards of 5,100 papers', async () => {
    expect(await run(hfDailyDir, '--out', dir)).toBe(0);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    expect(manifest.demo).toBe(false);
    expect(manifest.shards.map((s) => s.month)).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10']);
    expect(manifest.shards.reduce((sum, s) => sum + s.count, 0)).toBe(5100);
    const first = manifest.shards[0]!;
    const bytes = await readFile(join(dir, first.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first.hash);
    expect(log).toContain('files: 271 read (77 placeholders), 0 unreadable');
  });
});
