import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { onCleanup } from './cleanup.ts';
import { repoRoot } from './paths.ts';

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/**
 * `vite preview` of a production build (`buildDir`, a snapshot of dist/) on 127.0.0.1 and
 * a free port, serving /corpus/ from `corpusDir` (PAPERFEED_CORPUS_DIR, see vite.config.ts).
 */
export async function startPreview(corpusDir: string, buildDir: string): Promise<PreviewServer> {
  if (!existsSync(resolve(buildDir, 'index.html'))) throw new Error(`${buildDir} holds no build`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    resolve(repoRoot, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', buildDir],
    { cwd: repoRoot, env: { ...process.env, PAPERFEED_CORPUS_DIR: corpusDir }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killOnExit = () => kill(child, 'SIGKILL');
  process.once('exit', killOnExit);
  const close = async () => {
    process.off('exit', killOnExit);
    await stop(child);
  };
  const unregister = onCleanup(close);
  try {
    await waitUntilServing(url, child, () => output);
  } catch (error) {
    unregister();
    await close();
    throw error;
  }
  return {
    url,
    close: async () => {
      unregister();
      await close();
    },
  };
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Stops the server's whole process group: SIGTERM, then SIGKILL if it lingers. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  kill(child, 'SIGTERM');
  const timer = setTimeout(() => kill(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
