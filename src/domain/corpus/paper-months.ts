/**
 * The corpus months (`YYYY-MM`) most likely to hold a paper, from its id alone: a new-style
 * arXiv id names the month it was submitted (`2510.01234` → October 2025), and a paper is
 * featured within days of that, so that month and the next. Empty for any other id.
 */
export function likelyMonthsOf(id: string): string[] {
  const match = /^(\d{2})(\d{2})\.\d{4,5}(v\d+)?$/.exec(id);
  if (!match) return [];
  const year = 2000 + Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return [];
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  const name = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  return [name(year, month), name(next[0]!, next[1]!)];
}
