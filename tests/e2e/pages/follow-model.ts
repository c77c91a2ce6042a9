import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Paper } from '../../../src/domain/corpus/paper-schema.ts';
import { readCorpusFile } from '../../../src/domain/corpus/read-corpus-file.ts';
import { sharedHfDailyDir } from '../support/paths.ts';

/** The /following page by role and name. */
export class FollowingModel {
  readonly list: Locator;
  readonly headerLink: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Follows' });
    this.headerLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Following/ });
  }

  async open(): Promise<void> {
    await this.headerLink.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Following' })).toBeVisible();
  }

  /** Waits for "<label>: N unread, …" on the follow's row. */
  async expectUnread(label: string, unread: number, timeout?: number): Promise<void> {
    await expect(this.list.getByLabel(new RegExp(`^${escape(label)}: ${unread} unread, \\d+ new$`))).toBeVisible({ timeout });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The real papers of these days as the app's adapter reads them, each paper once (earliest day). */
export async function papersOfDays(days: readonly string[]): Promise<Paper[]> {
  const byId = new Map<string, Paper>();
  for (const day of days) {
    const outcome = readCorpusFile(`${day}.json`, await readFile(join(sharedHfDailyDir, `${day}.json`), 'utf8'));
    if (!outcome.ok) throw new Error(outcome.error.reason);
    for (const p of outcome.value.papers) if (!byId.has(p.id) || byId.get(p.id)!.date > p.date) byId.set(p.id, p);
  }
  return [...byId.values()];
}

/** Papers holding `word` as a whole word, counted with a plain regular expression (not the app's matcher). */
export function withWord(papers: readonly Paper[], word: string): Paper[] {
  const re = new RegExp(`\\b${word}\\b`, 'i');
  return papers.filter((p) => re.test([p.title, p.abstract, ...(p.keywords ?? []), ...p.authors, p.organization?.name ?? '', p.organization?.fullname ?? ''].join(' ')));
}
