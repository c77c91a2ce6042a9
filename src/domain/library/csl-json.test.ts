import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cslDataSchema } from '../../testing/csl-data-schema.ts';
import { makePaper } from '../../testing/make-paper.ts';
import type { Paper } from '../corpus/paper-schema.ts';
import { citableFromPaper } from './citable.ts';
import { citablesToCslJson, cslName } from './csl-json.ts';

const toCslJson = (papers: readonly Paper[]) => citablesToCslJson(papers.map(citableFromPaper));

const validate = new Ajv({ allErrors: true, strict: false }).compile(cslDataSchema);

describe('toCslJson', () => {
  const papers = [
    makePaper({ id: '2510.00001', title: 'Sets {A} & $x$', authors: ['José Müller', 'Jan van der Berg Jr.', 'DeepMind'], publishedAt: '2025-10-01T12:00:00.000Z' }),
    makePaper({ id: 'hf-2', authors: [], links: { huggingface: 'https://huggingface.co/papers/hf-2' } }),
  ];

  it('is valid CSL-JSON', () => {
    const items = JSON.parse(JSON.stringify(toCslJson(papers)));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects what CSL does not allow', () => {
    expect(validate([{ id: 'x', type: 'preprint-ish', title: 'T' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'article', author: [{ surname: 'A' }] }])).toBe(false);
  });

  it('keeps titles as they are and splits names into CSL parts', () => {
    const [first, second] = toCslJson(papers);
    expect(first).toMatchObject({
      id: 'mullerSetsX2025',
      type: 'article',
      title: 'Sets {A} & $x$',
      number: '2510.00001',
      publisher: 'arXiv',
      DOI: '10.48550/arXiv.2510.00001',
      URL: 'https://arxiv.org/abs/2510.00001',
      issued: { 'date-parts': [[2025, 10, 1]] },
    });
    expect(first!.author).toEqual([
      { family: 'Müller', given: 'José' },
      { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der', suffix: 'Jr.' },
      { literal: 'DeepMind' },
    ]);
    expect(second).toMatchObject({ URL: 'https://huggingface.co/papers/hf-2', author: [] });
    expect(second!.DOI).toBeUndefined();
  });

  it('names with a comma stay whole', () => {
    expect(cslName('Smith, John')).toEqual({ literal: 'Smith, John' });
  });
});
