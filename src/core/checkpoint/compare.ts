// What restoring a checkpoint by name (TF1's `tf.train.Saver` / `init_from_checkpoint` with the identity map)
// would do to a program's variables: each variable is restored (same name, shape and dtype), mismatched (same
// name, other shape or dtype: the restore fails), or missing (a strict restore fails; otherwise it keeps its
// initializer); checkpoint entries no variable takes are unused. Suggests a scope prefix that would line them up.

import type { VariableInfo } from '../model';
import { kerasLoadWeights, layersOfVariables } from './kerasRestore';

/** A checkpoint tensor as the comparison needs it. */
export interface CheckpointTensor {
  name: string;
  dtype: string;
  shape: number[];
  /** A legacy Keras `.h5`: the layer (entry of `layer_names`) whose `weight_names` list this tensor, in order. */
  group?: string;
}

/** A weights file's listing as a host reads it (index or header only), for the analyzer's restore checks. */
export interface CheckpointListing {
  /** The checkpoint prefix or weights file it resolved to. */
  path: string;
  format: string;
  tensors: CheckpointTensor[];
  /** Set when something is there but cannot be read (the message says why). */
  error?: string;
}

export type RestoreStatus = 'restored' | 'mismatched' | 'missing';

export interface VariableRestore {
  name: string;
  status: RestoreStatus;
  shape: VariableInfo['shape'];
  dtype: string;
  /** mismatched: the checkpoint's tensor. */
  checkpoint?: { shape: number[]; dtype: string };
  /** The checkpoint entry it lines up with, when that is not its own name (Keras 3 files: `layers/dense/vars/0`). */
  tensor?: string;
  /** Why, in TensorFlow's terms. */
  message: string;
}

export interface PrefixFix {
  /** Names in the checkpoint start with `from` where the program's start with `to` (either may be ''). */
  from: string;
  to: string;
  /** Missing variables this mapping would restore. */
  restores: number;
  /** The `assignment_map` for `tf.compat.v1.train.init_from_checkpoint` that applies it. */
  assignmentMap: Record<string, string>;
}

export interface CheckpointComparison {
  variables: VariableRestore[];
  /** Checkpoint entries no compared variable takes (object-graph bookkeeping left out). */
  unused: CheckpointTensor[];
  counts: Record<RestoreStatus, number> & { unused: number };
  /** A strict restore (`Saver.restore`) of these variables fails: a variable is missing or mismatched. */
  strictRestoreFails: boolean;
  prefixFix?: PrefixFix;
}

/** Bookkeeping entries of object-based checkpoints, not variables. */
const BOOKKEEPING = /^(_CHECKPOINTABLE_OBJECT_GRAPH|save_counter\/\.ATTRIBUTES\/VARIABLE_VALUE)$/;

const shapeStr = (s: readonly (number | null)[] | null): string => (s === null ? '<unknown>' : `[${s.map((d) => d ?? '?').join(',')}]`);

/** Same shape: every dimension the program knows equals the checkpoint's (unknown dims cannot be judged). */
function sameShape(v: VariableInfo['shape'], c: readonly number[]): boolean | null {
  if (v === null) return null;
  if (v.length !== c.length) return false;
  if (v.some((d, i) => d !== null && d !== c[i])) return false;
  return v.some((d) => d === null) ? null : true;
}

function judge(v: VariableInfo, t: CheckpointTensor | undefined, tfCheckpoint: boolean): VariableRestore {
  const base = { name: v.name, shape: v.shape, dtype: v.dtype };
  if (!t) {
    const message = tfCheckpoint
      ? `Key ${v.name} not found in checkpoint: a strict restore (Saver.restore) raises NotFoundError; otherwise it keeps its initializer`
      : `not in the weights file: a strict load fails; otherwise it keeps its initializer`;
    return { ...base, status: 'missing', message };
  }
  const shapeOk = sameShape(v.shape, t.shape);
  const dtypeOk = t.dtype === v.dtype.replace(/_ref$/, '');
  if (shapeOk === false || !dtypeOk) {
    const what = shapeOk === false ? `shape ${shapeStr(t.shape)} in the checkpoint, ${shapeStr(v.shape)} in the program` : `dtype ${t.dtype} in the checkpoint, ${v.dtype} in the program`;
    return { ...base, status: 'mismatched', checkpoint: { shape: t.shape, dtype: t.dtype }, message: `${what}: the restore fails (${shapeOk === false ? 'Assign requires shapes of both tensors to match' : 'the dtypes differ'})` };
  }
  const note = shapeOk === null ? ` (the program's shape ${shapeStr(v.shape)} is not fully known: checked where known)` : '';
  return { ...base, status: 'restored', checkpoint: { shape: t.shape, dtype: t.dtype }, message: `restored from the checkpoint${note}` };
}

/**
 * The prefix difference that would restore the most missing variables from unused entries with the same shape:
 * the checkpoint says `bert/...` where the program says `model/bert/...`, or the other way round.
 */
export function findPrefixFix(missing: readonly Pick<VariableInfo, 'name' | 'shape'>[], unused: readonly CheckpointTensor[]): PrefixFix | undefined {
  // candidate (checkpoint prefix, program prefix) -> the [checkpoint name, program name] pairs it lines up
  const votes = new Map<string, [string, string][]>();
  const vote = (from: string, to: string, ckpt: string, prog: string): void => {
    const k = `${from}\u0000${to}`;
    votes.set(k, [...(votes.get(k) ?? []), [ckpt, prog]]);
  };
  const unusedByName = new Map(unused.map((t) => [t.name, t]));
  const missingByName = new Map(missing.map((v) => [v.name, v]));
  for (const v of missing) {
    const parts = v.name.split('/');
    for (let k = 1; k < parts.length; k++) {
      const t = unusedByName.get(parts.slice(k).join('/'));
      if (t && sameShape(v.shape, t.shape) !== false) vote('', `${parts.slice(0, k).join('/')}/`, t.name, v.name);
    }
  }
  for (const t of unused) {
    const parts = t.name.split('/');
    for (let k = 1; k < parts.length; k++) {
      const v = missingByName.get(parts.slice(k).join('/'));
      if (v && sameShape(v.shape, t.shape) !== false) vote(`${parts.slice(0, k).join('/')}/`, '', t.name, v.name);
    }
  }
  let best: [string, [string, string][]] | undefined;
  for (const e of votes) if (!best || e[1].length > best[1].length) best = e;
  if (!best || best[1].length < Math.ceil(missing.length / 2)) return undefined;
  const [from, to] = best[0].split('\u0000') as [string, string];
  // init_from_checkpoint's assignment_map, checkpoint scope -> program scope, one entry per top-level scope moved
  const assignmentMap: Record<string, string> = {};
  for (const [, prog] of best[1]) {
    const rest = prog.slice(to.length);
    const top = rest.includes('/') ? `${rest.split('/')[0]!}/` : rest; // a scope, or a variable at the top
    assignmentMap[`${from}${top}`] = `${to}${top}`;
  }
  return { from, to, restores: best[1].length, assignmentMap };
}

/**
 * Compares `variables` (already filtered to the scope of interest) with a checkpoint's tensors, by name;
 * `tfCheckpoint`: the tensors come from a TensorFlow checkpoint (messages in Saver's terms), else another file.
 */
export function compareWithCheckpoint(variables: readonly VariableInfo[], tensors: readonly CheckpointTensor[], tfCheckpoint = true): CheckpointComparison {
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const out = variables.map((v) => judge(v, byName.get(v.name), tfCheckpoint));
  const taken = new Set(out.filter((r) => r.status !== 'missing').map((r) => r.name));
  const unused = tensors.filter((t) => !taken.has(t.name) && !BOOKKEEPING.test(t.name));
  const counts = { restored: 0, mismatched: 0, missing: 0, unused: unused.length };
  for (const r of out) counts[r.status]++;
  const missing = variables.filter((_v, i) => out[i]!.status === 'missing');
  const prefixFix = missing.length ? findPrefixFix(missing, unused) : undefined;
  return { variables: out, unused, counts, strictRestoreFails: counts.missing + counts.mismatched > 0, ...(prefixFix ? { prefixFix } : {}) };
}

/**
 * A Keras 2 `.h5` is keyed by the model's layer names (`dense/kernel`); the program's weights carry the model's
 * name in front (`sequential/dense/kernel`): compare them by layer when the file has that layer.
 */
function byKerasLayer(variables: readonly VariableInfo[], entries: readonly { name: string }[]): VariableInfo[] {
  const layers = new Set(entries.map((e) => e.name.split('/')[0]!));
  return variables.map((v) => {
    const parts = v.name.split('/');
    return !layers.has(parts[0]!) && parts.length > 2 && layers.has(parts[1]!) ? { ...v, name: parts.slice(1).join('/') } : v;
  });
}

/**
 * `compareWithCheckpoint` for a weights file of the given format (the host's `WeightsFormat`): a TF checkpoint
 * by name in Saver's terms; a Keras 2 `.h5` by layer, its TF 1 tensor names (`dense/kernel:0`) without the
 * output index, against the layers' weights only (Keras saves model.weights: not Keras 2's batch counters, which
 * are plain tf.Variables of the Model); other files by name.
 */
export function compareWeights(variables: readonly VariableInfo[], tensors: readonly CheckpointTensor[], format: string): CheckpointComparison {
  if (format === 'keras-v3' && variables.some((v) => v.layerClass)) return compareKeras3(variables, tensors);
  if (format !== 'keras-h5') return compareWithCheckpoint(variables, tensors, format === 'tf-checkpoint');
  const entries = tensors.map((e) => ({ ...e, name: e.name.replace(/:\d+$/, '') }));
  return compareWithCheckpoint(byKerasLayer(variables.filter((v) => v.api === 'layer'), entries), entries, false);
}

/**
 * A Keras 3 `.weights.h5` / `.keras` against the program's Keras layers as `load_weights` lines them up
 * (kerasLoadWeights: `layers/<class>[_k]/vars/<i>` in model order): each weight restored from its entry, or
 * mismatched (the entry's shape differs), or missing (its layer has no entry or another count of them).
 */
function compareKeras3(variables: readonly VariableInfo[], tensors: readonly CheckpointTensor[]): CheckpointComparison {
  const layers = layersOfVariables(variables);
  const out = kerasLoadWeights(layers, tensors);
  const restored = new Map(out.restored.map((r) => [r.variable, r.tensor]));
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const keyed = new Map<string, string>(); // variable -> the entry its position names, restored or not
  const used = new Map<string, number>();
  for (const l of layers) {
    const n = used.get(l.key);
    used.set(l.key, n === undefined ? 0 : n + 1);
    const key = n === undefined ? l.key : `${l.key}_${n + 1}`;
    [...l.vars.filter((v) => v.trainable), ...l.vars.filter((v) => !v.trainable)].forEach((v, i) => keyed.set(v.path, `layers/${key}/vars/${i}`));
  }
  const rows: VariableRestore[] = variables.filter((v) => v.layerClass).map((v) => {
    const base = { name: v.name, shape: v.shape, dtype: v.dtype };
    const tensor = restored.get(v.name);
    if (tensor) return { ...base, status: 'restored', tensor, checkpoint: { shape: byName.get(tensor)!.shape, dtype: byName.get(tensor)!.dtype }, message: `restored from ${tensor}` };
    const t = byName.get(keyed.get(v.name) ?? '');
    if (t && sameShape(v.shape, t.shape) === false) {
      return { ...base, status: 'mismatched', tensor: t.name, checkpoint: { shape: t.shape, dtype: t.dtype }, message: `${t.name} has shape ${shapeStr(t.shape)}, the variable ${shapeStr(v.shape)}: load_weights raises ValueError` };
    }
    return { ...base, status: 'missing', message: `no entry of the file lines up with it (${keyed.get(v.name) ?? '?'}): load_weights raises ValueError${out.failure ? ` (${out.failure.split('\n')[0]})` : ''}` };
  });
  const taken = new Set(out.restored.map((r) => r.tensor));
  const unused = tensors.filter((t) => !taken.has(t.name));
  const counts = { restored: 0, mismatched: 0, missing: 0, unused: unused.length };
  for (const r of rows) counts[r.status]++;
  return { variables: rows, unused, counts, strictRestoreFails: counts.missing + counts.mismatched > 0 };
}
