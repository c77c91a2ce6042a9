import { listPapersByCategory } from '../../../db/category-repo.ts';

/**
 * The ids of the papers in the arXiv categories a search asks for (`cat:cs.CL`, or the
 * category filter), read from the day rows' category index. Several categories narrow
 * together (a paper must be in each). Kept for the index version it was read at, so
 * typing more words in the same category does not read the rows again.
 */
export class CategoryIds {
  private cached: { key: string; ids: ReadonlySet<string> } | undefined;

  async idsIn(names: readonly string[], version: number): Promise<ReadonlySet<string> | undefined> {
    if (names.length === 0) return undefined;
    const key = `${version}\u0000${[...new Set(names)].sort().join('\u0000')}`;
    if (this.cached?.key === key) return this.cached.ids;
    let ids: Set<string> | undefined;
    for (const name of new Set(names)) {
      const inCategory = new Set((await listPapersByCategory(name)).map((paper) => paper.id));
      ids = ids ? new Set([...ids].filter((id) => inCategory.has(id))) : inCategory;
    }
    this.cached = { key, ids: ids! };
    return ids;
  }
}
