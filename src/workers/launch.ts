// The page starts workers only here, each through src/lib/worker-rpc's connect(): the one
// place `new Worker` is written, in the form the bundler follows to build each worker file.

export const startSearchWorker = () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-search' });
export const startRecommendWorker = () => new Worker(new URL('./recommend.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-recommend' });
export const startFollowWorker = () => new Worker(new URL('./follow.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-follow' });
export const startImportWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-import' });
export const startBackupImportWorker = () =>
  new Worker(new URL('./backup-import.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-backup-import' });
export const startReferenceImportWorker = () =>
  new Worker(new URL('./reference-import.worker.ts', import.meta.url), { type: 'module', name: 'paperfeed-reference-import' });
