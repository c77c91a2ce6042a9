import { describe, expect, it } from 'vitest';
import { detectJsonFormat, isJsonLinesName, jsonErrorOffset, looksLikeJsonLines, parseJson, type DetectedFormat } from './detect-format.ts';

/** A file's format as the import tells it: the name decides for .jsonl, else the content. */
function detectFormat(fileName: string, text: string): DetectedFormat {
  if (isJsonLinesName(fileName)) return { format: 'arxiv-jsonl' };
  const parsed = parseJson(text);
  if (parsed.ok) return detectJsonFormat(parsed.value);
  return looksLikeJsonLines(text) ? { format: 'arxiv-jsonl' } : { format: 'unknown', reason: parsed.reason };
}

const hfEntry = { paper: { id: '2510.02314', title: 'T' }, title: 'T' };
const canonicalPaper = { id: 'p1', title: 'T', abstract: '', authors: [], date: '2025-01-02', upvotes: 0, links: {} };
const arxivRecord = { id: '0704.0001', authors: 'A. B', versions: [{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' }] };

describe('detectFormat', () => {
  it.each([
    ['2025-02-08.json', '1', 'hf-daily'],
    ['2025-10-03.json', JSON.stringify([hfEntry], null, 4), 'hf-daily'],
    ['2025-10-04.json', '[]', 'hf-daily'],
    ['2025-10.json', JSON.stringify({ format: 'paperfeed-shard', version: 1, month: '2025-10', papers: [] }), 'canonical'],
    ['papers.json', JSON.stringify([canonicalPaper]), 'canonical'],
    ['manifest.json', JSON.stringify({ format: 'paperfeed-corpus', version: 1, name: 'x', shards: [] }), 'manifest'],
    ['sample.jsonl', 'anything at all', 'arxiv-jsonl'],
    ['snapshot.json', `${JSON.stringify(arxivRecord)}\n${JSON.stringify(arxivRecord)}`, 'arxiv-jsonl'],
    ['one-record.json', JSON.stringify(arxivRecord), 'arxiv-jsonl'],
  ])('%s is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toEqual({ format });
  });

  it.each([
    ['not JSON', 'hello', /^is not valid JSON: Unexpected token 'h' at line 1, column 1 \(position 0\)$/],
    ['an object of another kind', '{"error": "Not found"}', /^is an object with keys error, which is not a paperfeed shard/],
    ['a string', '"1"', /^holds a string \("1"\), not papers$/],
    ['a list of numbers', '[1, 2]', /^is a list, but holds no objects \(first item: number 1\)$/],
    ['a list of other objects', '[{"name": "x"}]', /neither Hugging Face daily entries .* nor canonical papers/],
  ])('says why %s is unknown', (_, text, reason) => {
    expect(detectFormat('x.json', text)).toEqual({ format: 'unknown', reason: expect.stringMatching(reason) });
  });
});

describe('parseJson', () => {
  it('gives line and column of a syntax error', () => {
    expect(parseJson('[\n    {"a": 1},\n    {"b": x}\n]')).toEqual({
      ok: false,
      reason: "is not valid JSON: Unexpected token 'x' at line 3, column 11 (position 26)",
    });
  });

  it('places a truncated file at its end', () => {
    expect(parseJson('[{"a": 1}')).toMatchObject({ ok: false, reason: expect.stringContaining('(position 9)') });
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', undefined],
    [' [1, -2.5e3, "x\\u00e9", true, null, {}] ', undefined],
    ['[1, 2,]', 6],
    ['{a: 1}', 1],
    ['[01]', 2],
    ['"a\nb"', 2],
    ['[1] 2', 4],
    ['', 0],
  ])('%j fails at %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
