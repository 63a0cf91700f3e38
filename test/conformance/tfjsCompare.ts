// The TF.js comparator: what real TensorFlow.js recorded for a program (scripts/conformance/tfjs-recorder.mjs)
// against the TypeScript analyzer's ProgramResult — raised error, variable names in creation order, shape,
// dtype, trainable, initializer distribution, source line. Shared by the conformance suite (tfjs.test.ts) and
// the differential tester (test/difftest/tfjs/); each difference carries its category.

import * as path from 'path';
import { expectedDistribution, type Distribution } from '../../src/core/initializers';
import type { ProgramResult } from '../../src/core/model';

export interface ExpectedVariable {
  name: string;
  shape: number[];
  dtype: string;
  trainable: boolean;
  init: { family: string; [k: string]: unknown };
  /** 1-based line in the entry program, `"_helper.ts:12"` in a helper module, or null. */
  line: number | string | null;
}

/** A model the program made, with model.summary()'s counts (recorded after the run) and TF.js's countParams(). */
export interface ExpectedModel {
  name: string;
  className: string;
  layers: string[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
  countParams: number | null;
}

export interface Expected {
  program: string;
  tfjs: string;
  variables: ExpectedVariable[];
  models?: ExpectedModel[];
  error: { type: string; message: string; line: number | null } | null;
}

export type DiffCategory = 'names' | 'shape' | 'dtype' | 'trainable' | 'initializer' | 'line' | 'error' | 'models';
export interface Difference {
  category: DiffCategory;
  text: string;
}

const PARAMS: Record<string, string[]> = {
  uniform: ['minval', 'maxval'], normal: ['mean', 'stddev'], truncated_normal: ['mean', 'stddev'], orthogonal: ['gain'], identity: ['gain'],
};

function near(e: number, a: unknown): boolean {
  return typeof a === 'number' && (e === a || Math.abs(e - a) <= 1e-6 * Math.max(Math.abs(e), Math.abs(a)));
}

/** Point masses as one value per element (zeros ≡ const 0, ones ≡ const 1); null for random families. */
function points(d: { family: string; value?: unknown }, n: number): unknown[] | null {
  if (d.family === 'zeros') return new Array(n).fill(0);
  if (d.family === 'ones') return new Array(n).fill(1);
  if (d.family === 'const') return Array.isArray(d.value) ? d.value.flat(10) : new Array(n).fill(d.value);
  return null;
}

function compareInit(e: ExpectedVariable['init'], a: Distribution, n: number): string | null {
  const ep = points(e, n);
  const ap = points(a as { family: string; value?: unknown }, n);
  const msg = `init expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`;
  if (ep || ap) {
    if (!ep || !ap || ep.length !== ap.length) return msg;
    return ep.every((x, i) => typeof x === 'number' && near(x, ap[i])) ? null : msg;
  }
  if (e.family !== a.family) return msg;
  for (const k of PARAMS[e.family] ?? []) if (!near(e[k] as number, (a as unknown as Record<string, unknown>)[k])) return msg;
  return null;
}

/** Whether the analyzer's location is the recorded line (a number: in the entry; `"rel/path.ts:12"`: a helper under `programs`). */
function sameLine(expected: number | string, file: string, line: number, entry: string, programs: string): boolean {
  if (typeof expected === 'number') return line === expected && path.resolve(file) === path.resolve(entry);
  const cut = expected.lastIndexOf(':');
  return line === Number(expected.slice(cut + 1)) && path.resolve(file) === path.join(programs, expected.slice(0, cut));
}

function compareError(exp: Expected, r: ProgramResult): Difference[] {
  const out: string[] = [];
  const raising = r.diagnostics.find((d) => d.raises);
  if (exp.error && !raising) out.push(`error: TF.js raised ${exp.error.type} at ${exp.error.line}: ${exp.error.message}; analyzer reports none`);
  else if (!exp.error && raising) out.push(`error: TF.js raised nothing; analyzer says ${raising.raises!.type} at ${raising.line}: ${raising.raises!.message}`);
  else if (exp.error && raising) {
    if (raising.raises!.type !== exp.error.type) out.push(`error type: expected ${exp.error.type}, got ${raising.raises!.type}`);
    if (raising.raises!.message !== exp.error.message) out.push(`error message: expected ${JSON.stringify(exp.error.message)}\n               got      ${JSON.stringify(raising.raises!.message)}`);
    if (exp.error.line !== null && raising.line !== exp.error.line) out.push(`error line: expected ${exp.error.line}, got ${raising.line}`);
  }
  return out.map((text) => ({ category: 'error', text }));
}

/** The models (when recorded and TF.js raised nothing): names, classes, layers and parameter counts in order. */
function compareModels(exp: Expected, r: ProgramResult): Difference[] {
  if (!exp.models || exp.error) return [];
  const got = (r.models ?? []).map((m) => ({ name: m.name, className: m.className, layers: m.layers, totalParams: m.totalParams, trainableParams: m.trainableParams, nonTrainableParams: m.nonTrainableParams }));
  const want = exp.models.map((m) => ({ name: m.name, className: m.className, layers: m.layers, totalParams: m.totalParams, trainableParams: m.trainableParams, nonTrainableParams: m.nonTrainableParams }));
  const out: Difference[] = [];
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) out.push({ category: 'models', text: `model #${i}: expected ${JSON.stringify(want[i] ?? null)}\n               got      ${JSON.stringify(got[i] ?? null)}` });
  }
  return out;
}

/** Every difference between TF.js's record and the analyzer's result for `entry` (helpers resolved under `programs`). */
export function compareTfjs(exp: Expected, r: ProgramResult, entry: string, programs: string): Difference[] {
  const out = [...compareError(exp, r), ...compareModels(exp, r)];
  const raising = r.diagnostics.find((d) => d.raises);
  let actual = [...r.variables].sort((a, b) => a.order - b.order);
  if (raising && typeof raising.order === 'number') actual = actual.filter((v) => v.order < raising.order!);
  const en = exp.variables.map((v) => v.name);
  const an = actual.map((v) => v.name);
  if (JSON.stringify(en) !== JSON.stringify(an)) {
    const lines = [`names: expected ${en.length}, got ${an.length}`];
    for (let i = 0; i < Math.max(en.length, an.length); i++) lines.push(`  ${en[i] === an[i] ? ' ' : '!'} #${i} expected ${en[i] ?? '-'}${en[i] === an[i] ? '' : `   got ${an[i] ?? '-'}`}`);
    out.push({ category: 'names', text: lines.join('\n    ') });
  }
  for (let i = 0; i < Math.min(exp.variables.length, actual.length); i++) {
    const e = exp.variables[i]!;
    const a = actual[i]!;
    if (e.name !== a.name) continue;
    const d: Difference[] = [];
    if (JSON.stringify(e.shape) !== JSON.stringify(a.shape)) d.push({ category: 'shape', text: `shape expected ${JSON.stringify(e.shape)}, got ${JSON.stringify(a.shape)}` });
    if (e.dtype !== a.dtype) d.push({ category: 'dtype', text: `dtype expected ${e.dtype}, got ${a.dtype}` });
    if (e.trainable !== a.trainable) d.push({ category: 'trainable', text: `trainable expected ${e.trainable}, got ${a.trainable}` });
    if (e.init.family !== 'unknown') {
      const shape = (a.shape ?? []).map((x) => x ?? 0);
      const c = compareInit(e.init, expectedDistribution(a.initializer, shape), shape.reduce((x, y) => x * y, 1));
      if (c) d.push({ category: 'initializer', text: `${c} from ${JSON.stringify(a.initializer)}` });
    }
    if (e.line !== null && !sameLine(e.line, a.location.file, a.location.line, entry, programs)) {
      d.push({ category: 'line', text: `line expected ${e.line}, got ${path.relative(programs, a.location.file)}:${a.location.line}` });
    }
    for (const x of d) out.push({ category: x.category, text: `${e.name}: ${x.text}` });
  }
  return out;
}
