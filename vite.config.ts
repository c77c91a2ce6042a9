/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serveCorpusDir } from './scripts/lib/serve-corpus-dir.ts';

/** PAPERFEED_CORPUS_DIR=<dir> makes `vite` and `vite preview` serve /corpus/ from <dir>. */
function corpusDir(): Plugin {
  const dir = process.env.PAPERFEED_CORPUS_DIR;
  return {
    name: 'paperfeed-corpus-dir',
    configureServer(server) {
      if (dir) server.middlewares.use(serveCorpusDir(dir));
    },
    configurePreviewServer(server) {
      if (dir) server.middlewares.use(serveCorpusDir(dir));
    },
  };
}

export default defineConfig({
  plugins: [react(), corpusDir()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    testTimeout: 30_000,
  },
});
