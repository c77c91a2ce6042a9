import { describe, expect, it } from 'vitest';
import { heldKeys, holdListKey, takeHeldKey } from './held-list-keys.ts';

// Each test holds keys on entries of its own: asking with another entry drops the last test's.

describe('held list keys', () => {
  it('are played in the order they were pressed, on the entry they were pressed on', () => {
    holdListKey('1:a', 'j');
    holdListKey('1:a', 'j');
    holdListKey('1:a', 'o');
    expect(heldKeys('1:a')).toEqual(['j', 'j', 'o']);
    takeHeldKey('1:a', false);
    expect(heldKeys('1:a')).toEqual(['j', 'o']);
  });

  it('are dropped when another entry asks (a view reached by a click or the back button)', () => {
    holdListKey('2:a', 'j');
    expect(heldKeys('2:b')).toEqual([]);
    expect(heldKeys('2:a')).toEqual([]);
  });

  it('after a key that leaves the entry, are dropped: they were aimed at a page not yet shown', () => {
    holdListKey('3:a', ']');
    holdListKey('3:a', 'j');
    takeHeldKey('3:a', true);
    expect(heldKeys('3:a')).toEqual([]);
  });
});
