import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../db/database.ts';
import { countPapers, getPaper, listPapersByDay, upsertPapers } from '../../../db/papers-repo.ts';
import { readCorpusFile } from '../../../domain/corpus/read-corpus-file.ts';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { arxivSampleFile, hasSharedCorpus, hfDailyDir, SHARED_CORPUS_SUITE } from '../../../testing/shared-corpus.ts';
import { putBookmarkForTests } from '../../../testing/library-fixtures.ts';

/** The whole real Hugging Face corpus through the adapters into real Dexie (fake-indexeddb). */
describe.skipIf(!hasSharedCorpus)(`importing the ${SHARED_CORPUS_SUITE}`, () => {
  const files = hasSharedCorpus ? readdirSync(hfDailyDir).filter((f) => f.endsWith('.json')).sort() : [];
  const idsByFile = new Map<string, Set<string>>();
  const distinctIds = new Set<string>();
  let placeholders = 0;
  let fileErrors = 0;

  async function importAll(): Promise<void> {
    for (const file of files) {
      const outcome = readCorpusFile(file, readFileSync(join(hfDailyDir, file), 'utf8'));
      if (!outcome.ok) {
        fileErrors++;
        continue;
      }
      if (outcome.value.placeholder) placeholders++;
      await upsertPapers(outcome.value.papers);
    }
  }

  beforeAll(async () => {
    await resetDbForTests();
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(hfDailyDir, file), 'utf8')) as unknown;
      const ids = new Set(Array.isArray(json) ? json.map((entry: { paper: { id: string } }) => entry.paper.id) : []);
      idsByFile.set(file.slice(0, 10), ids);
      for (const id of ids) distinctIds.add(id);
    }
    await importAll();
  }, 120_000);

  it('stores exactly the distinct paper ids of the corpus (5,100)', async () => {
    expect(distinctIds.size).toBe(5100);
    expect(await countPapers()).toBe(5100);
    const stored = (await getDb().days.toArray()).reduce((n, row) => n + row.papers.length, 0);
    expect(stored).toBe(5100);
  });

  it('skips the 77 placeholder files without an error', () => {
    expect(placeholders).toBe(77);
    expect(fileErrors).toBe(0);
  });

  it('stores the paper listed twice on 2025-06-03 once', async () => {
    const day = await listPapersByDay('2025-06-03');
    expect(day.filter((p) => p.id === '2506.01920')).toHaveLength(1);
  });

  it("files each paper under a day whose file lists it (the earliest, for papers featured twice)", async () => {
    const rows = await getDb().days.toArray();
    for (const row of rows) {
      for (const paper of row.papers) {
        expect(idsByFile.get(paper.date)?.has(paper.id), `${paper.id} on ${paper.date}`).toBe(true);
        const listedOn = [...idsByFile].filter(([, ids]) => ids.has(paper.id)).map(([date]) => date);
        expect(paper.date).toBe(listedOn.sort()[0]);
      }
    }
    expect((await getPaper('2505.16968'))?.date).toBe('2025-05-27');
  });

  it('keeps day order equal to the files (upvotes, highest first)', async () => {
    const day = await listPapersByDay('2025-10-03');
    const upvotes = day.map((p: Paper) => p.upvotes);
    expect(upvotes).toEqual([...upvotes].sort((a, b) => b - a));
    expect(day[0]?.id).toBe(readFirstId('2025-10-03.json'));
  });

  it('imports the same corpus again without new rows and with every bookmark intact', async () => {
    const bookmarked = await getPaper('2510.02314');
    await putBookmarkForTests(bookmarked!);
    const rowsBefore = await getDb().days.count();
    await importAll();
    expect(await getDb().days.count()).toBe(rowsBefore);
    expect(await countPapers()).toBe(5100);
    expect(await getDb().bookmarks.get('2510.02314')).toMatchObject({ snapshot: bookmarked });
  }, 120_000);

  it('imports the 200 papers of the arXiv sample', async () => {
    const outcome = readCorpusFile('arxiv-metadata-oai-snapshot-sample.jsonl', readFileSync(arxivSampleFile, 'utf8'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const stats = await upsertPapers(outcome.value.papers);
    expect(stats.added).toBe(200);
    expect(await countPapers()).toBe(5300);
    expect((await getPaper('0704.0001'))?.title).toBe('Calculation of prompt diphoton production cross sections at Tevatron and LHC energies');
  });
});

function readFirstId(file: string): string {
  return (JSON.parse(readFileSync(join(hfDailyDir, file), 'utf8')) as { paper: { id: string } }[])[0]!.paper.id;
}
