import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onCleanup } from './cleanup.ts';
import { repoRoot } from './paths.ts';

/**
 * A private copy of dist/ to serve: several people build in this working tree, and a
 * rebuild empties dist/ under a running server. The bench measures the build it started with.
 */
export async function snapshotBuild(): Promise<string> {
  // BENCH_BUILD_DIR: another build (main's, say) measured by this bench, for a same-run A/B.
  const dist = resolve(repoRoot, process.env.BENCH_BUILD_DIR ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no build: run `npm run build` first (`npm run bench` does)');
  const copy = await mkdtemp(join(tmpdir(), 'paperfeed-bench-dist-'));
  onCleanup(() => rm(copy, { recursive: true, force: true }));
  await cp(dist, copy, { recursive: true });
  if (!existsSync(join(copy, 'index.html'))) throw new Error('dist/ changed while it was being copied: run the bench again');
  return copy;
}
