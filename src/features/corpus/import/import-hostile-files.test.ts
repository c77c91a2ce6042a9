import { beforeEach, describe, expect, it, vi, afterEach } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { getPaper, listDatesWithPapers } from '../../../db/papers-repo.ts';
import { importFiles } from './import-files.ts';

/**
 * Hostile files through the Import page's path (importFiles: bytes → adapter → Dexie),
 * one case per failure of issue #16 (items 5 to 10).
 */
const hfEntry = (id: string, at: string, extra: Record<string, unknown> = {}) => ({
  paper: { id, title: `Paper ${id}`, summary: 'S', authors: [{ name: 'A. Author' }], upvotes: 1, submittedOnDailyAt: at, ...extra },
});
const file = (name: string, body: unknown) => new File([typeof body === 'string' ? body : JSON.stringify(body)], name, { type: 'application/json' });
const run = (files: File[]) => importFiles(files, { emit: () => {} });

beforeEach(async () => {
  await resetDbForTests();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-10-31T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('item 5: a date outside the plausible window is skipped per entry with the reason', () => {
  it('refuses 9999-12-31 and 0001-01-01 and keeps the feed on real days', async () => {
    const report = await run([
      file('hijack.json', [hfEntry('2510.00001', '9999-12-31T00:00:00Z'), hfEntry('2510.00002', '0001-01-01T00:00:00Z'), hfEntry('2510.00003', '2025-10-30T08:00:00Z')]),
    ]);
    expect(report.skipped).toEqual([
      expect.objectContaining({ entry: 0, id: '2510.00001', field: 'paper.submittedOnDailyAt', reason: 'is in the future (after 2025-11-02)' }),
      expect.objectContaining({ entry: 1, id: '2510.00002', field: 'paper.submittedOnDailyAt', reason: 'is before 1991-08-01, when arXiv began' }),
    ]);
    expect(await listDatesWithPapers()).toEqual(['2025-10-30']);
  });

  it('refuses a canonical shard paper dated 9999-12-31', async () => {
    const paper = { id: '2510.00004', title: 'T', abstract: 'A', authors: [], date: '9999-12-31', upvotes: 0, links: {} };
    const report = await run([file('shard.json', { format: 'paperfeed-shard', version: 1, month: '9999-12', papers: [paper] })]);
    expect(report.skipped).toEqual([expect.objectContaining({ id: '2510.00004', field: 'date', reason: 'is in the future (after 2025-11-02)' })]);
    expect(await listDatesWithPapers()).toEqual([]);
  });
});

describe('item 6: an impossible date is refused, never rolled over', () => {
  it('skips submittedOnDailyAt 2025-02-30 instead of storing it on 2025-03-02', async () => {
    const report = await run([file('2025-03-02.json', [hfEntry('2502.00001', '2025-02-30T00:00:00Z'), hfEntry('2502.00002', '2025-02-28T25:00:00Z')])]);
    expect(report.skipped.map((x) => [x.id, x.field, x.reason])).toEqual([
      ['2502.00001', 'paper.submittedOnDailyAt', 'names a day or time that does not exist (2025-02-30T00:00:00Z)'],
      ['2502.00002', 'paper.submittedOnDailyAt', 'names a day or time that does not exist (2025-02-28T25:00:00Z)'],
    ]);
    expect(await listDatesWithPapers()).toEqual([]);
  });
});

describe('item 7: text is normalised, then checked for emptiness', () => {
  it('skips a title of zero-width and bidi characters; cleans invisibles out of the others', async () => {
    const report = await run([
      file('2025-10-01.json', [
        hfEntry('2510.00005', '2025-10-01T08:00:00Z', { title: '\u200B\u200C\u2060\u202E\uFEFF\u3164' }),
        hfEntry('2510.00006', '2025-10-01T08:00:00Z', { title: 'Cafe\u0301 \u200Bzero\u0007 \uD800lone', summary: 'ok\u202Egnp.exe' }),
      ]),
    ]);
    expect(report.skipped).toEqual([expect.objectContaining({ id: '2510.00005', field: 'paper.title', reason: 'is empty' })]);
    const kept = await getPaper('2510.00006');
    expect(kept?.title).toBe('Café zero \uFFFDlone');
    expect(kept?.abstract).toBe('okgnp.exe');
  });
});

describe('item 8: only the id forms that exist are paper ids', () => {
  it('refuses path-like and dotted ids, accepts arXiv (new and old) and Hugging Face slugs', async () => {
    const ids = ['a/../../etc/passwd', 'x.y', '2510.00007v2', 'hep-th/9901001', 'math.GT/0309136v1', 'hf-paper_1', '..'];
    const report = await run([file('2025-10-02.json', ids.map((id) => hfEntry(id, '2025-10-02T08:00:00Z')))]);
    expect(report.skipped.map((x) => [x.entry, x.field])).toEqual([
      [0, 'paper.id'],
      [1, 'paper.id'],
      [6, 'paper.id'],
    ]);
    expect(report.skipped[0]!.reason).toMatch(/^must be an arXiv id/);
    expect(await getPaper('math.GT/0309136v1')).toBeDefined();
  });
});

describe('item 9: files are decoded as UTF-8 strictly', () => {
  it('refuses a Latin-1 file with the byte offset, and stores nothing of it', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('[{"paper":{"id":"2510.00008","title":"Caf'), 0xe9, ...new TextEncoder().encode('"}}]')]);
    const report = await run([new File([latin1], '2025-10-03.json')]);
    expect(report.fileErrors).toEqual([{ file: '2025-10-03.json', reason: expect.stringContaining('is not UTF-8 text: the bytes at offset 41 (0xE9 0x22 0x7D)') }]);
    expect(await getPaper('2510.00008')).toBeUndefined();
  });

  it('still reads UTF-8 with a byte-order mark, and UTF-16 with one', async () => {
    const json = JSON.stringify([hfEntry('2510.00009', '2025-10-03T08:00:00Z', { title: 'Café ☕' })]);
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, json.charCodeAt(i), true);
    const report = await run([new File([new Uint8Array([0xef, 0xbb, 0xbf]), json], 'a.json'), new File([utf16], 'b.json')]);
    expect(report.fileErrors).toEqual([]);
    expect((await getPaper('2510.00009'))?.title).toBe('Café ☕');
  });
});

describe('item 10: a paper in two files on the same day with different content', () => {
  it('keeps the version with more upvotes whatever the order, and reports the conflict', async () => {
    const low = hfEntry('2510.00010', '2025-10-04T08:00:00Z', { upvotes: 3, title: 'Old title' });
    const high = hfEntry('2510.00010', '2025-10-04T08:00:00Z', { upvotes: 7, title: 'New title' });
    const report = await run([file('a.json', [high]), file('b.json', [low])]);
    expect((await getPaper('2510.00010'))?.title).toBe('New title');
    expect(report.skipped).toEqual([
      expect.objectContaining({ file: 'b.json', entry: 0, id: '2510.00010', reason: expect.stringMatching(/^is also in a\.json, entry 0, on the same day \(2025-10-04\) with different content; that version was kept/) }),
    ]);
    await resetDbForTests();
    const reverse = await run([file('a.json', [low]), file('b.json', [high])]);
    expect((await getPaper('2510.00010'))?.title).toBe('New title');
    expect(reverse.skipped).toEqual([expect.objectContaining({ file: 'a.json', id: '2510.00010' })]);
  });
});
