import type { Citable } from './citable.ts';

export interface LibraryWork {
  id: string;
  createdAt: number;
  work: Citable;
  collectionIds: string[];
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();

/** Imported works a library view shows, newest first: the same filter as bookmarks (no read state). */
export function filterLibraryItems<T extends LibraryWork>(items: readonly T[], filter: { query: string; collectionId: string; unreadOnly?: boolean }): T[] {
  if (filter.unreadOnly) return [];
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return items
    .filter((item) => !filter.collectionId || item.collectionIds.includes(filter.collectionId))
    .filter((item) => {
      if (!words.length) return true;
      const w = item.work;
      const haystack = fold([w.title, w.authors.join(' '), w.container ?? '', w.doi ?? '', w.arxivId ?? '', w.abstract ?? '', String(w.issued?.[0] ?? '')].join('\n'));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}
