/**
 * A JSON Schema of CSL-JSON (CSL 1.0.2 data model: item types, and the standard, number,
 * name and date variables, each with its value shape), for tests of our CSL export.
 *
 * Why written here: the official schema (csl-data.json, in the citation-style-language
 * schema repository) is not published on npm, and this project installs from the npm
 * registry only. This one follows the 1.0.2 specification's lists of types and variables
 * and is stricter than the official one about unknown variables, so a typo in a field
 * name fails the test instead of being silently ignored by Zotero or Pandoc.
 */
const TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
];

const STANDARD = [
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority',
  'call-number', 'citation-key', 'citation-label', 'collection-title', 'container-title', 'container-title-short',
  'dimensions', 'division', 'DOI', 'event', 'event-title', 'event-place', 'genre', 'ISBN', 'ISSN', 'jurisdiction',
  'keyword', 'language', 'license', 'medium', 'note', 'original-publisher', 'original-publisher-place',
  'original-title', 'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-genre',
  'reviewed-title', 'scale', 'section', 'source', 'status', 'title', 'title-short', 'URL', 'version',
  'year-suffix', 'categories',
];
const NUMBERS = [
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue',
  'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part-number',
  'printing-number', 'supplement-number', 'volume',
];
const NAMES = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator',
  'director', 'editor', 'editorial-director', 'executive-producer', 'guest', 'host', 'illustrator', 'interviewer',
  'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient', 'reviewed-author',
  'script-writer', 'series-creator', 'translator',
];
const DATES = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];

const name = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    family: { type: 'string' },
    given: { type: 'string' },
    'dropping-particle': { type: 'string' },
    'non-dropping-particle': { type: 'string' },
    suffix: { type: 'string' },
    'comma-suffix': { type: ['string', 'number', 'boolean'] },
    'static-ordering': { type: ['string', 'number', 'boolean'] },
    literal: { type: 'string' },
    'parse-names': { type: ['string', 'number', 'boolean'] },
  },
};

const datePart = { type: ['string', 'number'] };
const date = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'date-parts': { type: 'array', minItems: 1, maxItems: 2, items: { type: 'array', minItems: 1, maxItems: 3, items: datePart } },
    season: { type: ['string', 'number'] },
    circa: { type: ['string', 'number', 'boolean'] },
    literal: { type: 'string' },
    raw: { type: 'string' },
    edtf: { type: 'string' },
  },
};

const properties: Record<string, unknown> = {
  id: { type: ['string', 'number'] },
  type: { type: 'string', enum: TYPES },
  custom: { type: 'object' },
};
for (const v of STANDARD) properties[v] = { type: ['string', 'number'] };
for (const v of NUMBERS) properties[v] = { type: ['string', 'number'] };
for (const v of NAMES) properties[v] = { type: 'array', items: name };
for (const v of DATES) properties[v] = date;

export const cslDataSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  description: 'CSL-JSON items (CSL 1.0.2 data model)',
  type: 'array',
  items: { type: 'object', required: ['id', 'type'], additionalProperties: false, properties },
};
