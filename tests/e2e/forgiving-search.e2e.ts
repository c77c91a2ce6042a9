import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../../src/domain/corpus/read-corpus-file.ts';
import { isSearchable, tokenize } from '../../src/domain/search/normalize.ts';
import { expect, test } from './support/fixtures.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING, sharedHfDailyDir } from './support/paths.ts';
import { SearchPageModel } from './pages/search-page.ts';

// Issue #15 acceptance, on the real Hugging Face corpus served at realUrl.

/** A real paper, read from the shared corpus at test time (never copied into the repo). */
async function realPaper(day: string, id: string): Promise<Paper> {
  const outcome = readCorpusFile(`${day}.json`, await readFile(join(sharedHfDailyDir, `${day}.json`), 'utf8'));
  if (!outcome.ok) throw new Error(outcome.error.reason);
  const paper = outcome.value.papers.find((p) => p.id === id);
  if (!paper) throw new Error(`${id} is not in ${day}.json`);
  return paper;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('search that forgives wording, on the real corpus', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('a seven-word description finds its paper, though some of its words are not in the paper', async ({ page }) => {
    // SageAttention3; the description is the first 7 content words of its ai_summary (not searchable).
    const paper = await realPaper('2025-05-21', '2505.11594');
    const words = tokenize(paper.aiSummary ?? '').filter((t) => isSearchable(t) && /\p{L}/u.test(t)).slice(0, 7);
    expect(words).toHaveLength(7);
    const own = new Set(tokenize([paper.title, paper.abstract, ...paper.authors, ...(paper.keywords ?? []), paper.organization?.name ?? ''].join(' ')));
    expect(words.filter((word) => !own.has(word)).length).toBeGreaterThan(0);

    const search = new SearchPageModel(page);
    await search.openApp();
    await search.type(words.join(' '));
    await search.settled();
    const top10 = (await search.titles()).slice(0, 10).map(oneLine);
    expect(top10).toContain(oneLine(paper.title));
  });

  test('"mesa task" finds the paper that writes "MesaTask", and "tool calling" finds "Tool Calls"', async ({ page }) => {
    // The real corpus has no "MapTask"; "MesaTask" is the same kind of camel-case compound.
    const search = new SearchPageModel(page);
    await search.openApp();
    await search.type('mesa task');
    await search.settled();
    await expect(search.results.first()).toHaveAccessibleName(/^MesaTask: /);

    await search.box.fill('');
    await search.type('tool calling');
    await search.settled();
    expect((await search.titles()).slice(0, 20).some((title) => /Tool Calls/.test(title))).toBe(true);
  });

  test('a word matching nothing still finds the papers matching the others, full matches first', async ({ page }) => {
    const search = new SearchPageModel(page);
    await search.openApp();
    await search.type('splatting poisoning qzxvw');
    const status = await search.settled();
    expect(status).toMatch(/^\d+ papers? match(?:es)? every word, [\d,]+ more match some; nothing matches “qzxvw”$/);
    await expect(search.results.first()).toHaveAccessibleName(/^StealthAttack: /);
    const full = Number(status.match(/^\d+/)![0]);
    // Where the partial matches begin, the list says so; every paper above matches both words.
    const list = page.getByRole('region', { name: 'Search results' }).getByRole('listitem');
    const divider = list.filter({ hasText: /^Matching some of the words$/ });
    await expect(divider).toHaveCount(1);
    const items = await list.allTextContents();
    expect(items.indexOf('Matching some of the words')).toBe(full);
    expect(await search.results.count()).toBeGreaterThan(full);
  });
});
