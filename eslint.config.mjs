// ESLint (flat config): only the few rules the project lives by, on the TypeScript sources, tests and
// benchmarks. `npm run lint`; `npm test` runs it. Formatting is Prettier's (`npm run format:check`), not
// ESLint's. The compiler holds the project graph (tsconfig.json); these rules add what it cannot see per file.
//
// - which modules a part may import (@typescript-eslint/no-restricted-imports, the TypeScript-aware
//   no-restricted-imports: it also sees `import x = require(...)` and type-only imports):
//     src/core                      no vscode, no Node built-in (fs, path, os, worker_threads, child_process,
//                                   node:*, ...), no @tensorflow/* — pure analysis
//     src/engine, host, cli, webview no vscode
//     test/, bench/                 no vscode outside test/extension/ (and bench/editor/hostBench.ts, treeHost.ts, which
//                                   run in the extension host)
//     src/extension, test/extension may import vscode
// - promises (type-aware): @typescript-eslint/no-floating-promises, @typescript-eslint/no-misused-promises.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const VSCODE = { name: 'vscode', message: 'Only src/extension (and tests in test/extension) may import vscode.' };
const vscodeOnly = ['error', { paths: [VSCODE] }];
const nodeBuiltins = builtinModules
  .filter((m) => !m.startsWith('_') && !m.startsWith('node:'))
  .map((name) => ({
    name,
    message: 'src/core is pure (no Node): file access, workers and the like belong in src/host.',
  }));

export default defineConfig(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      '.vscode-test/**',
      'test-results/**',
      // Restored upstream programs of the harnesses (ignored by git, never ours).
      '.cache/**',
      // Inputs of the TF.js analyzer, not part of the build (see test/tsconfig.json).
      'test/conformance/tfjs/programs/**',
      'test/fixtures/**',
      // Stubs outside every project (see the tsconfig "paths" that point at them).
      'layering/**',
    ],
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      // Each file is typed by its own project (src/*/tsconfig.json, test/tsconfig.json), as the compiler does.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // The sources carry eslint-disable comments for rules this config does not enable (no-console, eqeqeq,
    // no-require-imports): not reported as unused.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-restricted-imports': vscodeOnly,
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [VSCODE, ...nodeBuiltins],
          patterns: [
            {
              group: ['node:*'],
              message: 'src/core is pure (no Node): file access, workers and the like belong in src/host.',
            },
            { group: ['@tensorflow/*'], message: 'src/core is pure analysis: tensors belong in src/engine.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/extension/**/*.ts', 'test/extension/**/*.ts', 'bench/editor/hostBench.ts', 'bench/editor/treeHost.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
