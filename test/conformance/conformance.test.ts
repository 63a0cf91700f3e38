// Conformance suite: each test/conformance/expected/<program>.json records what real TensorFlow 2.21 did with
// test/conformance/programs/<program>.py (scripts/conformance/generate.py). Here the static analyzer runs on
// the same program, with no TensorFlow, and must agree on the raised error, the variables' names in creation
// order, shape, dtype, trainable, collections, initializer distribution and source line. Values TF records
// as constants that the analyzer gives as NumPy draws are drawn by the engine and compared value by value.
// Programs listed in known-gaps.json (program -> the TF rule the analyzer lacks) are reported as pending while
// they differ, and fail the run once they agree, so that the list stays true.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer } from '../../src/core/api';
import { expectedDistribution, type Distribution } from '../../src/core/initializers';
import type { Diagnostic, ProgramResult, VariableInfo } from '../../src/core/model';
import { materialize, planOp, planSeeds } from '../../src/engine/initializers';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const ROOT = path.resolve(__dirname, '../../../test/conformance');
const PROGRAMS = path.join(ROOT, 'programs');
const EXPECTED = path.join(ROOT, 'expected');
const KNOWN_GAPS = path.join(ROOT, 'known-gaps.json');

interface ExpectedVariable {
  name: string;
  shape: (number | null)[] | null;
  dtype: string;
  trainable: boolean;
  collections: string[] | null;
  init: { family: string; [k: string]: unknown };
  /** 1-based line in the entry program, or "relative/path.py:line" inside a helper module, or null. */
  line: number | string | null;
}

interface Expected {
  program: string;
  tensorflow: string;
  mode: 'v1' | 'v2';
  variables: ExpectedVariable[];
  error: { type: string; message: string; line: number | string | null } | null;
}

/** Relative tolerance for TF's numbers: they were computed in the variable's dtype. */
function tolerance(dtype: string): number {
  if (dtype === 'float16') return 1e-3;
  if (dtype === 'bfloat16') return 1e-2;
  return 1e-6;
}

function near(expected: number, actual: unknown, tol: number): boolean {
  if (typeof actual === 'boolean') actual = actual ? 1 : 0;
  if (typeof actual !== 'number' || !Number.isFinite(actual)) return false;
  if (expected === actual) return true;
  return Math.abs(expected - actual) <= tol * Math.max(Math.abs(expected), Math.abs(actual));
}

function flatten(v: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else out.push(v);
  return out;
}

function count(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** A constant's value as the flat list of elements it gives a variable of `shape` (scalars broadcast). */
function constElements(value: unknown, shape: readonly number[]): unknown[] {
  const flat = flatten(value);
  if (!Array.isArray(value) || flat.length === 1) return new Array(count(shape)).fill(flat[0]);
  return flat;
}

/** Distribution as elements for the point-mass families, so zeros ≡ const 0 and ones ≡ const 1. */
function pointMass(d: Distribution | ExpectedVariable['init'], shape: readonly number[]): unknown[] | null {
  if (d.family === 'zeros') return new Array(count(shape)).fill(0);
  if (d.family === 'ones') return new Array(count(shape)).fill(1);
  if (d.family === 'const') return constElements((d as { value: unknown }).value, shape);
  // an identity matrix is a constant too (TF records a NumPy eye as its values)
  if (d.family === 'identity' && shape.length === 2 && 'gain' in d && typeof d.gain === 'number') {
    const [r, c] = shape as [number, number];
    return Array.from({ length: r * c }, (_x, i) => (Math.floor(i / c) === i % c ? d.gain : 0));
  }
  return null;
}

const PARAMS: Record<string, string[]> = {
  uniform: ['minval', 'maxval'],
  normal: ['mean', 'stddev'],
  truncated_normal: ['mean', 'stddev'],
  orthogonal: ['gain'],
  identity: ['gain'],
};

function fmt(x: unknown): string {
  return JSON.stringify(x);
}

function compareInit(exp: ExpectedVariable, actual: Distribution, shape: readonly number[]): string | null {
  const tol = tolerance(exp.dtype);
  const e = exp.init;
  const expPoint = pointMass(e, shape);
  const actPoint = pointMass(actual, shape);
  if (expPoint || actPoint) {
    if (!expPoint || !actPoint) return `init expected ${fmt(e)}, got ${fmt(actual)}`;
    if (expPoint.length !== actPoint.length) return `init expected ${fmt(e)}, got ${fmt(actual)} (element count)`;
    for (let i = 0; i < expPoint.length; i++) {
      let ev = expPoint[i];
      if (typeof ev === 'boolean') ev = ev ? 1 : 0;
      if (typeof ev !== 'number' || !near(ev, actPoint[i], tol)) return `init expected ${fmt(e)}, got ${fmt(actual)}`;
    }
    return null;
  }
  if (e.family !== actual.family) return `init expected ${fmt(e)}, got ${fmt(actual)}`;
  if (e.family === 'uniform' && actual.family === 'uniform') {
    // the record's bounds are the values at raw 0 and raw 1 (in that order, also when a step reverses them)
    const [lo, hi] = [e.minval as number, e.maxval as number].sort((x, y) => x - y);
    return near(lo!, actual.minval, tol) && near(hi!, actual.maxval, tol) ? null : `init expected ${fmt(e)}, got ${fmt(actual)}`;
  }
  for (const k of PARAMS[e.family] ?? []) {
    const ev = e[k];
    const av = (actual as unknown as Record<string, unknown>)[k];
    if (typeof ev !== 'number' || !near(ev, av, tol)) return `init expected ${fmt(e)}, got ${fmt(actual)}`;
  }
  return null;
}

/** The shape TensorFlow computed fans from: a partitioned variable's full shape, else its own. */
function fanShape(v: VariableInfo, all: readonly VariableInfo[]): number[] {
  const own = (v.shape ?? []).map((d) => d ?? 0);
  if (!v.partition) return own;
  const parts = all.filter((o) => o.partition?.fullName === v.partition!.fullName && o.shape);
  if (parts.length < 2) return own;
  const shapes = parts.map((p) => p.shape!.map((d) => d ?? 0));
  let axis = shapes[0]!.findIndex((_, i) => shapes.some((s) => s[i] !== shapes[0]![i]));
  if (axis < 0) axis = 0;
  const full = [...shapes[0]!];
  full[axis] = shapes.reduce((a, s) => a + (s[axis] ?? 0), 0);
  return full;
}

function sameFile(actual: string, entry: string): boolean {
  return path.resolve(actual) === path.resolve(entry);
}

function lineMatches(expected: number | string, file: string, line: number, entry: string): boolean {
  if (typeof expected === 'number') return line === expected && sameFile(file, entry);
  const cut = expected.lastIndexOf(':');
  const rel = expected.slice(0, cut);
  const n = Number(expected.slice(cut + 1));
  return line === n && sameFile(file, path.join(PROGRAMS, rel));
}

function where(file: string, line: number, entry: string): string {
  return sameFile(file, entry) ? String(line) : `${path.relative(PROGRAMS, file)}:${line}`;
}

/** Every difference between TensorFlow's record and the analyzer's result, as short lines. */
function compare(exp: Expected, r: ProgramResult, entry: string): string[] {
  const out: string[] = [];
  const raising: Diagnostic | undefined = r.diagnostics.find((d) => d.raises);

  // (a) the error TensorFlow raised.
  if (exp.error && !raising) {
    out.push(`error: TF raised ${exp.error.type} at ${exp.error.line}: ${exp.error.message}`);
    out.push('       analyzer reports no raising diagnostic');
  } else if (!exp.error && raising) {
    out.push(`error: TF raised nothing; analyzer says ${raising.raises!.type} at ${where(raising.file, raising.line, entry)}: ${raising.raises!.message}`);
  } else if (exp.error && raising) {
    if (raising.raises!.type !== exp.error.type) out.push(`error type: expected ${exp.error.type}, got ${raising.raises!.type}`);
    if (raising.raises!.message !== exp.error.message) {
      out.push(`error message: expected ${fmt(exp.error.message)}`);
      out.push(`               got      ${fmt(raising.raises!.message)}`);
    }
    if (exp.error.line !== null && !lineMatches(exp.error.line, raising.file, raising.line, entry)) {
      out.push(`error line: expected ${exp.error.line}, got ${where(raising.file, raising.line, entry)}`);
    }
  }

  // (b) names in creation order (only what was created before TensorFlow stopped).
  let actual = [...r.variables].sort((a, b) => a.order - b.order);
  if (exp.error && raising && typeof raising.order === 'number') actual = actual.filter((v) => v.order < raising.order!);
  const en = exp.variables.map((v) => v.name);
  const an = actual.map((v) => v.name);
  if (fmt(en) !== fmt(an)) {
    out.push(`names: expected ${en.length}, got ${an.length}`);
    const n = Math.max(en.length, an.length);
    for (let i = 0; i < n; i++) {
      const a = an[i];
      const e = en[i];
      out.push(`  ${e === a ? ' ' : '!'} #${i} expected ${e ?? '-'}${e === a ? '' : `   got ${a ?? '-'}`}`);
    }
  }

  // (c)-(e) attributes of the variables whose names line up.
  for (let i = 0; i < Math.min(exp.variables.length, actual.length); i++) {
    const e = exp.variables[i]!;
    const a = actual[i]!;
    if (e.name !== a.name) continue;
    const diffs: string[] = [];
    if (fmt(e.shape) !== fmt(a.shape)) diffs.push(`shape expected ${fmt(e.shape)}, got ${fmt(a.shape)}`);
    if (e.dtype !== a.dtype) diffs.push(`dtype expected ${e.dtype}, got ${a.dtype}`);
    if (e.trainable !== a.trainable) diffs.push(`trainable expected ${e.trainable}, got ${a.trainable}`);
    if (e.collections && a.collections) {
      const ec = [...e.collections].sort();
      const ac = [...a.collections].sort();
      if (fmt(ec) !== fmt(ac)) diffs.push(`collections expected ${fmt(ec)}, got ${fmt(ac)}`);
    }
    if (e.init.family !== 'unknown') {
      const shape = fanShape(a, actual);
      const own = (a.shape ?? []).map((x) => x ?? 0);
      // NumPy's draws are constants to TF: the engine draws them (NumPy's legacy stream) to compare
      const drawn = a.initializer.kind === 'numpy_random' && e.init.family === 'const'
        ? { family: 'const' as const, value: Array.from(materialize(planOp(a.initializer, own, a.dtype), planSeeds(a.initializer, a.seed, a.name).state, a.dtype, count(own)).values) }
        : null;
      const d = compareInit(e, drawn ?? expectedDistribution(a.initializer, shape), own);
      if (d) diffs.push(`${d} from ${fmt(a.initializer)}`);
    }
    if (typeof e.line === 'number' && !lineMatches(e.line, a.location.file, a.location.line, entry)) {
      diffs.push(`line expected ${e.line}, got ${where(a.location.file, a.location.line, entry)}`);
    }
    if (diffs.length) out.push(`${e.name}: ${diffs.join('; ')}`);
  }
  return out;
}

function expectations(): Expected[] {
  if (!fs.existsSync(EXPECTED)) return [];
  return fs
    .readdirSync(EXPECTED)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(EXPECTED, f), 'utf8')) as Expected);
}

/** known-gaps.json: program file name -> one line naming what TF does that the analyzer does not (yet). */
function knownGaps(): Map<string, string> {
  if (!fs.existsSync(KNOWN_GAPS)) return new Map();
  const raw = JSON.parse(fs.readFileSync(KNOWN_GAPS, 'utf8')) as Record<string, unknown>;
  return new Map(Object.entries(raw).filter(([k]) => !k.startsWith('//')).map(([k, v]) => [k, String(v)]));
}

describe('conformance with TensorFlow 2.21', function () {
  const all = expectations();
  const gaps = knownGaps();
  let analyzer: Analyzer;
  let exact = 0;
  let pending = 0;

  before(async function () {
    analyzer = await loadAnalyzer();
  });

  after(function () {
    console.log(`conformance: ${exact}/${all.length} programs exact (${pending} known gaps pending)`);
  });

  it('lists only recorded programs as known gaps, each with a reason', function () {
    const recorded = new Set(all.map((e) => e.program));
    assert.deepStrictEqual([...gaps.keys()].filter((p) => !recorded.has(p)), [], 'known-gaps.json names programs without records');
    for (const [p, why] of gaps) assert.ok(why.trim().length >= 20, `known gap ${p} needs a reason naming the missing TF rule`);
  });

  it('has recorded expectations for its programs', function () {
    const programs = fs.readdirSync(PROGRAMS).filter((f) => /^\d{3}_.*\.py$/.test(f));
    const recorded = new Set(all.map((e) => e.program));
    assert.ok(all.length >= 110, `only ${all.length} expectations`);
    assert.deepStrictEqual(programs.filter((p) => !recorded.has(p)), [], 'programs without expectations: run generate.py');
  });

  for (const exp of all) {
    it(exp.program, function () {
      const entry = path.join(PROGRAMS, exp.program);
      let r: ProgramResult;
      try {
        // The records are TensorFlow 2.21 with Keras 3: the analysis targets exactly that.
        r = analyzer.analyze(entry, fsHost(), { target: 'keras3' });
      } catch (err) {
        assert.fail(`analyzer threw: ${(err as Error).stack ?? String(err)}`);
      }
      const diffs = compare(exp, r, entry);
      const gap = gaps.get(exp.program);
      if (gap !== undefined) {
        if (!diffs.length) assert.fail(`${exp.program} is listed in known-gaps.json but now agrees with TensorFlow: remove it from the list`);
        pending++;
        this.skip();
      }
      if (diffs.length) assert.fail(`${exp.program} (${exp.mode}) differs from TensorFlow:\n    ${diffs.join('\n    ')}`);
      exact++;
    });
  }
});
