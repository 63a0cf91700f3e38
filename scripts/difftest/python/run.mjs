// `node scripts/difftest/python/run.mjs --n 2000 --seed S [--jobs 2] [--shrink K|all|0] [--save] [--baseline D] [--analyzer D]`:
// generates N random TensorFlow programs from seed S, runs each under real TensorFlow (long-lived workers,
// needs /tmp/tf or $DIFFTEST_PYTHON) and the analyzer (out/, so `npx tsc -b` first), prints a table of
// mismatches by category, shrinks mismatches and with --save records the shrunk ones as conformance fixtures.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { fileURLToPath } from 'url';
import { CATEGORIES, check, loadTools, primary, shrink } from './check.mjs';
import { kerasProgram } from './gen-keras.mjs';
import { kerasLifeProgram } from './gen-keraslife.mjs';
import { tf1LayersProgram } from './gen-tf1layers.mjs';
import { tf1Program } from './gen-tf1.mjs';
import { Pool, PYTHON } from './pool.mjs';
import { render, rng } from './program.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PROGRAMS = path.join(ROOT, 'test/conformance/programs');

function parseArgs(argv) {
  const o = { n: 200, seed: 1, jobs: 2, shrink: '20', save: false, show: 5, kind: 'all', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--n') o.n = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--jobs') o.jobs = Math.max(1, Number(v()));
    else if (a === '--shrink') o.shrink = v();
    else if (a === '--save') o.save = true;
    else if (a === '--show') o.show = Number(v());
    else if (a === '--kind') o.kind = v();
    else if (a === '--keep') o.keep = true;
    else if (a === '--baseline') o.baseline = v();
    else if (a === '--analyzer') o.analyzer = v();
    else if (a === '--budget') o.budget = Number(v());
    else if (a === '--number') o.number = Number(v());
    else if (a === '--lang') { if (v() !== 'python') throw new Error('this runner is --lang python'); }
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

/** Program `i` of seed `seed`: the same pair always gives the same program. */
export function program(seed, i, kind = 'all') {
  const r = rng(seed, i);
  // the wider families (issue 11): only on request, so `all` keeps giving the programs it always gave
  if (kind === 'tf1layers') return { family: kind, nodes: tf1LayersProgram(r) };
  if (kind === 'keraslife') return { family: kind, nodes: kerasLifeProgram(r) };
  const tf1 = kind === 'tf1' || (kind !== 'keras' && r.chance(0.6));
  return { family: tf1 ? 'tf1' : 'keras', nodes: tf1 ? tf1Program(r) : kerasProgram(r) };
}

/** A short signature of a mismatch for grouping: its primary category and first diff, digits elided. */
function signature(res) {
  const cat = primary(res.cats);
  const first = res.diffs.find((d) => d.category === cat)?.text ?? '';
  return `${cat}: ${first.replace(/\d+(\.\d+)?/g, '#').replace(/"[^"]*"/g, '"…"').slice(0, 140)}`;
}

function table(o, rows, ms, key = 'cats', label = 'analyzer') {
  const byCat = new Map(CATEGORIES.map((c) => [c, 0]));
  let bad = 0;
  for (const r of rows) {
    if (!r[key] || !r[key].size) continue;
    bad++;
    for (const c of r[key]) byCat.set(c, byCat.get(c) + 1);
  }
  const skipped = rows.filter((r) => r.skip).length;
  const lines = [`difftest python (${label}): n=${o.n} seed=${o.seed} in ${(ms / 1000).toFixed(0)} s — ${bad} mismatching programs, ${rows.length - bad - skipped} exact, ${skipped} skipped (TF side failed)`];
  if (o.cpu) lines.push(o.cpu);
  lines.push('| category | programs |', '|---|---|');
  for (const [c, k] of byCat) lines.push(`| ${c} | ${k} |`);
  return lines.join('\n');
}

/** The next free fixture number: after the highest, or with `--number N` the first free one from N (a helper's range). */
function nextFixtureNumber(from) {
  const nums = new Set(fs.readdirSync(PROGRAMS).filter((f) => /^\d{3,4}_/.test(f)).map((f) => Number(f.split('_')[0])));
  if (from !== undefined) {
    let n = from;
    while (nums.has(n)) n++;
    return n;
  }
  return Math.max(0, ...nums) + 1;
}

function saveFixture(o, item, shrunk) {
  const cat = primary(new Set(shrunk.diffs.map((d) => d.category)));
  const num = String(nextFixtureNumber(o.number)).padStart(3, '0');
  const file = `${num}_difftest_${cat}_s${o.seed}_p${item.i}.py`;
  const why = shrunk.diffs[0]?.text.replace(/\s+/g, ' ').slice(0, 150) ?? '';
  const text = `# Differential-test fixture (scripts/difftest/python, seed ${o.seed}, program ${item.i}, shrunk).\n# The analyzer differed from TensorFlow here: ${why}\n${render(shrunk.nodes)}\n`;
  fs.writeFileSync(path.join(PROGRAMS, file), text);
  const r = spawnSync(PYTHON, [path.join(ROOT, 'scripts/conformance/generate.py'), num], { stdio: 'inherit' });
  console.log(`saved ${file}${r.status ? ' (recording failed)' : ''}`);
}

async function runAll(o, tools, pool, dir) {
  const rows = new Array(o.n);
  let next = 0;
  const lanes = Array.from({ length: o.jobs + 1 }, async () => {
    while (next < o.n) {
      const i = next++;
      const p = program(o.seed, i, o.kind);
      const res = await check(tools, pool, dir, `p${i}.py`, p.nodes);
      rows[i] = { i, ...p, ...res };
      if ((i + 1) % 200 === 0) process.stderr.write(`.. ${i + 1}/${o.n}\n`);
    }
  });
  await Promise.all(lanes);
  return rows;
}

async function shrinkAll(o, tools, pool, dir, bad) {
  const groups = new Map();
  for (const r of bad) {
    const s = signature(r);
    if (!groups.has(s)) groups.set(s, []);
    groups.get(s).push(r);
  }
  const limit = o.shrink === 'all' ? Infinity : Number(o.shrink);
  const picked = o.shrink === 'all' ? bad : [...groups.values()].sort((a, b) => b.length - a.length).map((g) => g[0]).slice(0, limit);
  console.log(`\n${groups.size} distinct mismatch signatures; shrinking ${picked.length}`);
  for (const [sig, g] of [...groups].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${String(g.length).padStart(4)}  p${g[0].i}  ${sig}`);
  const done = [];
  for (const item of picked) {
    const s = await shrink(tools, pool, dir, `p${item.i}`, item.nodes, item, { jobs: o.jobs, budget: o.budget ?? 400 });
    done.push({ item, s });
    const count = groups.get(signature(item))?.length ?? 1;
    console.log(`\n--- program ${item.i} (${item.family}, ${count} alike, ${s.checks} checks) ${[...item.cats].join(',')}`);
    console.log(render(s.nodes).split('\n').map((l) => `    ${l}`).join('\n'));
    console.log(s.diffs.slice(0, o.show).map((d) => `  ${d.text}`).join('\n'));
    if (o.save) saveFixture(o, item, s);
  }
  return done;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `difftest-py-${o.seed}-`)));
  const tools = await loadTools(o.baseline, o.analyzer);
  const pool = new Pool(dir, o.jobs);
  await pool.ready();
  const t0 = Date.now();
  const rows = await runAll(o, tools, pool, dir);
  const ms = Date.now() - t0;
  const cpu = pool.cpuSeconds();
  const node = process.cpuUsage();
  o.cpu = `CPU: TF workers ${cpu === null ? '?' : cpu.toFixed(0)} s, analyzer ${((node.user + node.system) / 1e6).toFixed(0)} s`;
  const bad = rows.filter((r) => r.cats && r.cats.size);
  const summary = (o.baseline ? `${table(o, rows, ms, 'baseCats', `baseline ${o.baseline}`)}\n\n` : '') + table(o, rows, ms);
  console.log(summary);
  if (bad.length) await shrinkAll(o, tools, pool, dir, bad);
  console.log(`\n${summary}`);
  pool.close();
  if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`programs kept in ${dir}`);
  process.exitCode = bad.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e.stack ?? String(e));
  process.exit(2);
});
