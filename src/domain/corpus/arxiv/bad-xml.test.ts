import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arxivOaiDir, hasArxivRecordings } from '../../../testing/shared-corpus.ts';
import { readCorpusFile } from '../read-corpus-file.ts';
import { MAX_XML_CHARS } from './parse-xml.ts';

const reasonOf = (text: string) => {
  const outcome = readCorpusFile('answer.xml', text);
  return outcome.ok ? undefined : outcome.error.reason;
};

describe('bad arXiv XML', () => {
  it.skipIf(!hasArxivRecordings)('says where a truncated page stops', () => {
    const page = readFileSync(join(arxivOaiDir, 'trobertson__request1.xml'), 'utf8');
    expect(reasonOf(page.slice(0, 1_000_000))).toMatch(/^is not well-formed XML: it ends at line \d+ \(character 1,000,000\) with <OAI-PMH > ListRecords > record > .*> still open; the answer was probably cut off$/);
    expect(reasonOf('<feed><entry><title>A</title></entry><entry><ti')).toBe(
      'is not well-formed XML: it ends at line 1 (character 47) with <feed > entry > ti> still open; the answer was probably cut off',
    );
    expect(reasonOf('<feed><entry></feed>')).toMatch(/^is not well-formed XML: .* at line 1, column \d+/);
  });

  it('names an HTML error page instead of parsing it', () => {
    const html = '<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body><h1>Down</h1></body></html>';
    expect(reasonOf(html)).toBe('is an HTML page ("503 Service Unavailable"), not arXiv XML: an error page or a proxy answered instead of arXiv');
  });

  it('refuses a billion-laughs document quickly and without expanding it', () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE feed [\n${lol}\n]>\n<feed><title>&lol9;</title></feed>`;
    const started = performance.now();
    expect(reasonOf(bomb)).toMatch(/^declares XML entities \(<!ENTITY>\).*billion laughs/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a 50 MB answer by its size, before parsing', () => {
    const big = `<feed><title>${'x'.repeat(50 * 1024 * 1024 - 28)}</title></feed>`;
    expect(big.length).toBeGreaterThan(MAX_XML_CHARS);
    const started = performance.now();
    expect(reasonOf(big)).toBe('is 50 MB, more than the 16 MB an arXiv answer may be; not read');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('names an XML file that is not an arXiv answer', () => {
    expect(reasonOf('<html5><p>hi</p></html5>')).toMatch(/^is XML with a <html5> root, not an arXiv answer/);
  });

  it('reports an OAI-PMH error as such and noRecordsMatch as an empty harvest', () => {
    const oai = (body: string) => `<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-01-01T00:00:00Z</responseDate>${body}</OAI-PMH>`;
    expect(reasonOf(oai('<error code="badResumptionToken">The value of the resumptionToken argument is invalid or expired.</error>'))).toBe(
      'is an OAI-PMH error answer (badResumptionToken: The value of the resumptionToken argument is invalid or expired.)',
    );
    const empty = readCorpusFile('a.xml', oai('<error code="noRecordsMatch">No records</error>'));
    expect(empty.ok && empty.value.papers.length === 0 && (empty.value as { note?: string }).note).toMatch(/noRecordsMatch/);
  });
});

/** Random Atom and OAI documents from arbitrary pieces: every one must give papers or precise problems. */
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('0', '', ' ', '&amp;', '<', ']]>', '2401.00001v2', 'astro-ph/0601001', 'http://arxiv.org/abs/2401.00001v1', '2024-13-40', '2024-01-02T03:04:05Z'));
const escape = (value: string) => value.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;');
const element = (name: string) => fc.option(text.map((value) => `<${name}>${escape(value)}</${name}>`), { nil: '' });

const atomEntry = fc
  .tuple(element('id'), element('title'), element('summary'), element('published'), fc.array(element('author'), { maxLength: 3 }), fc.option(text, { nil: undefined }))
  .map(([id, title, summary, published, authors, category]) =>
    `<entry>${id}${title}${summary}${published}${authors.map((a) => a.replace(/<author>(.*)<\/author>/, '<author><name>$1</name></author>')).join('')}${category === undefined ? '' : `<category term="${escape(category).replace(/"/g, '&quot;')}"/>`}</entry>`,
  );
const oaiRecord = fc
  .tuple(element('identifier'), element('datestamp'), element('title'), element('creator'), element('description'), element('subject'))
  .map(([identifier, datestamp, title, creator, description, subject]) =>
    `<record><header>${identifier}${datestamp}</header><metadata><oai_dc:dc xmlns:oai_dc="x" xmlns:dc="y">${[title, creator, description, subject].map((e) => e.replace(/<(\/?)(\w+)>/g, '<$1dc:$2>')).join('')}</oai_dc:dc></metadata></record>`,
  );

describe('generated arXiv documents', () => {
  it('never throw: each yields papers or problems naming file, entry and field', () => {
    const documents = fc.oneof(
      fc.array(atomEntry, { maxLength: 5 }).map((entries) => `<feed xmlns="http://www.w3.org/2005/Atom">${entries.join('')}</feed>`),
      fc.array(oaiRecord, { maxLength: 5 }).map((records) => `<OAI-PMH><ListRecords>${records.join('')}</ListRecords></OAI-PMH>`),
      // Cut anywhere: truncated answers too.
      fc.tuple(fc.array(atomEntry, { maxLength: 3 }), fc.nat()).map(([entries, cut]) => {
        const full = `<feed>${entries.join('')}</feed>`;
        return full.slice(0, cut % (full.length + 1));
      }),
    );
    fc.assert(
      fc.property(documents, (document) => {
        const outcome = readCorpusFile('generated.xml', document);
        if (!outcome.ok) {
          expect(outcome.error.file).toBe('generated.xml');
          expect(outcome.error.reason.length).toBeGreaterThan(5);
          return;
        }
        const entries = (document.match(/<(entry|record)>/g) ?? []).length;
        expect(outcome.value.papers.length + outcome.value.issues.filter((i) => i.severity === 'skipped').length).toBe(entries);
        for (const issue of outcome.value.issues) {
          expect(issue.file).toBe('generated.xml');
          expect(issue.entry).toBeGreaterThanOrEqual(0);
          expect(issue.field).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
