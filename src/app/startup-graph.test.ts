import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue #18: what the first card waits for. zod (an 89 KB chunk, and the construction of every
// schema when it is evaluated) was on the start-up path only through constants and small
// checks; they now live in zod-free modules. This walks the static imports of src/main.tsx
// (not `import type`, not `import()`: those load later) and fails if one of them brings zod
// back into the start-up scripts.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

function startupModules(): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [resolve(SRC, 'main.tsx')];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (!spec.startsWith('.')) {
        if (!packages.has(spec)) packages.set(spec, file);
        continue;
      }
      const target = resolve(dirname(file), spec);
      if (/\.(tsx?|ts)$/.test(target) && existsSync(target)) queue.push(target);
    }
  }
  return { files, packages };
}

describe('the start-up scripts', () => {
  it('do not import zod (schemas load with the views and workers that validate)', () => {
    const { files, packages } = startupModules();
    expect(files.size).toBeGreaterThan(50);
    expect(files.has(resolve(SRC, 'components/paper/external-links.tsx'))).toBe(true);
    const zod = [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'));
    expect(zod.map(([, from]) => from.slice(SRC.length + 1))).toEqual([]);
  });
});
