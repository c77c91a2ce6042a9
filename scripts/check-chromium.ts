import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Browser tests and benchmarks drive Debian's Chromium: Playwright's own browser
 * downloads are not available here (never run `npx playwright install`).
 * playwright.config.ts and bench/ both launch with these settings.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Returns a message telling how to install Chromium, or undefined when it is there. */
export function missingChromiumMessage(path = CHROMIUM_PATH): string | undefined {
  if (existsSync(path)) return undefined;
  return [
    `Chromium was not found at ${path}.`,
    'The end-to-end tests and benchmarks use the system Chromium. Install it with:',
    '',
    '  apt-get update && apt-get install -y chromium',
    '',
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const message = missingChromiumMessage();
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
