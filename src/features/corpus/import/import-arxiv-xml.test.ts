import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { listPapersByCategory } from '../../../db/category-repo.ts';
import { countPapers, getPaper } from '../../../db/papers-repo.ts';
import { putBookmarkForTests } from '../../../testing/library-fixtures.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { arxivApiDir, arxivOaiDir, arxivRssDir, hasArxivRecordings } from '../../../testing/shared-corpus.ts';
import { importFiles } from './import-files.ts';

const xml = (name: string, body: string) => new File([body], name, { type: 'text/xml' });
const recorded = (dir: string, name: string) => xml(name, readFileSync(join(dir, name), 'utf8'));
const run = (files: File[]) => importFiles(files, { emit: () => {} });

async function snapshot() {
  const db = getDb();
  return { days: await db.days.toArray(), bookmarks: await db.bookmarks.toArray(), locations: await db.paperDays.toArray() };
}

beforeEach(resetDbForTests);

describe.skipIf(!hasArxivRecordings)('importing recorded arXiv answers on the Import page', () => {
  it('stores an OAI page, an API listing and an RSS feed, told apart by content, with their categories', async () => {
    const report = await run([
      recorded(arxivOaiDir, 'trobertson__request3.xml'),
      xml('listing', readFileSync(join(arxivApiDir, 'brevio__arxiv_cs_lg.xml'), 'utf8')),
      recorded(arxivRssDir, 'distill__arxiv_cs_cl.xml'),
    ]);
    // Files must have a known extension to be read at all; which format they hold is then told by content.
    expect(report.fileErrors).toEqual([{ file: 'listing', reason: 'is not a .json, .jsonl, .ndjson or .xml file; not read' }]);
    expect(report.added).toBe(358 + 3);
    expect(await countPapers()).toBe(361);
    expect(await getPaper('2604.22002')).toMatchObject({ date: '2026-04-27', categories: ['cs.CL'], version: 1 });
    expect((await listPapersByCategory('cs.CL')).length).toBeGreaterThan(3);
  });

  it('refuses the API error answer by name and stores nothing from it', async () => {
    const report = await run([recorded(arxivApiDir, 'arxivpy__id_abc_s0_m100_b79c8dcf6bc3.body.xml')]);
    expect(report.fileErrors).toEqual([{ file: 'arxivpy__id_abc_s0_m100_b79c8dcf6bc3.body.xml', reason: 'is an arXiv API error answer: "incorrect id format for abc" (no papers in it)' }]);
    expect(await countPapers()).toBe(0);
  });
});

describe('bad arXiv XML on the Import page changes nothing stored', () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><feed><title>&c;</title></feed>`;
  it.each([
    ['truncated.xml', '<feed><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>Cut', /^is not well-formed XML: it ends at line 1 .* still open; the answer was probably cut off$/],
    ['error-page.xml', '<!DOCTYPE html><html><head><title>Bad Gateway</title></head></html>', /^is an HTML page \("Bad Gateway"\), not arXiv XML/],
    ['laughs.xml', bomb, /^declares XML entities/],
    ['huge.xml', `<feed><title>${'x'.repeat(50 * 1024 * 1024)}</title></feed>`, /^is 50 MB, more than the 16 MB an arXiv answer may be; not read$/],
  ])('%s', async (name, body, reason) => {
    const kept = makePaper({ id: '2401.00001', date: '2024-01-02' });
    await importFiles([new File([JSON.stringify([kept])], 'kept.json')], { emit: () => {} }).catch(() => undefined);
    await putBookmarkForTests(kept);
    const before = await snapshot();
    const report = await run([xml(name, body)]);
    expect(report.fileErrors).toEqual([{ file: name, reason: expect.stringMatching(reason) }]);
    expect(report.added + report.updated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
