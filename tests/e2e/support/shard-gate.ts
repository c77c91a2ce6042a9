import type { BrowserContext } from '@playwright/test';

/** A monthly shard under /corpus/ (not the manifest). Matches requests from workers too. */
export const SHARD_URL = /\/corpus\/\d{4}-\d{2}\.json(\?.*)?$/;

export interface ShardGate {
  /** Lets the held shard requests, and all later ones, through. */
  release(): void;
}

/**
 * Holds every shard request until `release()`, so a test can look at the import while
 * it is certainly still running, however fast the machine: no sleeps, no races.
 */
export async function holdShards(context: BrowserContext): Promise<ShardGate> {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  await context.route(SHARD_URL, async (route) => {
    await opened;
    await route.continue();
  });
  return {
    // The route stays: unrouting while held requests are in flight handles them twice.
    release: open,
  };
}

/** Records the shard URLs requested from now on (page and workers). */
export function recordShardRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => {
    if (SHARD_URL.test(request.url())) urls.push(request.url());
  });
  return urls;
}
