// The conformance comparator: every difference between TensorFlow's record of a program (the JSON that
// scripts/conformance/generate.py writes) and the analyzer's ProgramResult for it, as categorized short lines.
// Shared by the conformance suite (conformance.test.ts) and the differential tester (scripts/difftest/python).

import * as path from 'path';
import { expectedDistribution, type Distribution } from '../../src/core/initializers';
import type { Diagnostic, ProgramResult, VariableInfo } from '../../src/core/model';
import { materialize, planOp, planSeeds } from '../../src/engine/initializers';

/** What a difference is about; the differential tester tabulates mismatches by it. */
export type DiffCategory = 'error' | 'names' | 'shape' | 'dtype' | 'trainable' | 'collections' | 'initializer' | 'line' | 'models';

export interface Diff {
  category: DiffCategory;
  text: string;
}

export interface ExpectedVariable {
  name: string;
  shape: (number | null)[] | null;
  dtype: string;
  trainable: boolean;
  collections: string[] | null;
  init: { family: string; [k: string]: unknown };
  /** 1-based line in the entry program, or "relative/path.py:line" inside a helper module, or null. */
  line: number | string | null;
}

export interface Expected {
  program: string;
  tensorflow: string;
  mode: 'v1' | 'v2';
  variables: ExpectedVariable[];
  error: { type: string; message: string; line: number | string | null } | null;
  /** Records made with the TF 1.x harness (scripts/conformance/tf1_shims.py): the TensorFlow they stand for. */
  target?: '1.15' | '2.15';
  /** How such a record was made (which pieces are TF's frozen code, which the harness's reimplementation). */
  harness?: string;
  /**
   * Keras 3 models the program made (constructor order) as the program leaves them: model.summary()'s counts
   * (trainable and non-trainable weights), `countParams` = model.count_params() (null while unbuilt), the
   * optimizer's variables apart (`optimizerParams`, which summary() adds to its total once the optimizer is built).
   */
  models?: ExpectedModel[];
}

export interface ExpectedModel {
  name: string;
  className: string;
  layers: string[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
  countParams: number | null;
  built: boolean;
  optimizerParams: number;
  line: number | string | null;
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
    // TF computes the bounds as minval + (maxval - minval) * raw in the variable's dtype: the rounding error
    // is relative to the larger of the bounds and the span (float16 [-1, 0.05) records 0.0498046875)
    const scale = Math.max(Math.abs(lo!), Math.abs(hi!), hi! - lo!);
    const close = (x: number, y: number): boolean => Math.abs(x - y) <= tol * scale;
    return close(lo!, actual.minval) && close(hi!, actual.maxval) ? null : `init expected ${fmt(e)}, got ${fmt(actual)}`;
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
  return line === n && sameFile(file, path.join(path.dirname(entry), rel));
}

function where(file: string, line: number, entry: string): string {
  return sameFile(file, entry) ? String(line) : `${path.relative(path.dirname(entry), file)}:${line}`;
}

/** (a) the error TensorFlow raised against the analyzer's first raising diagnostic. */
function compareError(exp: Expected, raising: Diagnostic | undefined, entry: string): Diff[] {
  const out: Diff[] = [];
  const push = (text: string): void => void out.push({ category: 'error', text });
  if (exp.error && !raising) {
    push(`error: TF raised ${exp.error.type} at ${exp.error.line}: ${exp.error.message}`);
    push('       analyzer reports no raising diagnostic');
  } else if (!exp.error && raising) {
    push(`error: TF raised nothing; analyzer says ${raising.raises!.type} at ${where(raising.file, raising.line, entry)}: ${raising.raises!.message}`);
  } else if (exp.error && raising) {
    if (raising.raises!.type !== exp.error.type) push(`error type: expected ${exp.error.type}, got ${raising.raises!.type}`);
    if (raising.raises!.message !== exp.error.message) {
      push(`error message: expected ${fmt(exp.error.message)}`);
      push(`               got      ${fmt(raising.raises!.message)}`);
    }
    if (exp.error.line !== null && !lineMatches(exp.error.line, raising.file, raising.line, entry)) {
      push(`error line: expected ${exp.error.line}, got ${where(raising.file, raising.line, entry)}`);
    }
  }
  return out;
}

/** (b) names in creation order. */
function compareNames(exp: Expected, actual: readonly VariableInfo[]): Diff[] {
  const en = exp.variables.map((v) => v.name);
  const an = actual.map((v) => v.name);
  if (fmt(en) === fmt(an)) return [];
  const out: Diff[] = [{ category: 'names', text: `names: expected ${en.length}, got ${an.length}` }];
  const n = Math.max(en.length, an.length);
  for (let i = 0; i < n; i++) {
    const a = an[i];
    const e = en[i];
    out.push({ category: 'names', text: `  ${e === a ? ' ' : '!'} #${i} expected ${e ?? '-'}${e === a ? '' : `   got ${a ?? '-'}`}` });
  }
  return out;
}

/** The initializer difference of one variable whose name lines up, or null. */
function initDiff(e: ExpectedVariable, a: VariableInfo, actual: readonly VariableInfo[]): string | null {
  if (e.init.family === 'unknown') return null;
  const shape = fanShape(a, actual);
  const own = (a.shape ?? []).map((x) => x ?? 0);
  // NumPy's draws are constants to TF: the engine draws them (NumPy's legacy stream) to compare
  const drawn = a.initializer.kind === 'numpy_random' && e.init.family === 'const'
    ? { family: 'const' as const, value: Array.from(materialize(planOp(a.initializer, own, a.dtype), planSeeds(a.initializer, a.seed, a.name).state, a.dtype, count(own)).values) }
    : null;
  const d = compareInit(e, drawn ?? expectedDistribution(a.initializer, shape), own);
  return d ? `${d} from ${fmt(a.initializer)}` : null;
}

/** (c)-(e) attributes of one variable whose name lines up. */
function compareVariable(e: ExpectedVariable, a: VariableInfo, actual: readonly VariableInfo[], entry: string): Diff[] {
  const out: Diff[] = [];
  const push = (category: DiffCategory, text: string): void => void out.push({ category, text: `${e.name}: ${text}` });
  if (fmt(e.shape) !== fmt(a.shape)) push('shape', `shape expected ${fmt(e.shape)}, got ${fmt(a.shape)}`);
  if (e.dtype !== a.dtype) push('dtype', `dtype expected ${e.dtype}, got ${a.dtype}`);
  if (e.trainable !== a.trainable) push('trainable', `trainable expected ${e.trainable}, got ${a.trainable}`);
  if (e.collections && a.collections) {
    const ec = [...e.collections].sort();
    const ac = [...a.collections].sort();
    if (fmt(ec) !== fmt(ac)) push('collections', `collections expected ${fmt(ec)}, got ${fmt(ac)}`);
  }
  const d = initDiff(e, a, actual);
  if (d) push('initializer', d);
  if (typeof e.line === 'number' && !lineMatches(e.line, a.location.file, a.location.line, entry)) {
    push('line', `line expected ${e.line}, got ${where(a.location.file, a.location.line, entry)}`);
  }
  return out;
}

/**
 * Every difference between TensorFlow's record and the analyzer's result for the program file `entry`
 * (helper modules' "rel:line" records are relative to its folder), as categorized short lines.
 */
export function compare(exp: Expected, r: ProgramResult, entry: string): Diff[] {
  const raising: Diagnostic | undefined = r.diagnostics.find((d) => d.raises);
  const out = compareError(exp, raising, entry);
  // only what was created before TensorFlow stopped
  let actual = [...r.variables].sort((a, b) => a.order - b.order);
  if (exp.error && raising && typeof raising.order === 'number') actual = actual.filter((v) => v.order < raising.order!);
  out.push(...compareNames(exp, actual));
  for (let i = 0; i < Math.min(exp.variables.length, actual.length); i++) {
    const e = exp.variables[i]!;
    const a = actual[i]!;
    if (e.name === a.name) out.push(...compareVariable(e, a, actual, entry));
  }
  if (!exp.error) out.push(...compareModels(exp, r));
  return out;
}

/** The models (when recorded and TF raised nothing): names, classes, layers, parameter counts and lines, in order. */
function compareModels(exp: Expected, r: ProgramResult): Diff[] {
  if (!exp.models) return [];
  const pick = (m: { name: string; className: string; layers: string[]; totalParams: number | null; trainableParams: number | null; nonTrainableParams: number | null }) =>
    ({ name: m.name, className: m.className, layers: m.layers, totalParams: m.totalParams, trainableParams: m.trainableParams, nonTrainableParams: m.nonTrainableParams });
  const want = exp.models.map((m) => ({ ...pick(m), line: typeof m.line === 'number' ? m.line : null }));
  // a layer name with an unknown suffix (`keras_tensor_?`: a global counter the analysis does not keep) agrees with
  // the recorded name it leaves open, and with no other
  const open = (g: string, w: string | undefined): string => (w !== undefined && /_\?$/.test(g) && new RegExp(`^${g.slice(0, -2).replace(/[.*+^$()[\]{}|\\]/g, '\\$&')}(_\\d+)?$`).test(w) ? w : g);
  const got = (r.models ?? []).map((m, i) => ({ ...pick(m), layers: m.layers.map((n, j) => open(n, want[i]?.layers[j])), line: m.location?.line ?? null }));
  const out: Diff[] = [];
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    const built = exp.models[i]?.countParams;
    if (typeof built === 'number' && got[i] && got[i]!.totalParams !== built) {
      out.push({ category: 'models', text: `model #${i}: count_params() ${built}, got totalParams ${String(got[i]!.totalParams)}` });
    }
    if (JSON.stringify(got[i] ?? null) !== JSON.stringify(want[i] ?? null)) {
      out.push({ category: 'models', text: `model #${i}: expected ${JSON.stringify(want[i] ?? null)}\n           got      ${JSON.stringify(got[i] ?? null)}` });
    }
  }
  return out;
}
