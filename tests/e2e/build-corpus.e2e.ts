import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { FeedPage } from './pages/feed-page.ts';
import { hasSharedCorpus, realCorpusDir, repoRoot, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { titlesOf } from './support/real-days.ts';
import { serveStatic } from './support/static-server.ts';

// Issue #17, point 8: `PAPERFEED_CORPUS_DIR=... npm run build` ships that corpus in
// dist/corpus (the real one, converted by global setup), or fails saying why.

function viteBuild(outDir: string, corpusDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PAPERFEED_CORPUS_DIR: corpusDir };
  delete env.VITEST;
  return spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: repoRoot, env, encoding: 'utf8', timeout: 300_000 });
}

test.describe('a build with PAPERFEED_CORPUS_DIR', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);
  test.setTimeout(360_000);

  test('8. ships that corpus, precaches its shards, and a plain static host then serves the real days', async ({ page }) => {
    const out = join(await mkdtemp(join(tmpdir(), 'paperfeed-e2e-build-')), 'dist');
    const build = viteBuild(out, realCorpusDir);
    expect(build.status, build.stderr).toBe(0);

    const manifest = await readFile(join(realCorpusDir, 'manifest.json'), 'utf8');
    expect(await readFile(join(out, 'corpus', 'manifest.json'), 'utf8')).toBe(manifest);
    const shards = (JSON.parse(manifest) as { shards: { file: string }[] }).shards.map((s) => s.file);
    expect((await readdir(join(out, 'corpus'))).sort()).toEqual(['manifest.json', ...shards].sort());
    const serviceWorker = await readFile(join(out, 'sw.js'), 'utf8');
    for (const file of shards) expect(serviceWorker).toContain(`corpus/${file}`);
    expect(serviceWorker).not.toMatch(/corpus\/2026-/); // no demo shard left in the precache

    const host = await serveStatic(out);
    try {
      const feed = new FeedPage(page);
      await feed.goto(host.url);
      await feed.expectImportSettled();
      await feed.expectDay(await titlesOf('2025-10-31'));
      await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0);
    } finally {
      await host.close();
    }
  });

  test('8. fails, saying why, when the folder holds no corpus', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'paperfeed-e2e-no-corpus-'));
    const build = viteBuild(join(empty, 'dist'), empty);
    expect(build.status).not.toBe(0);
    expect(build.stderr + build.stdout).toContain(`PAPERFEED_CORPUS_DIR=${empty}: no manifest.json in ${empty}.`);
  });
});
