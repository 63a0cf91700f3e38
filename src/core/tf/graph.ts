// TensorFlow's naming and sharing state for one graph, language-neutral: the graph's case-insensitive
// `names_in_use` with `_N` uniquification, the name-scope stack, the variable-scope store (current scope,
// per-name open counts reset on re-entry) and the `get_variable` store. Mirrors TF 2.x
// `ops.Graph.unique_name`/`name_scope` and `variable_scope._VariableScopeStore`/`_VariableStore`.

import type { InitializerSpec, SeedInfo, SourceLocation } from '../model';

export type Reuse = boolean | 'auto';

export interface Partitioner {
  kind: 'fixed_size' | 'min_max' | 'axis_size' | 'fn' | 'unknown';
  /** A user function TF calls as partitioner(shape=..., dtype=...) (a value of the evaluator). */
  fn?: unknown;
  /** fixed_size_partitioner(num_shards, axis) */
  numShards?: number;
  axis?: number;
  /** min_max_variable_partitioner(max_partitions, axis, min_slice_size) */
  maxPartitions?: number;
  minSliceSize?: number;
  /** variable_axis_size_partitioner(max_shard_bytes, axis, max_shards) */
  maxShardBytes?: number;
  maxShards?: number | null;
}

/** The number of shards TF's partitioner gives for a fully known shape and dtype (1 = unpartitioned axis). */
export function partitionCount(p: Partitioner, shape: number[], bytesPerElement: number): number {
  const axis = p.axis ?? 0;
  const dim = shape[axis] ?? 1;
  switch (p.kind) {
    case 'fixed_size':
      return Math.max(1, Math.min(p.numShards ?? 1, dim));
    case 'min_max': {
      const total = shape.reduce((a, b) => a * b, 1) * bytesPerElement;
      const parts = Math.ceil(total / (p.minSliceSize ?? 256 * 1024));
      return Math.max(1, Math.min(dim, p.maxPartitions ?? 1, parts));
    }
    case 'axis_size': {
      const slice = shape.reduce((a, b, i) => (i === axis ? a : a * b), 1) * bytesPerElement;
      const perShard = Math.max(1, Math.floor((p.maxShardBytes ?? 1) / Math.max(1, slice)));
      let shards = Math.ceil(dim / perShard);
      if (p.maxShards) shards = Math.min(p.maxShards, shards);
      return Math.max(1, shards);
    }
    default:
      return 1;
  }
}

/** A `VariableScope` object: what `with variable_scope(...) as s` binds. */
export interface VarScope {
  readonly id: number;
  name: string;
  reuse: Reuse;
  initializer: InitializerSpec | null;
  dtype: string | null;
  partitioner: Partitioner | null;
  /** The name scope opened when this scope was first entered (with trailing '/'), '' at the root. */
  originalNameScope: string;
  useResource: boolean | null;
  /** `custom_getter` (a function value of the evaluator), inherited by sub-scopes. */
  customGetter?: unknown;
  /** When the scope's initializer is a tensor/value (not callable): its shape and dtype. */
  initializerValue?: { shape: (number | null)[] | null; dtype: string | null };
}

export interface VarRecord {
  readonly id: number;
  /** The key in the variable store (get_variable's full name); null for tf.Variable. */
  storeKey: string | null;
  /** The graph op name (TF's `v.op.name`), normally equal to storeKey. */
  name: string;
  shape: (number | null)[] | null;
  dtype: string;
  initializer: InitializerSpec;
  trainable: boolean;
  collections: string[];
  location: SourceLocation;
  scope: string;
  api: string;
  order: number;
  nameLocation?: SourceLocation;
  binding?: { name: string; location: SourceLocation };
  /** A Keras layer's weight: where the layer was constructed, when not `location` (VariableInfo.layerLocation). */
  layerLocation?: SourceLocation;
  /** A Keras layer's weight: the layer's class name (VariableInfo.layerClass). */
  layerClass?: string;
  partition?: { index: number; of: number; fullName: string };
  seed?: SeedInfo;
  /** The symbolic parts of its name and shape (VariableInfo.symbolic). */
  symbolic?: import('../model').SymbolicInfo;
  /** Whether a `global_variables_initializer()` op created before this variable covers it. */
  createdAfterInitOp?: boolean;
}

let nextId = 1;
export function freshId(): number {
  return nextId++;
}

export class TfGraph {
  readonly id = freshId();
  private readonly namesInUse = new Map<string, number>();
  nameStack = '';
  currentScope: VarScope;
  private scopeCounts = new Map<string, number>();
  /** Every scope name ever opened below each scope (so closing a scope touches only its subtree). */
  private readonly below = new Map<string, string[]>();
  /** get_variable's store: full name → variable. */
  readonly store = new Map<string, VarRecord>();
  /** Partitioned variables: full name → its parts. */
  readonly partitioned = new Map<string, VarRecord[]>();
  /** Partitioned variables: full name → full shape and the partitioner's result (`PartitionedVariable._get_partitions`). */
  readonly partitionInfo = new Map<string, { shape: (number | null)[]; slicing: { parts: number[]; tuple: boolean } }>();
  /** Graph-level random seed (tf.set_random_seed), null when unset. */
  seed: number | null = null;
  /** Set once `global_variables_initializer()` / `initialize_all_variables()` ran in this graph. */
  initOpLocation: SourceLocation | null = null;

  constructor() {
    this.currentScope = {
      id: freshId(), name: '', reuse: false, initializer: null, dtype: null, partitioner: null,
      originalNameScope: '', useResource: null,
    };
  }

  /** `Graph.unique_name`: case-insensitive, `_N` suffixes, marks the result as used. */
  uniqueName(name: string, markAsUsed = true): string {
    if (this.nameStack) name = `${this.nameStack}/${name}`;
    let key = name.toLowerCase();
    let i = this.namesInUse.get(key) ?? 0;
    if (markAsUsed) this.namesInUse.set(key, i + 1);
    if (i > 0) {
      const base = key;
      while (this.namesInUse.has(key)) {
        key = `${base}_${i}`;
        i++;
      }
      if (markAsUsed) this.namesInUse.set(key, 1);
      name = `${name}_${i - 1}`;
    }
    return name;
  }

  /** `unique_name` as seen from the root name scope (get_variable resets the name scope for its op). */
  uniqueRootName(name: string): string {
    const saved = this.nameStack;
    this.nameStack = '';
    try {
      return this.uniqueName(name);
    } finally {
      this.nameStack = saved;
    }
  }

  /** Registers an op/variable name exactly as given (after uniquification by the caller). */
  markUsed(fullName: string): void {
    const key = fullName.toLowerCase();
    if (!this.namesInUse.has(key)) this.namesInUse.set(key, 1);
  }

  /**
   * `Graph.name_scope(name)`: null/'' resets to the root; a name ending in '/' re-enters that exact
   * scope; anything else is made unique under the current stack. Returns the scope string (with '/')
   * and a function restoring the previous stack.
   */
  enterNameScope(name: string | null, validate = true): { scope: string; restore: () => void } {
    const old = this.nameStack;
    if (name && validate && !name.endsWith('/')) {
      const bad = invalidScopeName(name, this.nameStack !== '');
      if (bad) throw new ScopeNameError(bad);
    }
    let scope: string;
    if (!name) {
      this.nameStack = '';
      scope = '';
    } else if (name.endsWith('/')) {
      this.nameStack = name.slice(0, -1);
      scope = name;
    } else {
      this.nameStack = this.uniqueName(name);
      scope = `${this.nameStack}/`;
    }
    return { scope, restore: () => { this.nameStack = old; } };
  }

  scopeCount(name: string): number {
    return this.scopeCounts.get(name) ?? 0;
  }

  openVariableScope(name: string): void {
    const n = this.scopeCounts.get(name);
    if (n === undefined) {
      // First time this name is seen: index it under each of its ancestors.
      for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
        const anc = name.slice(0, i);
        let list = this.below.get(anc);
        if (!list) this.below.set(anc, (list = []));
        list.push(name);
      }
    }
    this.scopeCounts.set(name, (n ?? 0) + 1);
  }

  /** `close_variable_subscopes`: resets the counts of every scope strictly below `name`. */
  closeVariableSubscopes(name: string): void {
    for (const k of this.below.get(name) ?? []) if (this.scopeCounts.get(k)) this.scopeCounts.set(k, 0);
  }

  /** A new thread: TF's name stack and variable scope store are thread-local; returns what restores this thread's. */
  enterThread(): () => void {
    const saved = { nameStack: this.nameStack, currentScope: this.currentScope, counts: this.scopeCounts };
    this.nameStack = '';
    this.currentScope = { ...saved.currentScope, id: freshId(), name: '', reuse: false, initializer: null, dtype: null, partitioner: null, originalNameScope: '', useResource: null, customGetter: undefined, initializerValue: undefined };
    this.scopeCounts = new Map();
    return () => {
      this.nameStack = saved.nameStack;
      this.currentScope = saved.currentScope;
      this.scopeCounts = saved.counts;
    };
  }

  snapshotScopeCounts(): Map<string, number> {
    return new Map(this.scopeCounts);
  }

  restoreScopeCounts(m: Map<string, number>): void {
    this.scopeCounts = m;
  }

  /** `_get_unique_variable_scope(prefix)` for `variable_scope(None, default_name=prefix)`. */
  uniqueVariableScope(prefix: string): string {
    const cur = this.currentScope.name;
    const name = cur ? `${cur}/${prefix}` : prefix;
    if (this.scopeCount(name) === 0) return prefix;
    let idx = 1;
    while (this.scopeCount(`${name}_${idx}`) > 0) idx++;
    return `${prefix}_${idx}`;
  }
}

/** TensorFlow's str(TensorShape): `(10, 10)`, `(10,)`, `()`, `<unknown>`, None for unknown dims. */
export function tensorShapeStr(shape: (number | null)[] | null): string {
  if (shape === null) return '<unknown>';
  const dims = shape.map((d) => (d === null ? 'None' : String(d)));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(', ')})`;
}

/** TensorShape.is_compatible_with. */
export function shapesCompatible(a: (number | null)[] | null, b: (number | null)[] | null): boolean {
  if (a === null || b === null) return true;
  if (a.length !== b.length) return false;
  return a.every((d, i) => d === null || b[i] === null || d === b[i]);
}

/** TF's op-name rules: `_VALID_OP_NAME_REGEX` at the root, `_VALID_SCOPE_NAME_REGEX` when nested. */
const ROOT_NAME = /^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$/;
const SCOPE_NAME = /^[A-Za-z0-9_.\\/>-]*$/;
const ROOT_PATTERN = '^[A-Za-z0-9.][A-Za-z0-9_.\\\\/>-]*$';
const SCOPE_PATTERN = '^[A-Za-z0-9_.\\\\/>-]*$';

/** TF's ValueError text for an invalid name scope, or null when the name is valid. */
export function invalidScopeName(name: string, nested: boolean): string | null {
  if (nested) {
    return SCOPE_NAME.test(name) ? null
      : `'${name}' is not a valid scope name. A scope name has to match the following pattern: ${SCOPE_PATTERN}`;
  }
  return ROOT_NAME.test(name) ? null
    : `'${name}' is not a valid root scope name. A root scope name has to match the following pattern: ${ROOT_PATTERN}`;
}

export class ScopeNameError extends Error {}
