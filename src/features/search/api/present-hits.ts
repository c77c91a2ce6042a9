import { readAbstractsOfDays } from '../../../db/search-source-repo.ts';
import { containsPhrase, highlightRanges, makeExcerpt } from '../../../domain/search/excerpt.ts';
import type { ParsedQuery } from '../../../domain/search/query-parser.ts';
import type { QueryOutcome } from '../../../domain/search/run-query.ts';
import type { SearchIndex } from '../../../domain/search/search-index.ts';
import type { RankedHit, SearchHitView } from '../../../domain/search/search-types.ts';
import type { OrgOption } from './search-protocol.ts';

/**
 * How many abstract characters the worker keeps: every abstract of a 100k corpus fits
 * (~125M characters, one byte each for Latin-1 text). Reading day rows for excerpts was the
 * largest per-keystroke cost at 100k (20 rows of ~800 KB per keystroke, ~100 ms); with the
 * abstracts in memory a keystroke reads nothing. A trade of memory for latency, on purpose.
 */
const MAX_CHARS = 160_000_000;
/** Days read per request when many are missing (phrase checks over many candidates). */
const DAYS_PER_READ = 32;
/** Days per background read: small, so a query waits at most one short read. */
const DAYS_PER_PREFETCH = 4;

/**
 * Abstracts by day and paper id. Filled in the background once the index is ready, and on
 * demand before that; least recently used days go first when over budget.
 */
export class AbstractCache {
  private readonly byDay = new Map<string, Map<string, string>>();
  private readonly sizes = new Map<string, number>();
  private chars = 0;

  /** Reads the days among `dates` not cached yet. */
  async load(dates: Iterable<string>, perRead = DAYS_PER_READ): Promise<void> {
    const missing = [...new Set(dates)].filter((date) => !this.byDay.has(date));
    for (let i = 0; i < missing.length; i += perRead) {
      const read = await readAbstractsOfDays(missing.slice(i, i + perRead));
      for (const [date, day] of read) this.remember(date, day);
    }
  }

  /**
   * Loads `dates` a few at a time until the budget is full. `waitForQuiet` resolves when no
   * search is running, so someone typing is never queued behind a background read.
   */
  async prefetch(dates: readonly string[], waitForQuiet: () => Promise<void> = async () => {}): Promise<void> {
    for (let i = 0; i < dates.length && this.chars < MAX_CHARS; i += DAYS_PER_PREFETCH) {
      await waitForQuiet();
      await this.load(dates.slice(i, i + DAYS_PER_PREFETCH), DAYS_PER_PREFETCH);
    }
  }

  async get(date: string, id: string): Promise<string> {
    let day = this.byDay.get(date);
    if (!day) {
      await this.load([date]);
      day = this.byDay.get(date) ?? new Map<string, string>();
    }
    this.touch(date, day);
    return day.get(id) ?? '';
  }

  private remember(date: string, day: Map<string, string>): void {
    this.drop(date);
    let size = 0;
    for (const text of day.values()) size += text.length;
    this.byDay.set(date, day);
    this.sizes.set(date, size);
    this.chars += size;
    while (this.chars > MAX_CHARS && this.byDay.size > 1) this.drop(this.byDay.keys().next().value!);
  }

  private touch(date: string, day: Map<string, string>): void {
    this.byDay.delete(date);
    this.byDay.set(date, day);
  }

  private drop(date: string): void {
    if (!this.byDay.delete(date)) return;
    this.chars -= this.sizes.get(date) ?? 0;
    this.sizes.delete(date);
  }

  /** Forgets days an import changed. */
  forget(dates: Iterable<string>): void {
    for (const date of dates) this.drop(date);
  }
}

/**
 * Turns ranked hits into what the page shows: exact phrases checked against title and
 * abstract, then the first `limit` with highlighted titles and abstract excerpts.
 */
export async function presentHits(index: SearchIndex, outcome: QueryOutcome, query: ParsedQuery, limit: number, abstracts: AbstractCache) {
  let hits: RankedHit[] = outcome.hits;
  const segments = index.live;
  if (query.phrases.length) {
    const kept: RankedHit[] = [];
    for (const [i, hit] of hits.entries()) {
      if (i % 256 === 0) await abstracts.load(hits.slice(i, i + 256).map((h) => segments[h.segment]!.data.dates[h.doc]!));
      const data = segments[hit.segment]!.data;
      const title = data.titles[hit.doc]!;
      const pending = query.phrases.filter((p) => !containsPhrase(title, p));
      if (!pending.length) kept.push(hit);
      else {
        const abstract = await abstracts.get(data.dates[hit.doc]!, data.ids[hit.doc]!);
        if (pending.every((p) => containsPhrase(abstract, p))) kept.push(hit);
      }
    }
    hits = kept;
  }
  const marked = new Set([...outcome.matchedTerms, ...query.phrases.flat()]);
  const views: SearchHitView[] = [];
  const shown = hits.slice(0, limit);
  await abstracts.load(shown.map((hit) => segments[hit.segment]!.data.dates[hit.doc]!));
  for (const hit of shown) {
    const data = segments[hit.segment]!.data;
    const { doc } = hit;
    const title = data.titles[doc]!;
    const excerpt = makeExcerpt(await abstracts.get(data.dates[doc]!, data.ids[doc]!), marked);
    views.push({
      id: data.ids[doc]!,
      date: data.dates[doc]!,
      upvotes: data.upvotes[doc]!,
      title,
      titleHighlights: highlightRanges(title, marked),
      authors: data.authors[doc]!,
      org: data.orgs[doc]!,
      orgLabel: data.orgLabels[doc]!,
      excerpt: excerpt.text,
      excerptHighlights: excerpt.highlights,
    });
  }
  return { hits: views, total: hits.length };
}

/** Organizations with their paper counts, most papers first, for the filter. */
export function collectOrgs(index: SearchIndex): OrgOption[] {
  const byName = new Map<string, OrgOption>();
  for (const live of index.live) {
    const { orgs, orgLabels } = live.data;
    orgs.forEach((name, doc) => {
      if (!name || !live.alive[doc]) return;
      const option = byName.get(name) ?? { name, label: orgLabels[doc]!, count: 0 };
      option.count++;
      byName.set(name, option);
    });
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
