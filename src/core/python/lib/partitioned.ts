// Partitioned variables as TF's `_VariableStore._get_partitioned_variable` makes them: which get_variable calls
// take that path (`_true_getter`), the partitioner's result (`_call_partitioner`: built-in or a user function
// called as partitioner(shape=..., dtype=...)), its checks, and reuse of existing partitioned variables.

import { partitionCount, shapesCompatible, tensorShapeStr, type Partitioner } from '../../tf/graph';
import { dtypeSize, type Shape } from '../../model';
import type { CallSite } from '../interp';
import { pyRepr, unknown, type Value } from '../values';
import type { TfLibrary } from '../tflib';
import { shapeValue } from './convert';

/** What a partitioner returned: parts per axis (at most one above 1) and whether it was a tuple (Python compares list != tuple). */
export interface Slicing {
  parts: number[];
  tuple: boolean;
}

/** The fields of a get_variable request this path reads. */
export interface PartitionedRequest {
  fullName: string;
  reuse: boolean | 'auto';
  dtype: string | null;
  shapeArg: Value | undefined;
  shape: Shape | undefined;
  partitioner: Partitioner | null;
  /** Set when new parts are to be created: the partitioner's result. */
  slicing?: Slicing;
}

export function slicingStr(s: Slicing): string {
  const items = s.parts.map(String);
  return s.tuple ? (items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`) : `[${items.join(', ')}]`;
}

function sameSlicing(a: Slicing, b: Slicing): boolean {
  return a.tuple === b.tuple && a.parts.length === b.parts.length && a.parts.every((p, i) => p === b.parts[i]);
}

/** The axis split and the number of parts (`_get_slice_dim_and_num_slices`): the first axis above 1, else axis 0 in one part. */
export function sliceDimAndCount(s: Slicing): { axis: number; n: number } {
  const axis = s.parts.findIndex((p) => p > 1);
  return axis < 0 ? { axis: 0, n: 1 } : { axis, n: s.parts[axis]! };
}

/**
 * `_true_getter`'s choice and `_get_partitioned_variable` up to the creation of parts. Returns undefined when the
 * call is not partitioned (or its partitioning cannot be evaluated), a value when it is settled (an existing
 * partitioned variable, or TF raised), and sets `req.slicing` when new parts are to be created.
 */
export function partitionedGet(tf: TfLibrary, req: PartitionedRequest, site: CallSite): Value | undefined {
  const g = tf.graph;
  const scalar = (req.shapeArg?.t === 'list' || req.shapeArg?.t === 'tuple') && req.shapeArg.items.length === 0;
  const explicit = req.partitioner !== null && !scalar;
  const stored = !tf.eager;
  const reuseOnly = !explicit && req.reuse === true && req.partitioner === null && stored && g.partitioned.has(req.fullName);
  if (!explicit && !reuseOnly) {
    // `_true_getter`'s single-variable case: the name's parts exist
    if (stored && g.store.has(`${req.fullName}/part_0`) && req.partitioner?.kind !== 'unknown') {
      tf.diag.raise(site, 'ValueError', `No partitioner was provided, but a partitioned version of the variable was found: ${req.fullName}/part_0. Perhaps a variable of the same name was already created with partitioning?`, 'partitioned-mismatch');
      return unknown();
    }
    return undefined;
  }
  if (req.partitioner?.kind === 'unknown') return undefined;
  if (tf.lenient && (!req.shape || req.shape.some((d) => d === null))) return undefined;
  const { fullName } = req;
  if (stored && g.store.has(fullName) && !g.store.get(fullName)!.partition) {
    tf.diag.raise(site, 'ValueError', `A partitioner was provided, but an unpartitioned version of the variable was found: ${fullName}.  Perhaps a variable of the same name was already created without partitioning?`, 'partitioned-mismatch');
    return unknown();
  }
  let slicing: Slicing | undefined;
  if (req.reuse === false || req.partitioner) {
    const s = callPartitioner(tf, req.partitioner!, req.shape, req.dtype ?? 'float32', site);
    if (s === null) return unknown();
    if (s === undefined) return undefined;
    slicing = s;
  }
  const existing = stored ? g.partitioned.get(fullName) : undefined;
  if (existing) return reuseExisting(tf, req, slicing, site);
  if (req.reuse === true) {
    tf.diag.raise(site, 'ValueError', `PartitionedVariable ${fullName} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=False or reuse=tf.AUTO_REUSE in VarScope?`, 'missing-variable');
    return unknown();
  }
  const { n } = sliceDimAndCount(slicing!);
  if (stored && g.store.has(`${fullName}/part_0`)) {
    const missing = !g.store.has(`${fullName}/part_${n - 1}`);
    if (missing || g.store.has(`${fullName}/part_${n}`)) {
      const tail = missing ? `but ${fullName}/part_${n - 1} was not.` : `but so was the extra shard ${fullName}/part_${n}.`;
      tf.diag.raise(site, 'ValueError', `Partitioner returned a different partitioning than what was already found.  Partitioner returned ${n} shards, and shard ${fullName}/part_0 was found, ${tail}`, 'partition-mismatch');
      return unknown();
    }
  }
  req.slicing = slicing;
  return undefined;
}

/** An existing partitioned variable: TF's reuse, shape, dtype and partitions checks. */
function reuseExisting(tf: TfLibrary, req: PartitionedRequest, slicing: Slicing | undefined, site: CallSite): Value {
  const g = tf.graph;
  const { fullName } = req;
  const parts = g.partitioned.get(fullName)!;
  const full = g.partitionInfo.get(fullName);
  const fullShape = full?.shape ?? null;
  const dtype = parts[0]!.dtype;
  const result: Value = { t: 'tensor', shape: fullShape, dtype };
  if (req.reuse === false) {
    tf.diag.raise(site, 'ValueError', `Partitioned variable with name ${fullName} already exists. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?`, 'duplicate-variable');
    return result;
  }
  if (req.shape !== undefined && !shapesCompatible(req.shape, fullShape)) {
    tf.diag.raise(site, 'ValueError', `Trying to reuse partitioned variable ${fullName}, but specified shape ${tensorShapeStr(req.shape)} and found shape ${tensorShapeStr(fullShape)}.`, 'shape-mismatch');
    return result;
  }
  if (req.dtype && req.dtype !== dtype) {
    tf.diag.raise(site, 'ValueError', `Trying to reuse partitioned variable ${fullName}, but specified dtype ${req.dtype} and found dtype ${dtype}.`, 'dtype-mismatch');
    return result;
  }
  if (slicing && full && !sameSlicing(slicing, full.slicing)) {
    tf.diag.raise(site, 'ValueError', `Trying to reuse partitioned variable ${fullName}, but specified partitions ${slicingStr(slicing)} and found partitions ${slicingStr(full.slicing)}.`, 'partition-mismatch');
  }
  return result;
}

/**
 * `_call_partitioner`: the shape must be fully defined and of rank >= 1; the result a sequence with one entry
 * per axis, each >= 1, at most one above 1. Null when TF raises, undefined when the result cannot be evaluated.
 */
function callPartitioner(tf: TfLibrary, p: Partitioner, shape: Shape | undefined, dtype: string, site: CallSite): Slicing | null | undefined {
  if (!shape || shape.some((d) => d === null)) {
    tf.diag.raise(site, 'ValueError', `Shape of a new partitioned variable must be fully defined, but instead was ${tensorShapeStr(shape ?? null)}.`, 'partition-shape');
    return null;
  }
  const dims = shape as number[];
  if (dims.length < 1) {
    tf.diag.raise(site, 'ValueError', 'A partitioned Variable must have rank at least 1, shape: ()', 'partition-shape');
    return null;
  }
  if (p.kind !== 'fn') {
    const parts = dims.map(() => 1);
    parts[p.axis ?? 0] = partitionCount(p, dims, dtypeSize(dtype) || 4);
    return { parts, tuple: false };
  }
  const kw = new Map<string, Value>([['shape', shapeValue(dims)], ['dtype', { t: 'dtype', name: dtype }]]);
  const r = tf.interp.call(p.fn as Value, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site);
  if (r.t === 'none' || r.t === 'int' || r.t === 'float' || r.t === 'bool') {
    tf.diag.raise(site, 'ValueError', `Partitioner must return a sequence, but saw: ${pyRepr(r) ?? '?'}`, 'partitioner-result');
    return null;
  }
  if (r.t !== 'list' && r.t !== 'tuple') return unknownPartitioning(tf, site);
  const parts = r.items.map((x) => (x.t === 'int' ? x.v : x.t === 'bool' ? Number(x.v) : NaN));
  if (parts.some((x) => Number.isNaN(x))) return unknownPartitioning(tf, site);
  const slicing: Slicing = { parts, tuple: r.t === 'tuple' };
  const s = slicingStr(slicing);
  const problem = parts.length !== dims.length ? `Partitioner returned a partition list that does not match the Variable's rank: ${s} vs. ${tensorShapeStr(dims)}`
    : parts.some((x) => x < 1) ? `Partitioner returned zero partitions for some axes: ${s}`
    : parts.filter((x) => x > 1).length > 1 ? `Can only slice a variable along one dimension: shape: ${tensorShapeStr(dims)}, partitioning: ${s}`
    : null;
  if (problem) {
    tf.diag.raise(site, 'ValueError', problem, 'partitioner-result');
    return null;
  }
  return slicing;
}

function unknownPartitioning(tf: TfLibrary, site: CallSite): undefined {
  tf.diag.warn(site, 'unknown-partitioner', 'The partitioner\'s result cannot be evaluated statically; the variable is shown unpartitioned.', 'info');
  return undefined;
}

/** `_PartitionInfo(full_shape, var_offset)` of a part: every offset must lie inside its dimension (no empty part). */
export function partitionInfoError(full: number[], axis: number, offset: number): string | null {
  const offsets = full.map((_d, k) => (k === axis ? offset : 0));
  const k = offsets.findIndex((o, j) => o < 0 || o >= full[j]!);
  if (k < 0) return null;
  return `Expected 0 <= offset < shape but found offset=${offsets[k]}, shape=${full[k]} for var_offset=[${offsets.join(', ')}], full_shape=[${full.join(', ')}]`;
}
