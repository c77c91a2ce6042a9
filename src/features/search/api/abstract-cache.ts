import { readAbstracts, type AbstractRef } from '../../../db/abstract-pages-repo.ts';

export type { AbstractRef };

/**
 * Characters kept between searches: the abstracts of recent results, so paging through
 * results or refining a query does not read the same pages again. Not a copy of the corpus
 * (that was ~160M characters with its own page store and invalidation): the table of
 * abstract pages is the one source, read one small page per result.
 */
const MAX_CHARS = 4_000_000;

/** Reads abstracts for excerpts and exact-phrase checks; forgets them all whenever papers change. */
export class AbstractCache {
  private readonly byId = new Map<string, string>();
  private chars = 0;
  /** Bumped when papers change: a read started before is not kept. */
  private generation = 0;

  constructor(private readonly read: (refs: readonly AbstractRef[]) => Promise<Map<string, string>> = readAbstracts) {}

  get size(): number {
    return this.byId.size;
  }

  /** Makes the abstracts of `refs` available (one read for those not held). */
  async load(refs: readonly AbstractRef[]): Promise<void> {
    const missing = refs.filter((ref) => !this.byId.has(ref.id));
    if (!missing.length) return;
    const generation = this.generation;
    const found = await this.read(missing);
    if (generation !== this.generation) return;
    if (this.chars > MAX_CHARS) this.clear();
    for (const [id, text] of found) {
      if (this.byId.has(id)) continue;
      this.byId.set(id, text);
      this.chars += text.length;
    }
  }

  /** The abstract of `ref` ('' when the paper is no longer stored). */
  async get(ref: AbstractRef): Promise<string> {
    if (!this.byId.has(ref.id)) await this.load([ref]);
    return this.byId.get(ref.id) ?? '';
  }

  /** Papers changed: nothing held may be served again. */
  forget(): void {
    this.generation++;
    this.clear();
  }

  private clear(): void {
    this.byId.clear();
    this.chars = 0;
  }
}
