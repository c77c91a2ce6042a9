import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from './database.ts';
import { getSeenNewestDay, isRead, markAllRead, markRead, readAmong, recordSeenNewestDay, toggleRead } from './read-state-repo.ts';
import { getDb } from './database.ts';

beforeEach(resetDbForTests);

describe('read state', () => {
  it('marks read once, toggles, and marks a whole day', async () => {
    await markRead('a', 1);
    await markRead('a', 2);
    expect(await getDb().reads.get('a')).toEqual({ paperId: 'a', readAt: 1 });
    expect(await toggleRead('a')).toBe(false);
    expect(await isRead('a')).toBe(false);
    expect(await toggleRead('a')).toBe(true);
    await markAllRead(['a', 'b', 'c'], 5);
    expect(await readAmong(['a', 'b', 'c', 'd'])).toEqual(new Set(['a', 'b', 'c']));
    expect((await getDb().reads.get('a'))?.readAt).not.toBe(5);
  });

  it('remembers the newest day seen, never going back', async () => {
    expect(await getSeenNewestDay()).toBeUndefined();
    await recordSeenNewestDay('2026-01-02');
    await recordSeenNewestDay('2025-12-31');
    expect(await getSeenNewestDay()).toBe('2026-01-02');
  });
});
