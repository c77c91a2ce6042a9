import { describe, expect, it } from 'vitest';
import { closestRealDate, dayHeading, parsePeriod, periodContaining, periodLabel, shortDayLabel, toDateKey, toLocalDate } from './period.ts';

describe('parsePeriod', () => {
  it('reads days, ISO weeks and months', () => {
    expect(parsePeriod('day', '2025-10-03')).toEqual({ kind: 'day', key: '2025-10-03', start: '2025-10-03', end: '2025-10-03' });
    expect(parsePeriod('week', '2025-W40')).toEqual({ kind: 'week', key: '2025-W40', start: '2025-09-29', end: '2025-10-05' });
    expect(parsePeriod('month', '2025-02')).toEqual({ kind: 'month', key: '2025-02', start: '2025-02-01', end: '2025-02-28' });
  });

  it('uses the ISO week-numbering year across New Year', () => {
    expect(parsePeriod('week', '2025-W01')).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
    expect(periodContaining('week', '2027-01-01').key).toBe('2026-W53');
  });

  it('rejects keys that are not real periods', () => {
    for (const [kind, key] of [
      ['day', '2025-02-30'],
      ['day', '2025-2-3'],
      ['day', 'yesterday'],
      ['week', '2025-W54'],
      ['week', '2025-W00'],
      ['month', '2025-13'],
      ['month', '2025-10-03'],
    ] as const) {
      expect(parsePeriod(kind, key), `${kind} ${key}`).toBeUndefined();
    }
  });
});

describe('closestRealDate', () => {
  it('clamps what a broken key most likely meant', () => {
    expect(closestRealDate('day', '2025-02-30')).toBe('2025-02-28');
    expect(closestRealDate('day', '2024-02-31')).toBe('2024-02-29');
    expect(closestRealDate('month', '2025-13')).toBe('2025-12-01');
    expect(closestRealDate('week', '2025-W60')).toBe('2025-12-22');
    expect(closestRealDate('day', 'nonsense')).toBeUndefined();
  });
});

describe('periodLabel', () => {
  it('names each kind of period', () => {
    expect(periodLabel(periodContaining('day', '2025-10-03'))).toBe('Friday, October 3, 2025');
    expect(periodLabel(periodContaining('week', '2025-10-03'))).toBe('Week 40 · Sep 29 – Oct 5, 2025');
    expect(periodLabel(periodContaining('month', '2025-10-03'))).toBe('October 2025');
  });
});

// Keys and labels are made without date-fns' format and parse (issue #18): the same keys and English labels as before.
describe('keys and labels without format and parse', () => {
  it('accepts week 53 only in years that have one, and leap days only in leap years', () => {
    expect(parsePeriod('week', '2026-W53')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(parsePeriod('week', '2025-W53')).toBeUndefined();
    expect(parsePeriod('day', '2024-02-29')).toMatchObject({ start: '2024-02-29' });
    expect(parsePeriod('day', '2025-02-29')).toBeUndefined();
    expect(parsePeriod('day', '2025-10-00')).toBeUndefined();
    expect(parsePeriod('month', '2025-00')).toBeUndefined();
    expect(parsePeriod('month', '2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('names weeks across New Year, days on cards and day headings as before', () => {
    expect(periodLabel(periodContaining('week', '2025-01-01'))).toBe('Week 1 · Dec 30, 2024 – Jan 5, 2025');
    expect(shortDayLabel('2025-09-29')).toBe('Sep 29, 2025');
    expect(dayHeading('2025-10-03')).toBe('Friday, October 3');
    expect(toDateKey(toLocalDate('0099-03-01'))).toBe('0099-03-01');
  });
});
