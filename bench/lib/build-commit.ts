import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from './paths.ts';

/** The commit the build came from, flagged when app sources had uncommitted changes. */
export async function describeCommit(): Promise<string> {
  const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: repoRoot, timeout: 10_000 }).then((r) => r.stdout.trim());
  try {
    const head = await git('rev-parse', '--short', 'HEAD');
    const dirty = await git('status', '--porcelain', '--', 'src', 'scripts', 'index.html', 'vite.config.ts', 'package.json');
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}
