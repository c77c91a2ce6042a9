import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { hasSharedCorpus, realCorpusDir, repoRoot, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { titlesOf } from './support/real-days.ts';

// Issue #6 acceptance: `corpus:convert ../shared/corpus/hf-daily` (global setup makes it into
// .tmp/e2e-real-corpus) served by the *dev* server through PAPERFEED_CORPUS_DIR shows real papers.

const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 4175);
const devUrl = `http://127.0.0.1:${DEV_PORT}/`;

test.describe('the dev server on a converted corpus (PAPERFEED_CORPUS_DIR)', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);
  test.use({ serviceWorkers: 'block' });

  let server: ChildProcess | undefined;
  test.beforeAll(async () => {
    server = spawn(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(DEV_PORT), '--strictPort'], {
      cwd: repoRoot,
      env: { ...process.env, PAPERFEED_CORPUS_DIR: realCorpusDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('vite dev server did not start within 60 s')), 60_000);
      server!.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(`${DEV_PORT}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      server!.on('exit', (code) => reject(new Error(`vite dev server exited with ${code}`)));
    });
  });
  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('shows the real papers of 2025-10-31', async ({ feedPage, request }) => {
    const manifest = await (await request.get(`${devUrl}corpus/manifest.json`)).json();
    expect(manifest.shards.reduce((sum: number, s: { count: number }) => sum + s.count, 0)).toBe(5100);

    await feedPage.goto(devUrl);
    await feedPage.expectImportSettled();
    await feedPage.expectDay(await titlesOf('2025-10-31'));
  });
});
