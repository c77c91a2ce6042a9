import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { FollowCounter } from './follow-counter.ts';
import { makeFollow, makeMute } from './follow-types.ts';

const hf = { name: 'huggingface', fullname: 'Hugging Face' };
const day1 = [
  makePaper({ id: '2510.00001', date: '2025-10-01', title: 'Diffusion models for video', authors: ['Ada Lovelace'], organization: hf }),
  makePaper({ id: '2510.00002', date: '2025-10-01', title: 'Sparse attention', abstract: 'We study large language models.', authors: ['Alan Turing'] }),
];
const day2 = [
  makePaper({ id: '2510.00003', date: '2025-10-02', title: 'Video diffusion at scale', authors: ['Grace Hopper', 'Ada Lovelace'], upvotes: 30 }),
  makePaper({ id: '2510.00004', date: '2025-10-02', title: 'Robots', authors: ['Alan Turing'], organization: hf }),
];

function counter() {
  const c = new FollowCounter();
  c.setDay('2025-10-01', day1);
  c.setDay('2025-10-02', day2);
  return c;
}

const ada = makeFollow('author', 'Ada Lovelace', 'Ada Lovelace', 1);
const org = makeFollow('org', 'huggingface', 'Hugging Face', 1);
const search = makeFollow('search', 'q=video+diffusion', '“video diffusion”', 1);

describe('FollowCounter', () => {
  it('counts the papers of author, organization and search follows, all unread at first', () => {
    const c = counter();
    c.setFollows([ada, org, search]);
    expect(c.counts()).toEqual({
      [ada.id]: { total: 2, unread: 2, fresh: 0 },
      [org.id]: { total: 2, unread: 2, fresh: 0 },
      [search.id]: { total: 2, unread: 2, fresh: 0 },
    });
  });

  it('drops read papers from unread, and counts days after the last opening as new', () => {
    const c = counter();
    c.setFollows([{ ...ada, seenNewestDay: '2025-10-01' }, org]);
    c.setRead(new Set(['2510.00001', '2510.00004']));
    const counts = c.counts();
    expect(counts[ada.id]).toEqual({ total: 2, unread: 1, fresh: 1 });
    expect(counts[org.id]).toEqual({ total: 2, unread: 0, fresh: 0 });
    // Paper 3 is Ada's, paper 1 is read: the header counts each unread paper once.
    c.setRead(new Set());
    expect(c.distinctUnread()).toBe(3);
  });

  it('re-matches a changed day only, and forgets a removed one', () => {
    const c = counter();
    c.setFollows([ada, search]);
    c.setDay('2025-10-03', [makePaper({ id: '2510.00005', date: '2025-10-03', title: 'More video diffusion', authors: ['Ada Lovelace'] })]);
    expect(c.counts()[ada.id]!.unread).toBe(3);
    expect(c.counts()[search.id]!.unread).toBe(3);
    c.setDay('2025-10-02', []);
    expect(c.counts()[ada.id]!.unread).toBe(2);
    expect(c.papersOf(ada.id).map((p) => p.id)).toEqual(['2510.00005', '2510.00001']);
  });

  it('keeps muted papers out of every count, and lists them only when asked', () => {
    const c = counter();
    c.setFollows([ada, org]);
    c.setMutes([makeMute('author', 'Grace Hopper', 1)]);
    expect(c.counts()[ada.id]).toEqual({ total: 1, unread: 1, fresh: 0 });
    expect(c.papersOf(ada.id, { includeMuted: true })).toHaveLength(2);
    c.setMutes([makeMute('word', 'ROBOTS', 1)]);
    expect(c.counts()[org.id]!.unread).toBe(1);
    expect(c.counts()[ada.id]!.unread).toBe(2);
    c.setMutes([]);
    expect(c.counts()[org.id]!.unread).toBe(2);
  });

  it('adjusts counts for read marks in step with a full recount', () => {
    const c = counter();
    c.setFollows([ada, org, search]);
    c.counts();
    const steps = [new Set(['2510.00001']), new Set(['2510.00001', '2510.00003', '2510.00004']), new Set(['2510.00004']), new Set<string>()];
    for (const read of steps) {
      c.setRead(read);
      const fresh = counter();
      fresh.setFollows([ada, org, search]);
      fresh.setRead(read);
      expect(c.counts()).toEqual(fresh.counts());
      expect(c.distinctUnread()).toBe(fresh.distinctUnread());
    }
  });

  it('reports a saved search that no longer parses instead of counting it', () => {
    const c = counter();
    c.setFollows([makeFollow('search', 'q=the+of&sort=sideways', 'broken', 1)]);
    const [count] = Object.values(c.counts());
    expect(count).toMatchObject({ total: 0, unread: 0 });
    expect(count!.problem).toMatch(/sort order "sideways"/);
  });

  it('honours the filters and scopes of a saved search', () => {
    const c = counter();
    const scoped = makeFollow('search', 'q=diffusion+author%3A%22grace+hopper%22&min=10', 'scoped', 1);
    const excluded = makeFollow('search', 'q=diffusion+-scale&from=2025-10-01&to=2025-10-01', 'excluded', 1);
    const phrase = makeFollow('search', 'q=%22language+models%22', 'phrase', 1);
    c.setFollows([scoped, excluded, phrase]);
    expect(c.papersOf(scoped.id).map((p) => p.id)).toEqual(['2510.00003']);
    expect(c.papersOf(excluded.id).map((p) => p.id)).toEqual(['2510.00001']);
    expect(c.papersOf(phrase.id).map((p) => p.id)).toEqual(['2510.00002']);
  });

  it('lists unread papers before a day for "mark read older than"', () => {
    const c = counter();
    c.setRead(new Set(['2510.00002']));
    expect(c.unreadBefore('2025-10-02')).toEqual(['2510.00001']);
  });

  it('keeps counting right when the same follows arrive again, and recounts when one is opened or removed', () => {
    const c = counter();
    c.setFollows([ada, org]);
    expect(c.counts()[ada.id]).toEqual({ total: 2, unread: 2, fresh: 0 });
    c.setFollows([{ ...ada }, { ...org }]);
    c.setRead(new Set(['2510.00003']));
    expect(c.counts()[ada.id]).toEqual({ total: 2, unread: 1, fresh: 0 });
    // 00001 (both follows) and 00004 (the organization's): each once.
    expect(c.distinctUnread()).toBe(2);
    c.setFollows([{ ...ada, seenNewestDay: '2025-10-01' }, org]);
    expect(c.counts()[ada.id]).toEqual({ total: 2, unread: 1, fresh: 1 });
    c.setFollows([org]);
    expect(Object.keys(c.counts())).toEqual([org.id]);
    expect(c.distinctUnread()).toBe(2);
  });
});
