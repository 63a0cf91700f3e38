// Builds the bundles (each entry when its source exists): dist/cli.js (+ cliScan/cliInit/cliCompare.js), extension.js, worker.js (engine),
// fillWorker.js, scanPoolWorker.js, tsAnalyzer.js (the TF.js analyzer), webview.js and h5wasm.mjs, and copies the parser and tfjs wasm
// files next to them. esbuild only; no type checking here (`npm run typecheck` does that).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const dist = path.join(root, 'dist');
mkdirSync(dist, { recursive: true });

const entries = [
  // The CLI: a small dispatcher, and one bundle per command loaded on use (a scan never reads the engine and tfjs).
  { in: 'src/cli/main.ts', out: 'cli', external: ['@tensorflow/tfjs-node'] },
  { in: 'src/cli/scan.ts', out: 'cliScan', external: ['@tensorflow/tfjs-node'] },
  { in: 'src/cli/init.ts', out: 'cliInit', external: ['@tensorflow/tfjs-node'] },
  { in: 'src/cli/compare.ts', out: 'cliCompare', external: ['@tensorflow/tfjs-node'] },
  { in: 'src/extension/extension.ts', out: 'extension', external: ['vscode', '@tensorflow/tfjs-node'] },
  { in: 'src/engine/worker.ts', out: 'worker', external: ['@tensorflow/tfjs-node'] },
  // the generation helper threads of src/engine/pool.ts (no tfjs, no Engine: they start fast)
  { in: 'src/engine/fillWorker.ts', out: 'fillWorker', external: [] },
  { in: 'src/host/scanWorker.ts', out: 'scanPoolWorker', external: [] },
  // The TypeScript/TF.js analyzer with the TypeScript compiler (~9 MB): loaded by src/host/node.ts on first use.
  { in: 'src/core/typescript/analyzer.ts', out: 'tsAnalyzer', external: [] },
];
for (const e of entries) if (!existsSync(path.join(root, e.in))) throw new Error(`build.mjs: entry ${e.in} does not exist`);

const watch = process.argv.includes('--watch');
const builds = entries.map((e) => ({
  entryPoints: [path.join(root, e.in)],
  outfile: path.join(dist, `${e.out}.js`),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  external: e.external,
  logLevel: 'warning',
  // Bundled ESM dependencies (web-tree-sitter) read import.meta.url: give CJS bundles the real one.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('url').pathToFileURL(__filename).href;" },
}));
if (existsSync(path.join(root, 'src/webview/main.ts'))) {
  builds.push({
    entryPoints: [path.join(root, 'src/webview/main.ts')],
    outfile: path.join(dist, 'webview.js'),
    bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: true,
    minify: process.argv.includes('--minify'), logLevel: 'warning',
  });
}
for (const b of builds) {
  if (watch) await (await esbuild.context(b)).watch();
  else await esbuild.build(b);
}
// h5wasm (Keras .h5 weights, src/host/kerasWeights.ts) is an ES module with its wasm inlined: bundled on its own
// as dist/h5wasm.mjs, imported on first use.
if (!watch) {
  try {
    await esbuild.build({
      stdin: { contents: "export * from 'h5wasm/node';", resolveDir: root, loader: 'js' }, outfile: path.join(dist, 'h5wasm.mjs'),
      bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent',
    });
  } catch (e) {
    console.warn(`build.mjs: h5wasm not bundled (${e.message.split('\n')[0]}); run npm install`);
  }
}
for (const f of [require.resolve('web-tree-sitter/tree-sitter.wasm'), require.resolve('tree-sitter-python/tree-sitter-python.wasm')]) {
  copyFileSync(f, path.join(dist, path.basename(f)));
}
// The tfjs wasm backend's binaries, loaded by the engine (src/engine/backend.ts) from next to the bundle.
{
  const wasmDist = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) {
    copyFileSync(path.join(wasmDist, f), path.join(dist, f));
  }
}
