// What TensorFlow's restore calls do to a program's variables, given the checkpoint's listing (names, shapes,
// dtypes): `init_from_checkpoint(ckpt, assignment_map)` by checkpoint_utils._init_from_checkpoint's rules (1:1
// names, scope/ → scope/, the '/' root, partitioned variables as lists), and a name-based `Saver.restore`
// (RestoreV2 then Assign). Errors in TensorFlow's words (TF 2.21 checkpoint_utils.py, saver.py); pure data.

import type { CheckpointTensor } from './compare';

/** A variable of the program as the restore sees it. */
export interface StoreVar {
  /** get_variable's store key (the op name; a partition's `name/part_i`). */
  name: string;
  shape: (number | null)[] | null;
  dtype: string;
  /** A RefVariable (TF1's Assign checks shapes; a resource variable's assign does not). */
  ref: boolean;
  /** A partition of a partitioned variable: the full variable's name. */
  partitionOf?: string;
}

/** What a value of an assignment map is. */
export type MapTarget = { kind: 'name'; name: string } | { kind: 'var'; v: StoreVar } | { kind: 'vars'; vs: StoreVar[] };

export interface RestoreError {
  type: string;
  message: string;
  code: string;
  /** checkpoint-scope-map: the map's value that is neither a variable nor a scope mapping. */
  subject?: string;
}

export interface RestoreOutcome {
  /** Each restored variable (store name) and the checkpoint tensor it takes. */
  restored: { variable: string; tensor: string }[];
  /** What TensorFlow raises at the call (the restores before it were already set up). */
  error?: RestoreError;
  /** Raised later, when the restored value is assigned (a session run of the initializer / restore op). */
  later: RestoreError[];
  /** Scope entries of the map that match no variable (TensorFlow says nothing). */
  emptyScopes: string[];
}

/** TensorFlow's DataTypeString names, used in its kernel messages. */
const TF_DTYPE_STRING: Readonly<Record<string, string>> = {
  float32: 'float', float64: 'double', float16: 'half', bfloat16: 'bfloat16', int32: 'int32', int64: 'int64', int16: 'int16', int8: 'int8',
  uint8: 'uint8', uint16: 'uint16', uint32: 'uint32', uint64: 'uint64', bool: 'bool', string: 'string', complex64: 'complex64', complex128: 'complex128',
};

const baseDtype = (d: string): string => d.replace(/_ref$/, '');

/** Python's repr of a str (names have no quotes or backslashes in practice; escaped as Python would otherwise). */
const pyStr = (s: string): string => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

/** `str(TensorShape)`: `(8, 16)`, `(8,)`, `()`, `<unknown>`. */
export function tensorShapeStr(s: readonly (number | null)[] | null): string {
  if (s === null) return '<unknown>';
  const dims = s.map((d) => (d === null ? 'None' : String(d)));
  return dims.length === 1 ? `(${dims[0]!},)` : `(${dims.join(', ')})`;
}

/** The kernels' shape form: `[8,16]`, `[]`, unknown dims `?`. */
const kernelShape = (s: readonly (number | null)[]): string => `[${s.map((d) => (d === null ? '?' : String(d))).join(',')}]`;

/** `TensorShape.is_compatible_with`: same rank and equal known dims (unknown rank is compatible with all). */
export function shapeCompatible(v: readonly (number | null)[] | null, c: readonly number[]): boolean {
  if (v === null) return true;
  return v.length === c.length && v.every((d, i) => d === null || d === c[i]);
}

/** `reader.get_variable_to_shape_map()` as Python prints it (CPython shows TF's map in reverse name order). */
function variableMapRepr(tensors: readonly CheckpointTensor[]): string {
  const items = [...tensors].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  return `{${items.map((t) => `${pyStr(t.name)}: [${t.shape.join(', ')}]`).join(', ')}}`;
}

/** `_collect_partitioned_variable`: `name/part_0`, `name/part_1`, ... while present, else undefined. */
function partitionsOf(name: string, store: ReadonlyMap<string, StoreVar>): StoreVar[] | undefined {
  if (!store.has(`${name}/part_0`)) return undefined;
  const parts: StoreVar[] = [];
  for (let i = 0; store.has(`${name}/part_${i}`); i++) parts.push(store.get(`${name}/part_${i}`)!);
  return parts;
}

/** The dtype check RestoreV2 makes when the initializer / restore op runs (InvalidArgumentError). */
function dtypeError(v: StoreVar, t: CheckpointTensor, tensorName: string): RestoreError | undefined {
  const want = baseDtype(v.dtype);
  if (want === t.dtype) return undefined;
  const s = (d: string): string => TF_DTYPE_STRING[d] ?? d;
  return { type: 'InvalidArgumentError', code: 'checkpoint-dtype-mismatch', message: `tensor_name = ${tensorName}; expected dtype ${s(want)} does not equal original dtype ${s(t.dtype)}` };
}

/**
 * `tf.compat.v1.train.init_from_checkpoint(ckpt, assignment_map)`: `ckptLabel` is the path as the program gave
 * it (TensorFlow's messages quote it), `store` get_variable's store in creation order, `map` the assignment
 * map's (checkpoint name, target) pairs. Pairs run in checkpoint-name order; the first error stops the call.
 */
export function initFromCheckpoint(ckptLabel: string, tensors: readonly CheckpointTensor[], store: readonly StoreVar[], map: readonly [string, MapTarget][]): RestoreOutcome {
  const out: RestoreOutcome = { restored: [], later: [], emptyScopes: [] };
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const storeMap = new Map(store.map((v) => [v.name, v]));
  const set = (vars: StoreVar[], tensor: string): void => {
    const t = byName.get(tensor)!;
    for (const v of vars) {
      out.restored.push({ variable: v.name, tensor });
      const e = dtypeError(v, t, tensor);
      if (e) out.later.push(e);
    }
  };
  const pairs = [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [tensorName, target] of pairs) {
    let vars: StoreVar[] | undefined;
    let single: StoreVar | undefined;
    if (target.kind === 'var') single = target.v;
    else if (target.kind === 'vars') vars = target.vs;
    else {
      single = storeMap.get(target.name);
      if (!single) vars = partitionsOf(target.name, storeMap);
    }
    if (single || vars) {
      const t = byName.get(tensorName);
      if (!t) return { ...out, error: { type: 'ValueError', code: 'checkpoint-tensor-not-found', message: `Tensor ${tensorName} is not found in ${ckptLabel} checkpoint ${variableMapRepr(tensors)}` } };
      if (single && !shapeCompatible(single.shape, t.shape)) {
        return { ...out, error: { type: 'ValueError', code: 'checkpoint-shape-mismatch', message: `Shape of variable ${single.name}:0 (${tensorShapeStr(single.shape)}) doesn't match with shape of tensor ${tensorName} ([${t.shape.join(', ')}]) from checkpoint reader.` } };
      }
      set(single ? [single] : vars!, tensorName);
      continue;
    }
    const current = (target as { name: string }).name;
    const scopes = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) : '';
    if (!tensorName.endsWith('/')) {
      return { ...out, error: { type: 'ValueError', code: 'checkpoint-scope-map', subject: current, message: `Assignment map with scope only name ${scopes} should map to scope only ${tensorName}. Should be 'scope/': 'other_scope/'.` } };
    }
    const scopeVars = new Set<string>();
    for (const name of storeMap.keys()) {
      if (!scopes || name.startsWith(`${scopes}/`)) scopeVars.add(name.includes('/part_') ? name.slice(0, name.indexOf('/part_')) : name);
    }
    if (scopeVars.size === 0) out.emptyScopes.push(current);
    for (const varName of [...scopeVars].sort()) {
      let full = varName.slice(scopes.length);
      if (current !== '/') full = full.slice(1);
      if (tensorName !== '/') full = tensorName + full;
      if (full.endsWith('/')) full = full.slice(0, -1);
      if (!byName.has(full)) {
        return { ...out, error: { type: 'ValueError', code: 'checkpoint-tensor-not-found', message: `Tensor ${full} (${varName.slice(scopes.length + 1)} in ${tensorName}) is not found in ${ckptLabel} checkpoint` } };
      }
      const v = storeMap.get(varName);
      set(v ? [v] : (partitionsOf(varName, storeMap) ?? []), full);
    }
  }
  return out;
}

const SAVER_NOT_FOUND = 'a Variable name or other graph key that is missing';
const SAVER_MISMATCH = 'a mismatch between the current graph and the graph';

/** saver.py `_wrap_restore_error_with_msg`: the kernel's message after TensorFlow's explanation. */
function wrapRestoreError(verbiage: string, original: string): string {
  return `Restoring from checkpoint failed. This is most likely due to ${verbiage} from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:\n\n${original}`;
}

/**
 * A name-based `Saver.restore(sess, path)`: `entries` are the saver's (checkpoint key, variables) pairs (a
 * partitioned variable's parts share its key). RestoreV2 looks every key up first (NotFoundError for the first
 * missing, in key order), then each Assign checks shapes (RefVariables only) and dtypes (InvalidArgumentError).
 */
export function saverRestore(tensors: readonly CheckpointTensor[], entries: readonly [string, StoreVar[]][]): RestoreOutcome {
  const out: RestoreOutcome = { restored: [], later: [], emptyScopes: [] };
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const missing = sorted.find(([key]) => !byName.has(key));
  if (missing) {
    return { ...out, error: { type: 'NotFoundError', code: 'checkpoint-key-not-found', message: wrapRestoreError(SAVER_NOT_FOUND, `Key ${missing[0]} not found in checkpoint`) } };
  }
  for (const [key, vars] of sorted) {
    const t = byName.get(key)!;
    for (const v of vars) {
      const dt = dtypeError(v, t, key);
      if (dt) return { ...out, error: { ...dt, message: wrapRestoreError(SAVER_MISMATCH, dt.message) } };
      const whole = v.partitionOf === undefined;
      if (whole && v.ref && v.shape && !shapeCompatible(v.shape, t.shape)) {
        return { ...out, error: { type: 'InvalidArgumentError', code: 'checkpoint-shape-mismatch', message: wrapRestoreError(SAVER_MISMATCH, `Assign requires shapes of both tensors to match. lhs shape= ${kernelShape(v.shape)} rhs shape= ${kernelShape(t.shape)}`) } };
      }
      out.restored.push({ variable: v.name, tensor: key });
    }
  }
  return out;
}

/** Resource variables restored with another shape: TensorFlow's assign does not check, the variable takes the checkpoint's shape. */
export function reshapedByRestore(store: readonly StoreVar[], restored: RestoreOutcome['restored'], tensors: readonly CheckpointTensor[]): { variable: StoreVar; tensor: CheckpointTensor }[] {
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const vars = new Map(store.map((v) => [v.name, v]));
  const out: { variable: StoreVar; tensor: CheckpointTensor }[] = [];
  for (const r of restored) {
    const v = vars.get(r.variable);
    const t = byName.get(r.tensor);
    if (v && t && !v.ref && v.partitionOf === undefined && v.shape && !shapeCompatible(v.shape, t.shape)) out.push({ variable: v, tensor: t });
  }
  return out;
}
