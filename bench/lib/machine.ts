import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../../scripts/check-chromium.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  node: string;
  chromium: string;
}

/** What the figures were measured on: they mean little without it. */
export async function describeMachine(): Promise<Machine> {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGB: Math.round(totalmem() / 2 ** 30),
    os: `${await distribution()} (${osType()} ${release()})`,
    node: process.version,
    chromium: await chromiumVersion(),
  };
}

async function distribution(): Promise<string> {
  try {
    const text = await readFile('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1] ?? osType();
  } catch {
    return osType();
  }
}

async function chromiumVersion(): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(CHROMIUM_PATH, ['--version'], { timeout: 10_000 });
    return stdout.trim();
  } catch {
    return 'unknown';
  }
}
