import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSharedCorpus, hfDailyDir } from '../../testing/shared-corpus.ts';
import { makePaper } from '../../testing/make-paper.ts';
import { readCorpusFile } from './read-corpus-file.ts';
import { paperSchema, type Paper } from './paper-schema.ts';
import { readPlainPaper } from './plain-paper.ts';

/** A value written out with its key order and `undefined` keys, so "the same object" means it. */
function shape(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shape).join(',')}]`;
  if (typeof value === 'object' && value !== null) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${shape(v)}`).join(',')}}`;
  if (value === undefined) return 'undefined';
  if (Object.is(value, -0)) return '-0';
  return JSON.stringify(value) ?? String(value);
}

/** The fast path may only ever agree with zod: accept what zod accepts, giving zod's very output. */
function expectAgrees(input: unknown): boolean {
  const fast = readPlainPaper(input);
  if (fast === undefined) return false;
  const zod = paperSchema.safeParse(input);
  expect(zod.success, `zod rejects what the fast path accepted: ${shape(input).slice(0, 300)} (${zod.error?.issues[0]?.path.join('.')})`).toBe(true);
  expect(shape(fast)).toBe(shape(zod.data));
  return true;
}

const realPapers: Paper[] = [];
if (hasSharedCorpus) {
  for (const file of readdirSync(hfDailyDir).filter((f) => f.endsWith('.json')).sort()) {
    const outcome = readCorpusFile(file, readFileSync(join(hfDailyDir, file), 'utf8'));
    if (outcome.ok) realPapers.push(...outcome.value.papers);
  }
}
const seeds: Paper[] = [
  makePaper({ id: '2510.10001', organization: { name: 'Org', fullname: 'The Org' }, keywords: ['MoE'], githubStars: 3, numComments: 0 }),
  makePaper({ id: '2510.10002', categories: ['cs.CL', 'stat.ML'], version: 2, doi: '10.1/x', journalRef: 'J 1', thumbnail: 'https://x.org/t.png', aiSummary: 'Sum' }),
  ...realPapers.filter((_, i) => i % 50 === 0),
];

const odd = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u200b', '\u200b\u00a0', 'e\u0301', '\ud800', 'x'.repeat(41), 'x'.repeat(301), 'x'.repeat(2_001), 'a'.repeat(65)),
  fc.constantFrom('2025-10-01', '2025-02-30', '1990-01-01', '2999-01-01', '2025-1-1', 'cs.CL', 'CS', 'http://a.b', 'javascript:alert(1)', 'https://' + 'x'.repeat(2_050)),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0, -0, 1.5, 1_000, 1_001, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Infinity, 2 ** 31),
  fc.constantFrom(undefined, null, true, {}, [], ['a'], [1], ['', 'b'], ['\u200b'], { name: 'N' }, { name: ' ' }, { name: 'N', fullname: undefined }, { arxiv: 'https://arxiv.org/abs/1' }, { pdf: 'ftp://x' }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
);
const KEYS = ['id', 'title', 'abstract', 'authors', 'date', 'publishedAt', 'organization', 'upvotes', 'links', 'githubStars', 'keywords', 'aiSummary', 'thumbnail', 'numComments', 'categories', 'version', 'doi', 'journalRef', 'extra', '__proto__'];
const SUB = ['organization.name', 'organization.fullname', 'organization.x', 'links.arxiv', 'links.pdf', 'links.code', 'links.x', 'authors.0', 'keywords.0', 'categories.0'];

function mutate(paper: Paper, edits: readonly { path: string; value: unknown; remove: boolean }[]): unknown {
  const copy = JSON.parse(JSON.stringify(paper)) as Record<string, unknown>;
  for (const { path, value, remove } of edits) {
    const [head, tail] = path.split('.') as [string, string | undefined];
    let target: Record<string, unknown> = copy;
    let key = head;
    if (tail !== undefined) {
      const inner = copy[head];
      if (typeof inner !== 'object' || inner === null) continue;
      target = inner as Record<string, unknown>;
      key = tail;
    }
    if (remove) delete target[key];
    else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

describe('readPlainPaper', () => {
  it('reads every valid seed paper, as zod does', () => {
    for (const paper of seeds) expect(expectAgrees(paper)).toBe(true);
  });

  it.skipIf(!hasSharedCorpus)('reads every paper of the real corpus, as zod does', () => {
    expect(realPapers.length).toBeGreaterThan(1000);
    for (const paper of realPapers) expect(expectAgrees(paper)).toBe(true);
  });

  it('never accepts what zod rejects, nor gives another object, on mutated papers', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.record({ path: fc.constantFrom(...KEYS, ...SUB), value: odd, remove: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        (paper, edits) => {
          runs++;
          if (expectAgrees(mutate(paper, edits))) accepted++;
        },
      ),
      { numRuns: 3_000 },
    );
    // Not vacuous: some mutations stay valid (an extra key, a valid value) and take the fast path.
    expect(accepted).toBeGreaterThan(runs / 20);
  }, 120_000);

  it('leaves anything that is not a plain object to zod', () => {
    for (const input of [null, undefined, 1, 'paper', [], [seeds[0]], new Date()]) expect(readPlainPaper(input)).toBeUndefined();
  });
});
