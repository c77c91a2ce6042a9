import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED_V1, SHIPPED_V2_ADDS } from '../testing/shipped-schema.ts';
import { makePaper } from '../testing/make-paper.ts';
import { listPapersByCategory } from './category-repo.ts';
import { getDb, PaperfeedDb, resetDbForTests } from './database.ts';
import { dayRowCodec } from './day-row-codec.ts';
import { getPaper, upsertPapers } from './papers-repo.ts';

const NAME = 'paperfeed-category-upgrade-test';

describe('papers by arXiv category', () => {
  beforeEach(() => resetDbForTests());

  it('lists a category\'s papers, primary or cross-listed, newest day first', async () => {
    await upsertPapers([
      makePaper({ id: '2103.00001', date: '2021-03-22', categories: ['cs.CL', 'cs.LG'] }),
      makePaper({ id: '2103.00002', date: '2021-03-23', categories: ['cs.LG', 'cs.CL'] }),
      makePaper({ id: '2103.00003', date: '2021-03-23', categories: ['cs.CV'] }),
      makePaper({ id: '2103.00004', date: '2021-03-24' }),
    ]);
    expect((await listPapersByCategory('cs.CL')).map((p) => p.id)).toEqual(['2103.00002', '2103.00001']);
    expect((await listPapersByCategory('cs.RO')).map((p) => p.id)).toEqual([]);
    expect((await getDb().days.get('2021-03-23'))?.cats).toEqual(['cs.CL', 'cs.CV', 'cs.LG']);
  });

  it('keeps a Hugging Face paper\'s upvotes and day when arXiv brings it again, adding its categories', async () => {
    const hf = makePaper({ id: '2103.00001', date: '2021-03-25', upvotes: 40, links: { huggingface: 'https://huggingface.co/papers/2103.00001' } });
    await upsertPapers([hf]);
    await upsertPapers([makePaper({ id: '2103.00001', date: '2021-03-22', upvotes: 0, title: 'arXiv title', categories: ['cs.CL'], version: 2 })]);
    expect(await getPaper('2103.00001')).toEqual({ ...hf, categories: ['cs.CL'], version: 2 });
  });
});

describe('schema version 8', () => {
  afterEach(() => Dexie.delete(NAME));

  it('fills the category index of day rows written by version 2, keeping papers and library', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(SHIPPED_V1);
    old.version(2).stores(SHIPPED_V2_ADDS);
    old.use(dayRowCodec);
    const paper = makePaper({ id: '2103.00001', date: '2021-03-22', categories: ['cs.CL', 'stat.ML'] });
    await old.table('days').put({ date: '2021-03-22', papers: [paper], orgs: [] });
    await old.table('bookmarks').add({ paperId: paper.id, createdAt: 1, snapshot: paper, collectionIds: [] });
    old.close();

    const current = new PaperfeedDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(8);
    expect(await current.days.where('cats').equals('stat.ML').primaryKeys()).toEqual(['2021-03-22']);
    expect((await current.days.get('2021-03-22'))?.papers).toEqual([paper]);
    expect(await current.bookmarks.count()).toBe(1);
    current.close();
  });
});
