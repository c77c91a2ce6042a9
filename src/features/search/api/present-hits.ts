import { containsPhrase, highlightRanges, makeExcerpt } from '../../../domain/search/excerpt.ts';
import type { ParsedQuery } from '../../../domain/search/query-parser.ts';
import type { QueryOutcome } from '../../../domain/search/run-query.ts';
import type { SearchIndex } from '../../../domain/search/search-index.ts';
import type { RankedHit, SearchHitView } from '../../../domain/search/search-types.ts';
import type { AbstractCache, AbstractRef } from './abstract-cache.ts';
import type { OrgOption } from './search-protocol.ts';

/**
 * Turns ranked hits into what the page shows: exact phrases checked against title and
 * abstract, then the first `limit` with highlighted titles and abstract excerpts.
 */
export async function presentHits(index: SearchIndex, outcome: QueryOutcome, query: ParsedQuery, limit: number, abstracts: AbstractCache, mutes?: { ids: ReadonlySet<string>; show: boolean }) {
  let hits: RankedHit[] = outcome.hits;
  let total = outcome.total;
  let muted = 0;
  const segments = index.live;
  const refOf = ({ segment, doc }: RankedHit): AbstractRef => {
    const live = segments[segment]!;
    return { date: live.data.dates[doc]!, id: live.data.ids[doc]!, position: live.dayPosition(doc) };
  };
  if (query.phrases.length) {
    const kept: RankedHit[] = [];
    for (const [i, hit] of hits.entries()) {
      if (i % 256 === 0) await abstracts.load(hits.slice(i, i + 256).map(refOf));
      const data = segments[hit.segment]!.data;
      const title = data.titles[hit.doc]!;
      const pending = query.phrases.filter((p) => !containsPhrase(title, p));
      if (!pending.length) kept.push(hit);
      else {
        const abstract = await abstracts.get(refOf(hit));
        if (pending.every((p) => containsPhrase(abstract, p))) kept.push(hit);
      }
    }
    hits = kept;
    if (mutes) {
      hits = kept.filter((hit) => {
        if (!mutes.ids.has(segments[hit.segment]!.data.ids[hit.doc]!)) return true;
        muted++;
        return mutes.show;
      });
    }
    total = hits.length;
  }
  const marked = new Set([...outcome.matchedTerms, ...query.phrases.flat()]);
  const views: SearchHitView[] = [];
  const shown = hits.slice(0, limit);
  await abstracts.load(shown.map(refOf));
  for (const hit of shown) {
    const data = segments[hit.segment]!.data;
    const { doc } = hit;
    const title = data.titles[doc]!;
    const excerpt = makeExcerpt(await abstracts.get(refOf(hit)), marked);
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
      full: hit.full,
    });
  }
  return { hits: views, total, muted };
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
