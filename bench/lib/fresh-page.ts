import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/check-chromium.ts';
import { onCleanup } from './cleanup.ts';
import type { FreshPageOptions } from './metric-module.ts';
import { withTimeLimit } from './time-limit.ts';

const CLOSE_TIMEOUT_MS = 15_000;

/**
 * A new Chromium with a new on-disk profile for every run. Not an incognito context:
 * those keep IndexedDB in memory, which is not what users get. Not a reused profile:
 * compaction of earlier runs' deleted databases skews later runs (docs: PERFORMANCE.md).
 */
export async function withFreshPage<T>(options: FreshPageOptions, fn: (page: Page) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'paperfeed-bench-profile-'));
  let context: BrowserContext | undefined;
  let abandoned = false;
  const teardown = async () => {
    abandoned = true;
    const open = context;
    context = undefined;
    if (open) await withTimeLimit(open.close(), CLOSE_TIMEOUT_MS, 'closing Chromium').catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  const unregister = onCleanup(teardown);
  const run = async () => {
    const launched = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      // Our cleanup closes the browser and removes the profile on a signal, not Playwright's.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      viewport: { width: 1280, height: 800 },
    });
    if (abandoned) {
      await launched.close();
      await rm(profile, { recursive: true, force: true });
      throw new Error(`${options.label}: abandoned`);
    }
    context = launched;
    if (options.initScript) await launched.addInitScript(options.initScript);
    const page = launched.pages()[0] ?? (await launched.newPage());
    return fn(page);
  };
  try {
    return await withTimeLimit(run(), options.timeoutMs, options.label);
  } finally {
    unregister();
    await teardown();
  }
}
