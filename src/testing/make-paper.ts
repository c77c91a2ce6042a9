import type { Paper } from '../domain/corpus/paper-schema.ts';

let counter = 0;

/** A valid canonical paper; override what the test is about. */
export function makePaper(overrides: Partial<Paper> = {}): Paper {
  counter++;
  const id = overrides.id ?? `2510.${String(10000 + counter).padStart(5, '0')}`;
  return {
    id,
    title: `Paper ${counter}`,
    abstract: `Abstract of paper ${counter}.`,
    authors: ['Ada Lovelace', 'Alan Turing'],
    date: '2025-10-03',
    upvotes: 1,
    links: { arxiv: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` },
    ...overrides,
  };
}
