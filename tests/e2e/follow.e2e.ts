import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { startReplayServer, type ReplayServer } from '../../scripts/lib/hf-replay-server.ts';
import { demoUrl, expect, test } from './support/fixtures.ts';
import { FollowingModel, papersOfDays, withWord } from './pages/follow-model.ts';
import { ImportPage, startEmpty } from './pages/import-page.ts';
import { LibraryModel, waitForServiceWorker } from './pages/library-model.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING, sharedHfDailyDir } from './support/paths.ts';
import { folderOfDays } from './support/real-days.ts';

// Issue #11 acceptance on the real corpus: follow an organization and a saved search, a live
// refresh (replay server) raises both unread counts, "Mark all read" zeroes one, muting an
// author hides their paper from the day view, search and their page until the "N hidden"
// toggle shows it, a
// downloaded collection feed parses, and all of it survives a reload and works offline.

const TODAY = new Date('2025-10-31T18:00:00Z');
const ORG = 'google';
const WORD = 'diffusion';
const FIRST = ['2025-10-27'];
const ALL = ['2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31'];

test.use({ serviceWorkers: 'allow' });

test.describe('following, triage and feeds', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  let server: ReplayServer;
  test.beforeAll(async () => {
    server = await startReplayServer({ dir: sharedHfDailyDir });
  });
  test.afterAll(() => server?.close());

  test('follow, refresh, mark read, mute, download a feed; after a reload and offline too', async ({ page, context, feedPage }) => {
    const before = await papersOfDays(FIRST);
    const after = await papersOfDays(ALL);
    const orgBefore = before.filter((p) => p.organization?.name === ORG).length;
    const orgAfter = after.filter((p) => p.organization?.name === ORG).length;
    const wordBefore = withWord(before, WORD).length;
    const wordAfter = withWord(after, WORD).length;
    expect(orgAfter).toBeGreaterThan(orgBefore);
    expect(wordAfter).toBeGreaterThan(wordBefore);

    await page.clock.setFixedTime(TODAY);
    await startEmpty(context);
    const importPage = new ImportPage(page);
    await importPage.goto(demoUrl);
    await feedPage.expectImportSettled();
    await importPage.chooseFiles.setInputFiles(`${await folderOfDays(FIRST)}/${FIRST[0]}.json`);
    await importPage.expectCount('New', before.length);

    // Follow the organization on its page, and a search on the search page.
    await page.goto(new URL(`orgs/${ORG}`, demoUrl).href);
    const orgLabel = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await page.getByRole('button', { name: `Follow ${orgLabel}` }).click();
    await expect(page.getByRole('button', { name: `Following ${orgLabel}` })).toHaveAttribute('aria-pressed', 'true');
    await page.goto(new URL(`search?q=${WORD}`, demoUrl).href);
    await page.getByRole('button', { name: 'Follow this search' }).click();
    await expect(page.getByRole('button', { name: 'Following this search' })).toBeVisible();

    const following = new FollowingModel(page);
    await following.open();
    const searchLabel = `“${WORD}”`;
    await following.expectUnread(orgLabel, orgBefore);
    await following.expectUnread(searchLabel, wordBefore);

    // A live refresh adds four days: both counts rise, the header's total with them.
    await importPage.goto(demoUrl);
    await importPage.setSource(server.url);
    await importPage.liveRefresh.check();
    await expect(importPage.refreshStatus).toContainText('2025-10-31 (29 papers)', { timeout: 30_000 });
    await following.open();
    await following.expectUnread(orgLabel, orgAfter, 30_000);
    await following.expectUnread(searchLabel, wordAfter, 30_000);

    // Mark all read zeroes the organization and leaves the search.
    await following.list.getByRole('button', { name: `Mark all read: ${orgLabel}` }).click();
    await following.expectUnread(orgLabel, 0);
    await following.expectUnread(searchLabel, wordAfter);

    // Mute the first author of the day's top paper: it leaves the day view, the toggle brings it back.
    const day = after.filter((p) => p.date === '2025-10-31').sort((a, b) => b.upvotes - a.upvotes || a.id.localeCompare(b.id));
    const author = day[0]!.authors[0]!;
    const mutedTitles = day.filter((p) => p.authors.includes(author)).map((p) => p.title.replace(/\s+/g, ' ').trim());
    await page.getByRole('combobox', { name: 'Mute a' }).selectOption('author');
    await page.getByRole('textbox', { name: 'Author name, exactly as listed' }).fill(author);
    await page.getByRole('button', { name: 'Mute', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Muted' })).toContainText(author);
    await page.goto(new URL('papers/date/2025-10-31', demoUrl).href);
    const main = page.getByRole('main');
    await expect(main.getByText(`${mutedTitles.length} hidden by your mutes`)).toBeVisible();
    await expect(main.getByRole('article', { name: mutedTitles[0]!, exact: true })).toHaveCount(0);
    await main.getByRole('button', { name: `Show ${mutedTitles.length} hidden` }).click();
    await expect(main.getByRole('article', { name: mutedTitles[0]!, exact: true })).toBeVisible();
    await main.getByRole('button', { name: `Hide the ${mutedTitles.length} muted` }).click();

    // A collection downloaded as a feed parses (fast-xml-parser, not the writer) and lists its papers.
    const shown = main.getByRole('article');
    const titles: string[] = [];
    for (let i = 0; i < 2; i++) {
      titles.push((await shown.nth(i).getByRole('heading').textContent())!.replace(/\s+/g, ' ').trim());
      await shown.nth(i).getByRole('button', { name: 'Bookmark' }).click();
      await expect(shown.nth(i).getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
    }
    const library = new LibraryModel(page);
    await library.open();
    await library.createCollection('Reading group');
    for (const title of titles) await library.addToCollection(title, 'Reading group');
    await page.getByRole('button', { name: 'Reading group', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reading group' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download collection Reading group as Atom' }).click()]);
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(await readFile((await download.path())!, 'utf8')).feed;
    expect(feed.entry.map((e: { title: string }) => e.title).sort()).toEqual([...titles].sort());
    await expect(page.getByText('paperfeed is a static site: it cannot publish a feed of your own')).toBeVisible();

    // The same mute hides the paper from search results and from the author's page, each with the toggle.
    const mutedTitle = mutedTitles[0]!;
    await page.goto(new URL(`search?q=${encodeURIComponent(mutedTitle)}`, demoUrl).href);
    await expect(main.getByText(/^\d+ hidden by your mutes/)).toBeVisible({ timeout: 30_000 });
    await expect(main.getByRole('region', { name: 'Search results' })).toBeVisible();
    await expect(main.getByRole('article', { name: mutedTitle, exact: true })).toHaveCount(0);
    await main.getByRole('button', { name: /^Show \d+ hidden$/ }).click();
    await expect(main.getByRole('article', { name: mutedTitle, exact: true })).toBeVisible();
    await main.getByRole('button', { name: /^Hide the \d+ muted$/ }).click();
    await expect(main.getByRole('article', { name: mutedTitle, exact: true })).toHaveCount(0);
    const byAuthor = after.filter((p) => p.authors.includes(author)).length;
    await page.goto(new URL(`authors/${encodeURIComponent(author)}`, demoUrl).href);
    await expect(main.getByText(`${byAuthor} hidden by your mutes`)).toBeVisible({ timeout: 30_000 });
    await expect(main.getByRole('article')).toHaveCount(0);

    // A reload keeps follows, read marks and mutes.
    await page.reload();
    await following.open();
    await following.expectUnread(orgLabel, 0);
    await following.expectUnread(searchLabel, wordAfter);
    await expect(page.getByRole('list', { name: 'Muted' })).toContainText(author);

    // Offline: a new tab starts from the service worker and counts from IndexedDB.
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(new URL('following', demoUrl).href);
    const offlineFollowing = new FollowingModel(offline);
    await offlineFollowing.expectUnread(searchLabel, wordAfter);
    await offline.goto(new URL('papers/date/2025-10-31', demoUrl).href);
    await expect(offline.getByRole('main').getByText(`${mutedTitles.length} hidden by your mutes`)).toBeVisible();
    await context.setOffline(false);
  });
});
