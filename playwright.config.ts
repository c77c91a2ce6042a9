import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/check-chromium.ts';
import { DEMO_PORT, REAL_PORT, realCorpusDir } from './tests/e2e/support/paths.ts';

/**
 * End-to-end tests run against the production build (`npm run test:e2e` builds first),
 * served twice by `vite preview`: with the bundled demo corpus, and with the real
 * corpus that global setup converts into .tmp/ (served from outside dist/).
 */
const preview = (port: number) => `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // No retries anywhere: a flaky test is a bug to fix at its cause.
  retries: 0,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    // The production build registers a service worker; tests that are about it (library,
    // offline) allow it, the rest keep plain network behaviour (and their request routing).
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: preview(DEMO_PORT),
      url: `http://127.0.0.1:${DEMO_PORT}/`,
      // An empty value turns the corpus-dir plugin off even if the shell sets it.
      env: { PAPERFEED_CORPUS_DIR: '' },
      // Never reuse: a server someone else started may serve another build or corpus.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: preview(REAL_PORT),
      url: `http://127.0.0.1:${REAL_PORT}/`,
      // Served per request, so global setup may fill the folder after the server starts.
      env: { PAPERFEED_CORPUS_DIR: realCorpusDir },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
