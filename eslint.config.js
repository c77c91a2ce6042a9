// The layering in docs/architecture.md, checked by a tool instead of kept by habit (issue #13).
// Syntax-only rules (no type information), so the whole repository lints in seconds.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['corpus', 'feed', 'follow', 'library', 'paper', 'recommend', 'search', 'settings'];

/** No feature imports another: each feature folder may import shared code, never a sibling. */
const featureZones = FEATURES.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features never import each other: compose them in src/app, or move the shared part to shared code.',
}));

/**
 * Shared code (and the domain core below it) never reaches up into features or the app.
 * src/workers are entry points like src/app: each composes one feature's service; src/testing
 * renders the app's own routes for component tests.
 */
const sharedZones = ['domain', 'db', 'lib', 'components', 'hooks', 'stores'].map((dir) => ({
  target: `./src/${dir}`,
  from: ['./src/features', './src/app'],
  message: 'Shared code never imports a feature or the app: imports flow shared → features → app.',
}));

/**
 * Nothing below the app reaches up into it: features and worker entry points are composed by
 * src/app, never the other way round.
 */
const appZone = {
  target: ['./src/features', './src/workers'],
  from: './src/app',
  message: 'Only src/app composes features: a feature or worker never imports the app. Take what it needs as a prop or a slot (src/components/feature-slots.ts).',
};

/**
 * Test helpers build data and render the app's own routes: they import no feature (a
 * helper about one feature lives beside that feature's tests) and of the app only its route
 * table and the slots around it (src/testing/render-route.tsx).
 */
const testingHelpersZones = [
  {
    target: './src/testing',
    from: './src/features',
    message: 'src/testing holds shared test helpers: one feature\'s helper lives in that feature, beside its tests.',
  },
  {
    target: './src/testing',
    from: './src/app',
    except: ['./router.tsx', './app-slots.tsx'],
    message: 'src/testing imports of the app only its route table and slots (router.tsx, app-slots.tsx).',
  },
];

/** The domain core is pure: it imports nothing of the app around it. */
const domainZone = (forTests) => ({
  target: './src/domain',
  from: ['./src/db', './src/lib', './src/components', './src/hooks', './src/stores', './src/workers', ...(forTests ? [] : ['./src/testing'])],
  message: 'src/domain is the pure core: it imports only itself and plain libraries.',
});

/** src/lib holds plain helpers: no React hooks, stores, database access or test helpers. */
const libZone = (forTests) => ({
  target: './src/lib',
  from: ['./src/db', './src/components', './src/hooks', './src/stores', ...(forTests ? [] : ['./src/testing'])],
  message: 'src/lib holds plain helpers: hooks go to src/hooks or a feature, test helpers to src/testing.',
});

/** The database module sits on the domain only: no UI, hooks or browser helpers. */
const dbZone = {
  target: './src/db',
  from: ['./src/lib', './src/components', './src/hooks', './src/stores', './src/workers'],
  message: 'src/db sits on src/domain only: move what it needs from src/lib into src/domain.',
};

/** Test helpers never ship: only tests import src/testing. */
const testingZone = {
  target: ['./src/app', './src/components', './src/db', './src/domain', './src/features', './src/hooks', './src/lib', './src/stores', './src/workers'],
  from: './src/testing',
  message: 'src/testing holds test helpers: only *.test.ts(x) files import it.',
};

/** Tests may use the factories in src/testing; everything else is the same. */
const zones = (forTests) => [
  ...featureZones,
  ...sharedZones,
  appZone,
  ...testingHelpersZones,
  domainZone(forTests),
  libZone(forTests),
  dbZone,
  ...(forTests ? [] : [testingZone]),
];
const TESTS = ['**/*.test.{ts,tsx}'];

/**
 * What the domain may use: the language and the APIs that browsers, workers and Node share
 * (URL, TextDecoder, fetch, timers), without anything of a page (document, window, storage).
 */
const PLATFORM_GLOBALS = Object.fromEntries(
  Object.entries({ ...globals.es2021, ...globals['shared-node-browser'] }).filter(
    ([name]) => !['navigator', 'localStorage', 'sessionStorage'].includes(name),
  ),
);

/** What only src/lib/worker-rpc and src/workers may write: starting a worker, and its raw messages. */
const WORKER_SYNTAX = [
  ["NewExpression[callee.name=/^(Shared)?Worker$/]", '`new Worker`'],
  ["CallExpression[callee.property.name='postMessage']", '`postMessage`'],
  ["AssignmentExpression[left.property.name=/^on(message|messageerror)$/]", '`onmessage`'],
  ["CallExpression[callee.property.name='addEventListener'][arguments.0.value=/^message(error)?$/]", "a `message` listener"],
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**', 'coverage/**', 'dev-dist/**'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle parses the imported files too: with the TypeScript parser.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones(false) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The TypeScript compiler already checks these (noUnusedLocals, strict), with the project's options.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-undef': 'off',
    },
  },
  {
    // Browser and Node globals everywhere but the pure core.
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The app's React code (Playwright's fixture `use` is not a hook).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // A warning: code from parallel branches lands with its own dependency choices, reviewed by hand.
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: TESTS,
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones(true) }],
      // Tests read untyped parsed XML and JSON to check what the app wrote.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Workers are reached only through src/lib/worker-rpc (connect, expose), started only in
    // src/workers/launch.ts: no hand-written message protocol beside the typed one (issue #13).
    files: ['src/**/*.{ts,tsx}'],
    // papers-changed.ts posts on a BroadcastChannel between tabs, which is not a worker.
    ignores: ['src/lib/worker-rpc/**', 'src/workers/**', 'src/db/papers-changed.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...WORKER_SYNTAX.map(([selector, what]) => ({
          selector,
          message: `${what} outside src/lib/worker-rpc and src/workers: start workers in src/workers/launch.ts and talk to them through connect() (src/lib/worker-rpc).`,
        })),
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'comlink', message: 'Use src/lib/worker-rpc (connect, expose), the one typed RPC over workers.' }] }],
    },
  },
  {
    // Plain helpers: a file here that needs React, a store or the database is a hook or a
    // component, and belongs in src/hooks, src/components or a feature.
    files: ['src/lib/**/*.{ts,tsx}'],
    // A test beside a helper may use vitest; the helper itself may not.
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-router-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'zustand/*', '@testing-library/*', 'vitest'],
              message: 'src/lib holds plain helpers: hooks go to src/hooks or a feature, test helpers to src/testing.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure core: no React, Dexie, Zustand or DOM, by import and by global.
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: ['src/domain/**/*.test.{ts,tsx}'],
    languageOptions: {
      globals: PLATFORM_GLOBALS,
      parserOptions: { lib: ['es2023'] },
    },
    rules: {
      'no-undef': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router-dom', 'dexie', 'dexie-*', 'zustand', 'zustand/*'],
              message: 'src/domain is pure: no React, Dexie or Zustand (docs/architecture.md). Put the I/O in src/db or a feature and pass the data in.',
            },
          ],
        },
      ],
    },
  },
);
