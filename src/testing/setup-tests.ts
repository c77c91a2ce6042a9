import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { assertSharedCorpusInCi } from './shared-corpus.ts';

assertSharedCorpusInCi();

afterEach(() => cleanup());

// jsdom has no layout, so it does not scroll: its window.scrollTo only logs "Not implemented"
// (148 times a run, from the feed list opening a day at its top). A page without layout has
// nothing to scroll, so doing nothing is what it would do; tests of scrolling run in Chromium.
// The scripts' tests run in Node, which has no window at all.
if (typeof window !== 'undefined') window.scrollTo = () => {};
