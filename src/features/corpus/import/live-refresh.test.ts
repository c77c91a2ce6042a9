import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { getPaper, listDatesWithPapers, listPapersByDay } from '../../../db/papers-repo.ts';
import { readCorpusFile } from '../../../domain/corpus/read-corpus-file.ts';
import { hasSharedCorpus, hfDailyDir, SHARED_CORPUS_SUITE } from '../../../testing/shared-corpus.ts';
import { startReplayServer, type ReplayServer } from '../../../../scripts/lib/hf-replay-server.ts';
import { importFiles } from './import-files.ts';
import { liveRefresh } from './live-refresh.ts';

const dayFile = (date: string) => new File([readFileSync(join(hfDailyDir, `${date}.json`), 'utf8')], `${date}.json`);
const noSleep = async () => {};

describe.skipIf(!hasSharedCorpus)(`${SHARED_CORPUS_SUITE}: live refresh`, () => {
  let server: ReplayServer;
  const refresh = (today: string, base = server.url) => liveRefresh(base, today, { emit: () => {}, sleep: noSleep });

  beforeAll(async () => {
    server = await startReplayServer({ dir: hfDailyDir });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await resetDbForTests();
    server.requests.length = 0;
  });

  it('fetches the days after the newest stored day through the same adapter', async () => {
    await importFiles([dayFile('2025-10-27')], { emit: () => {} });
    const report = await refresh('2025-10-31');
    expect(report).toMatchObject({ from: '2025-10-28', to: '2025-10-31', emptyDays: 0, more: false });
    expect(report.days).toEqual([
      { date: '2025-10-28', papers: 36 },
      { date: '2025-10-29', papers: 41 },
      { date: '2025-10-30', papers: 30 },
      { date: '2025-10-31', papers: 29 },
    ]);
    expect(server.requests.every((r) => r.startsWith('/api/daily_papers?date=2025-10-'))).toBe(true);
    const expected = readCorpusFile('2025-10-29.json', readFileSync(join(hfDailyDir, '2025-10-29.json'), 'utf8'));
    if (!expected.ok) throw new Error('unreadable source');
    expect(await listPapersByDay('2025-10-29')).toHaveLength(41);
    expect(await getPaper(expected.value.papers[0]!.id)).toEqual(expected.value.papers[0]);

    // Yesterday and today may still change: asked again; older days are not.
    server.requests.length = 0;
    const again = await refresh('2025-10-31');
    expect(again).toMatchObject({ from: '2025-10-30', added: 0, updated: 0, unchanged: 59 });
  });

  it('remembers weekends it checked, so they are not asked for again', async () => {
    await importFiles([dayFile('2025-10-24')], { emit: () => {} });
    expect(await refresh('2025-10-28')).toMatchObject({ from: '2025-10-25', emptyDays: 2, days: [{ date: '2025-10-27', papers: 26 }, { date: '2025-10-28', papers: 36 }] });
    expect((await refresh('2025-10-28')).from).toBe('2025-10-27');
  });

  it('says the source could not be reached, and changes nothing', async () => {
    await importFiles([dayFile('2025-10-27')], { emit: () => {} });
    const report = await refresh('2025-10-31', 'http://127.0.0.1:9');
    expect(report.failed).toMatchObject({ date: '2025-10-28', kind: 'unreachable' });
    expect(await listDatesWithPapers()).toEqual(['2025-10-27']);
  });

  it('keeps the days before a failing one and names it', async () => {
    await importFiles([dayFile('2025-10-27')], { emit: () => {} });
    server.inject('2025-10-29', { status: 500 }, { status: 500 }, { status: 500 });
    const report = await refresh('2025-10-31');
    expect(report.days).toEqual([{ date: '2025-10-28', papers: 36 }]);
    expect(report.failed).toEqual({ date: '2025-10-29', kind: 'http', reason: 'failed: the source answered 500 Internal Server Error, and still did after 2 retries' });
  });

  it('refuses a source address that is not http(s)', async () => {
    await expect(refresh('2025-10-31', 'javascript:alert(1)')).rejects.toMatchObject({ code: 'bad-source' });
  });
});
