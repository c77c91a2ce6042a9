// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering of docs/architecture.md is checked by eslint.config.js (issue #13). These
 * lint code placed at real paths of the tree (ESLint's `filePath`, the same config lookup
 * and import resolution as a file on disk), so a rule that stops firing fails here.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the boundaries the linter enforces', () => {
  it('src/domain imports no Dexie (nor React or Zustand)', async () => {
    const found = await problems('src/domain/feed/lint-probe.ts', "import Dexie from 'dexie';\nexport const db = new Dexie('x');\n");
    expect(found).toEqual([
      "no-restricted-imports: 'dexie' import is restricted from being used by a pattern. src/domain is pure: no React, Dexie or Zustand (docs/architecture.md). Put the I/O in src/db or a feature and pass the data in.",
    ]);
    expect(await problems('src/domain/feed/lint-probe.ts', "import { useState } from 'react';\nexport const s = useState;\n")).toHaveLength(1);
    expect(await problems('src/domain/feed/lint-probe.ts', "import { create } from 'zustand';\nexport const c = create;\n")).toHaveLength(1);
  }, 120_000);

  it('src/domain uses no DOM global, and imports no app module', async () => {
    expect(await problems('src/domain/feed/lint-probe.ts', 'export const w = () => document.title;\n')).toEqual([
      "no-undef: 'document' is not defined.",
    ]);
    const [found] = await problems('src/domain/feed/lint-probe.ts', "export { db } from '../../db/database.ts';\n");
    expect(found).toMatch(/^import-x\/no-restricted-paths: .*src\/domain is the pure core/);
  }, 120_000);

  it('no feature imports another, and shared code imports no feature', async () => {
    const [fromFeature] = await problems('src/features/feed/lint-probe.ts', "export { SearchPage } from '../search/components/search-page.tsx';\n");
    expect(fromFeature).toMatch(/^import-x\/no-restricted-paths: .*Features never import each other/);
    const [fromShared] = await problems('src/components/lint-probe.ts', "export { SearchPage } from '../features/search/components/search-page.tsx';\n");
    expect(fromShared).toMatch(/^import-x\/no-restricted-paths: .*Shared code never imports a feature/);
    const [uiFromFeature] = await problems('src/components/lint-probe.ts', "export { BookmarkButton } from '../features/library/components/bookmark-button.tsx';\n");
    expect(uiFromFeature).toMatch(/^import-x\/no-restricted-paths: .*Shared code never imports a feature/);
  }, 120_000);

  it('features and workers never import the app; test helpers only its routes and slots', async () => {
    const [fromFeature] = await problems('src/features/feed/lint-probe.ts', "export { PaperActions } from '../../app/slots/paper-actions.tsx';\n");
    expect(fromFeature).toMatch(/^import-x\/no-restricted-paths: .*Only src\/app composes features/);
    const [fromWorker] = await problems('src/workers/lint-probe.ts', "export { AppSlots } from '../app/app-slots.tsx';\n");
    expect(fromWorker).toMatch(/^import-x\/no-restricted-paths: .*Only src\/app composes features/);
    const [helperFeature] = await problems('src/testing/lint-probe.ts', "export { SearchPage } from '../features/search/components/search-page.tsx';\n");
    expect(helperFeature).toMatch(/^import-x\/no-restricted-paths: .*one feature's helper lives in that feature/);
    const [helperApp] = await problems('src/testing/lint-probe.ts', "export { PaperRoute } from '../app/routes/paper-route.tsx';\n");
    expect(helperApp).toMatch(/^import-x\/no-restricted-paths: .*only its route table and slots/);
    expect(await problems('src/testing/lint-probe.ts', "export { appRoutes } from '../app/router.tsx';\n")).toEqual([]);
  }, 120_000);

  it('src/db sits on the domain only, src/lib holds no hooks, and only tests import src/testing', async () => {
    const [dbFound] = await problems('src/db/lint-probe.ts', "export { downloadFile } from '../lib/download-file.ts';\n");
    expect(dbFound).toMatch(/^import-x\/no-restricted-paths: .*src\/db sits on src\/domain only/);
    const [libFound] = await problems('src/lib/lint-probe.ts', "import { useState } from 'react';\nexport const s = useState;\n");
    expect(libFound).toMatch(/^no-restricted-imports: .*src\/lib holds plain helpers/);
    const [testingFound] = await problems('src/components/lint-probe.ts', "export { makePaper } from '../testing/make-paper.ts';\n");
    expect(testingFound).toMatch(/^import-x\/no-restricted-paths: .*only \*\.test\.ts\(x\) files import it/);
    expect(await problems('src/components/lint-probe.test.ts', "export { makePaper } from '../testing/make-paper.ts';\n")).toEqual([]);
  }, 120_000);

  it('no import cycle (two real files, removed afterwards)', async () => {
    const dir = mkdtempSync(join(process.cwd(), 'src/lib/cycle-probe-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([join(dir, 'a.ts')]);
      expect(result?.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual(['import-x/no-cycle: Dependency cycle detected']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
