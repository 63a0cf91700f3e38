// `npm run bench:tree`: the first tree in real VS Code (code-server, a fresh profile per session, so no cache):
// a generated 100-file TF1 repository (repoGen.ts), and GPT-2 and BERT as scripts/public-models restores them
// (skipped with a note when .cache/public-models is not restored), each program checked against its recorded
// variable names. Prints a table and puts it at the top of bench/RESULTS.md's "first tree" section.
// Needs `npm run build && npm run compile-tests`. `--no-write`: print only. `--runs N`: median of N sessions.
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runInEditor } from './hostRun.mjs';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const write = !argv.includes('--no-write');
const runs = argv.includes('--runs') ? Math.max(1, Number(argv[argv.indexOf('--runs') + 1])) : 3;
// `--profile DIR`: each session writes the extension host thread's CPU profile, activation to first scan's end
const profileDir = argv.includes('--profile') ? path.resolve(argv[argv.indexOf('--profile') + 1]) : undefined;
// `--only K`: only the K-th workspace (0: generated, 1: GPT-2, 2: BERT)
const only = argv.includes('--only') ? Number(argv[argv.indexOf('--only') + 1]) : undefined;
let sessionNo = 0;
const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const { repoFiles, trainVariables } = require(path.join(root, 'out/bench/editor/repoGen.js'));

/** The workspaces: name → (make it in dir → { file: expected names }). */
const workspaces = [
  ['generated TF1 repository, 100 files', (dir) => {
    for (const [rel, text] of Object.entries(repoFiles(100))) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    return { expect: {}, counts: { 'train_0.py': trainVariables(0), 'train_1.py': trainVariables(1) } };
  }],
  ...['gpt2', 'bert'].map((name) => [`${name === 'gpt2' ? 'GPT-2 124M' : 'BERT-Base'} (public-models restore)`, (dir) => {
    const src = path.join(root, '.cache/public-models', name);
    if (!existsSync(src)) return undefined;
    cpSync(src, dir, { recursive: true, filter: (f) => !f.endsWith('.expected.json') });
    const expect = {};
    for (const rec of execFileSync('find', [src, '-name', '*.expected.json'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean)) {
      const r = JSON.parse(readFileSync(rec, 'utf8'));
      const base = path.basename(rec).replace(/\.expected\.json$/, '.py');
      const rel = path.relative(src, execFileSync('find', [src, '-name', base], { encoding: 'utf8' }).trim().split('\n')[0]);
      expect[rel] = r.variables.map((v) => v.name);
    }
    return { expect, counts: {} };
  }]),
];

async function session(make) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'tfscope-tree-'));
  const ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  const spec = make(ws);
  if (!spec) return undefined;
  const expectFile = path.join(tmp, 'expect.json');
  writeFileSync(expectFile, JSON.stringify(spec.expect));
  const env = { TFSCOPE_BENCH_EXPECT: expectFile };
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    env.TFSCOPE_CPU_PROFILE = path.join(profileDir, `session-${++sessionNo}.cpuprofile`);
  }
  return runInEditor({ tmp, ws, testsPath: 'out/bench/editor/treeHost.js', env, timeoutMs: 180_000 });
}

const median = (xs) => +[...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)].toFixed(1);
const loadBefore = loadavg()[0];
const rows = [];
for (const [k, [name, make]] of workspaces.entries()) {
  if (only !== undefined && k !== only) continue;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await session(make);
    if (!r) break;
    results.push(r);
  }
  if (results.length === 0) {
    rows.push(`| ${name} | not restored (\`bash scripts/public-models/restore.sh\`) | | | | | |`);
    continue;
  }
  const r = results[0];
  // the milestones of the session whose first tree is the median one
  const mid = [...results].sort((a, b) => a.firstTreeMs - b.firstTreeMs)[Math.floor((results.length - 1) / 2)];
  const phases = Object.entries(mid.phases ?? {}).map(([k, v]) => `${k} ${v}`).join(' · ');
  // each recorded program: its variables in the whole scan's tree, and when it came into the tree (median over the sessions)
  const checks = Object.entries(r.expected).map(([f, e]) => `${f}: ${e.shown}/${e.expected}${e.exact ? ' exact' : ' NOT exact'}, in the tree at ${median(results.map((x) => x.expected[f]?.shownAtMs ?? NaN))} ms`).join('; ') || '—';
  rows.push(`| ${name} | ${r.files} files, ${r.programs} programs shown (${r.scanMode}) | ${median(results.map((x) => x.firstTreeMs))} ms (${r.firstPrograms} programs) | ${median(results.map((x) => x.scanMs))} ms | ${median(results.map((x) => x.activationMs))} ms | ${phases} | ${checks} |`);
  console.log(rows.at(-1));
  for (const x of results) console.log(`  first tree ${x.firstTreeMs} ms (${x.firstRows.join(', ')}), host start → activation ${x.hostToActivationMs} ms, phases ${JSON.stringify(x.phases)}, programs ${JSON.stringify(x.expected)}`);
}
const loadAfter = loadavg()[0];
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
let commit = 'unknown';
try { commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
const table = `### Latest: ${when} UTC, extension at \`${commit}\`

\`npm run bench:tree\` (bench/editor/tree.mjs): real VS Code (code-server, development mode, a fresh profile per session, so the
extension's cache is empty), on ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} (shared; load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after).
"First tree" is from the extension's start (activation) to the tree's first root items (the first scan shows programs as they are
analysed: the first tree holds the programs analysed by then); "scan" to the whole first scan's end. Median of ${runs} sessions.
"Milestones" (ms from activation, the median session): scan start, parser loaded, files listed, cache read, first program analysed,
worker pool up (large workspaces), scan end.
Target (issue 15): first tree within 1 s on a 100-file repository; GPT-2 and BERT exact in the tree, under a second each.

| workspace | shown | first tree | scan | activate() | milestones | programs checked against their records |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
console.log(table);
if (!write) process.exit(0);
const resultsFile = path.join(root, 'bench/RESULTS.md');
let md = readFileSync(resultsFile, 'utf8');
const re = /## first tree\n[\s\S]*?(?=\n## |$)/;
const old = re.exec(md)?.[0];
const earlier = old ? old.replace(/^## first tree\n/, '').trim().replace(/^### Latest: /, '### ') : '';
const section = `## first tree\n\n${table}\n${earlier}\n`;
md = old ? md.replace(re, () => section.trimEnd() + '\n') : `${md.trimEnd()}\n\n${section}`;
writeFileSync(resultsFile, md);
console.log('updated bench/RESULTS.md (section "first tree")');
