import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { likelyMonthsOf } from '../../../domain/corpus/paper-months.ts';
import { makeCorpusFetch, makeCorpusFiles } from '../../../testing/corpus-server.ts';
import { makePaper } from '../../../testing/make-paper.ts';
import { syncCorpus } from './sync-corpus.ts';

const BASE = 'http://corpus.test/';

beforeEach(resetDbForTests);

describe('a deep link’s shard first (issue #16 item 11)', () => {
  it('guesses the months from a new-style arXiv id only', () => {
    expect(likelyMonthsOf('2503.01234v2')).toEqual(['2025-03', '2025-04']);
    expect(likelyMonthsOf('2412.00001')).toEqual(['2024-12', '2025-01']);
    expect(likelyMonthsOf('hep-th/9901001')).toEqual([]);
    expect(likelyMonthsOf('2513.00001')).toEqual([]);
  });

  it('fetches the given months first, in their order, the rest newest first', async () => {
    const papers = ['2025-01-02', '2025-02-03', '2025-03-04', '2025-04-05'].map((date) => makePaper({ date }));
    const files = makeCorpusFiles(papers);
    const fetched: string[] = [];
    const fetchImpl = makeCorpusFetch(files, BASE);
    await syncCorpus(BASE, {
      emit: () => {},
      firstMonths: ['2025-02', '2025-03'],
      fetchImpl: ((input: RequestInfo | URL, init?: RequestInit) => {
        fetched.push(String(input).slice(BASE.length));
        return fetchImpl(input, init);
      }) as typeof fetch,
    });
    expect(fetched).toEqual(['manifest.json', '2025-02.json', '2025-03.json', '2025-04.json', '2025-01.json']);
  });
});
