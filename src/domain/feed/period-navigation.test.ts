import { describe, expect, it } from 'vitest';
import { parsePeriod, periodContaining } from './period.ts';
import { adjacentPeriod, datesInPeriod, nearestDate, switchPeriodKind } from './period-navigation.ts';

// Thu 2 Oct, Fri 3 Oct, Mon 6 Oct, then a gap to 3 Nov.
const dates = ['2025-09-30', '2025-10-02', '2025-10-03', '2025-10-06', '2025-11-03'];

describe('adjacentPeriod', () => {
  it('skips days without papers (a weekend) both ways', () => {
    const friday = periodContaining('day', '2025-10-03');
    expect(adjacentPeriod(friday, dates, 1)?.key).toBe('2025-10-06');
    expect(adjacentPeriod(periodContaining('day', '2025-10-06'), dates, -1)?.key).toBe('2025-10-03');
  });

  it('works from a day that has no papers itself', () => {
    const saturday = periodContaining('day', '2025-10-04');
    expect(adjacentPeriod(saturday, dates, -1)?.key).toBe('2025-10-03');
    expect(adjacentPeriod(saturday, dates, 1)?.key).toBe('2025-10-06');
  });

  it('skips empty weeks and stops at the ends', () => {
    const week = parsePeriod('week', '2025-W41')!;
    expect(adjacentPeriod(week, dates, 1)?.key).toBe('2025-W45');
    expect(adjacentPeriod(week, dates, -1)?.key).toBe('2025-W40');
    expect(adjacentPeriod(parsePeriod('month', '2025-11')!, dates, 1)).toBeUndefined();
    expect(adjacentPeriod(parsePeriod('month', '2025-09')!, dates, -1)).toBeUndefined();
  });
});

describe('datesInPeriod', () => {
  it('lists the days with papers, newest first', () => {
    expect(datesInPeriod(parsePeriod('week', '2025-W40')!, dates)).toEqual(['2025-10-03', '2025-10-02', '2025-09-30']);
    expect(datesInPeriod(parsePeriod('month', '2025-12')!, dates)).toEqual([]);
  });
});

describe('nearestDate', () => {
  it('finds the closest day with papers, the earlier on a tie', () => {
    expect(nearestDate(dates, '2025-10-03')).toBe('2025-10-03');
    expect(nearestDate(dates, '2025-10-05')).toBe('2025-10-06');
    expect(nearestDate(dates, '2025-10-04')).toBe('2025-10-03');
    expect(nearestDate(dates, '2026-01-01')).toBe('2025-11-03');
    expect(nearestDate(dates, '2020-01-01')).toBe('2025-09-30');
    expect(nearestDate([], '2025-10-03')).toBeUndefined();
  });
});

describe('switchPeriodKind', () => {
  it('goes from a day to its week and month, and back to the newest day with papers', () => {
    const day = periodContaining('day', '2025-10-03');
    expect(switchPeriodKind(day, 'week', dates).key).toBe('2025-W40');
    expect(switchPeriodKind(day, 'month', dates).key).toBe('2025-10');
    expect(switchPeriodKind(parsePeriod('month', '2025-10')!, 'day', dates).key).toBe('2025-10-06');
    expect(switchPeriodKind(parsePeriod('month', '2025-12')!, 'day', dates).key).toBe('2025-12-01');
  });
});
