import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Paper } from '../../../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../../../src/domain/corpus/read-corpus-file.ts';
import { sharedHfDailyDir } from '../support/paths.ts';

/** The real papers, read from the shared corpus at test time (never copied), earliest day kept. */
export async function readRealPapers(): Promise<Paper[]> {
  const byId = new Map<string, Paper>();
  for (const file of (await readdir(sharedHfDailyDir)).filter((f) => f.endsWith('.json')).sort()) {
    const outcome = readCorpusFile(file, await readFile(join(sharedHfDailyDir, file), 'utf8'));
    if (outcome.ok) for (const paper of outcome.value.papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
  }
  return [...byId.values()];
}

/** The recommendation views, by role and name. */
export class RecommendModel {
  constructor(readonly page: Page) {}

  /** Opens a paper's page (a full load) and presses one of its buttons. */
  async pressOnPaper(origin: string, id: string, button: 'Bookmark' | 'More like this' | 'Less like this'): Promise<void> {
    await this.page.goto(new URL(`papers/${encodeURIComponent(id)}`, origin).href);
    const toggle = this.page.getByRole('main').getByRole('button', { name: button, exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }

  /** The ids of the ranked cards shown, best first (`data-rank`), up to `count`. */
  async topIds(count: number): Promise<string[]> {
    const cards = this.page.getByRole('main').locator('article[data-rank]');
    await expect(cards.first()).toBeVisible({ timeout: 60_000 });
    const ranked = await cards.evaluateAll((nodes) =>
      nodes.map((n) => ({ rank: Number(n.getAttribute('data-rank')), id: n.getAttribute('data-paper-id') ?? '' })),
    );
    return ranked.sort((a, b) => a.rank - b.rank).slice(0, count).map((r) => r.id);
  }

  /** Waits until the worker has trained on `positives` positives. */
  async expectTrainedOn(positives: number): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-recommend-positives', String(positives), { timeout: 90_000 });
  }

  similarSection(): Locator {
    return this.page.getByRole('region', { name: 'Similar papers' });
  }
}
