import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { main as convertCorpus } from '../../../scripts/corpus-convert.ts';
import type { Paper } from '../../../src/domain/corpus/paper-schema.ts';
import { arxivOaiDir } from '../../../src/testing/shared-corpus.ts';

/** The recorded three-page OAI-PMH harvest (set cs, 2021-03-20 to 2021-03-30), never copied into the repo. */
export const HARVEST_PAGES = [1, 2, 3].map((n) => join(arxivOaiDir, `trobertson__request${n}.xml`));

export function hasArxivHarvest(): boolean {
  return HARVEST_PAGES.every((file) => existsSync(file));
}

export interface HarvestCorpus {
  dir: string;
  papers: Paper[];
}

/** `corpus:convert` of the harvest into a temporary folder, as a person would make it. */
export async function convertHarvest(): Promise<HarvestCorpus> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-arxiv-corpus-'));
  const log: string[] = [];
  const code = await convertCorpus([...HARVEST_PAGES, '--out', dir], (line) => log.push(line));
  if (code !== 0) throw new Error(`corpus:convert of the harvest failed:\n${log.join('\n')}`);
  const shard = JSON.parse(await readFile(join(dir, '2021-03.json'), 'utf8')) as { papers: Paper[] };
  return { dir, papers: shard.papers };
}

/**
 * Serves that folder as the app's /corpus/ (the build's own files stay as they are), for
 * the page and its workers alike: the app imports it exactly as it would from a server.
 */
export async function serveCorpusFrom(context: BrowserContext, dir: string): Promise<void> {
  await context.route(/\/corpus\/[^/?]+\.json(\?.*)?$/, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    try {
      await route.fulfill({ status: 200, contentType: 'application/json', body: await readFile(join(dir, name), 'utf8') });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
