/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { serveCorpusDir } from './scripts/lib/serve-corpus-dir.ts';
import { copyBuildCorpus, readBuildCorpus } from './scripts/lib/build-corpus-dir.ts';

/**
 * PAPERFEED_CORPUS_DIR=<dir> makes `vite` and `vite preview` serve /corpus/ from <dir>, and
 * `vite build` ship <dir> as dist/corpus in place of the demo (or fail, saying why).
 */
function corpusDir(): Plugin {
  const dir = process.env.PAPERFEED_CORPUS_DIR;
  let outDir = 'dist';
  let building = false;
  return {
    name: 'paperfeed-corpus-dir',
    configResolved(config) {
      outDir = config.build.outDir;
      building = config.command === 'build' && !config.build.ssr && !process.env.VITEST;
    },
    async buildStart() {
      // Fail before the minutes of building, not after.
      if (dir && building) await readBuildCorpus(dir);
    },
    // Before vite-plugin-pwa's closeBundle, which lists dist/corpus/*.json for the precache.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error) {
        if (error || !dir || !building) return;
        const manifest = await copyBuildCorpus(dir, outDir);
        this.info(`dist/corpus: ${manifest.name} (${manifest.shards.length} shards) from PAPERFEED_CORPUS_DIR=${dir}`);
      },
    },
    configureServer(server) {
      if (dir) server.middlewares.use(serveCorpusDir(dir));
    },
    configurePreviewServer(server) {
      if (dir) server.middlewares.use(serveCorpusDir(dir));
    },
  };
}

/**
 * The service worker (Workbox, generated): precaches the app shell and the build's corpus
 * shards, so after one visit the app starts offline; the corpus manifest goes network-first,
 * so a changed corpus is seen when online (shards served from PAPERFEED_CORPUS_DIR are not
 * cached: their papers are in IndexedDB once imported).
 * Only production builds register it (src/app/register-service-worker.ts). See docs/library.md.
 */
function offlineApp() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    includeAssets: ['icons/apple-touch-icon.png'],
    manifest: {
      name: 'paperfeed',
      short_name: 'paperfeed',
      description: 'An offline-first reader for daily research papers',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#2563eb',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,woff2}', 'corpus/*.json'],
      globIgnores: ['corpus/manifest.json'],
      // The demo corpus is ~7 MB in shards of up to ~1 MB; the largest script is smaller.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/corpus\//],
      cleanupOutdatedCaches: true,
      // The first visit's page is taken over at once, so it already works offline.
      clientsClaim: true,
      skipWaiting: true,
      // Only the manifest: shards are imported into IndexedDB, which is what an offline
      // start reads. Routing them through this worker (network-first, a copy into the
      // cache) cost its thread ~14 s of CPU on a 100k first visit (216 MB of shards), on
      // 2 cores shared with the import and the index build (bench/import-notes.md); with
      // no route they go to the network without passing through the worker's thread.
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/corpus/manifest.json',
          handler: 'NetworkFirst',
          options: { cacheName: 'paperfeed-corpus', expiration: { maxEntries: 400 } },
        },
      ],
    },
  });
}

export default defineConfig({
  plugins: [react(), corpusDir(), offlineApp()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    testTimeout: 30_000,
  },
});
