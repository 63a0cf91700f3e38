// Default values of the `tfScope.include` / `tfScope.exclude` settings (pure, shared by config.ts and the
// manifest test, which checks package.json declares the same defaults).
export const DEFAULT_INCLUDE = ['**/*.py', '**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs']; // flat: globOf joins them in one {...}
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/venv/**', '**/site-packages/**', '**/__pycache__/**'];
