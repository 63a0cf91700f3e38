// TF1 RNN cells (tf.nn.rnn_cell, tf.compat.v1.nn.rnn_cell, tf.contrib.rnn) and dynamic_rnn, bidirectional_dynamic_rnn,
// static_rnn, static_bidirectional_rnn as TF 1.15 runs them (rnn_cell_impl.py: a cell's first call captures its layer
// scope and builds on [batch, depth]; MultiRNNCell adds cell_<i>; wrappers are transparent. rnn.py: "rnn",
// "bidirectional_rnn" with fw/ and bw/). Weights come from the layer table's cell rows (layers/rows/tf1Contrib.ts).

import type { Shape } from '../../model';
import type { Args, CallSite } from '../interp';
import { planBuild, planOutput, tf1Row } from '../../layers';
import { isFloatDtype } from '../tfnames';
import { bool, handle, int, NONE, str, strOf, truthy, unknown, type Value } from '../values';
import { shapeValue } from './convert';
import { PyLayerConfig } from './layerConfig';
import { bind, type ApiEntry, type BoundArgs } from './registry';
import { contribMissing } from './contribLayers';
import { unionDeps, withDeps } from './gradDeps';
import { removedInKeras3 } from './keras';
import type { TfLibrary } from '../tflib';

type Cell =
  | { kind: 'layer'; cls: string; config: Map<string, Value>; name: string | null; reuse: boolean; scope: Value | null; out: Shape; weights: Value[] }
  | { kind: 'multi'; cells: number[]; scope: Value | null }
  | { kind: 'wrapper'; inner: number };

const CELL_CLASSES = ['BasicRNNCell', 'GRUCell', 'BasicLSTMCell', 'LSTMCell'];
/** LSTMCell.build partitions its kernel by num_unit_shards and its projection by num_proj_shards (fixed_size_partitioner). */
const SHARDS: Readonly<Record<string, Readonly<Record<string, string>>>> = { LSTMCell: { kernel: 'num_unit_shards', 'projection/kernel': 'num_proj_shards' } };
const WRAPPERS = ['DropoutWrapper', 'ResidualWrapper', 'DeviceWrapper'];

const stores = new WeakMap<TfLibrary, Map<number, Cell>>();
function store(tf: TfLibrary): Map<number, Cell> {
  let m = stores.get(tf);
  if (!m) stores.set(tf, (m = new Map()));
  return m;
}

function add(tf: TfLibrary, c: Cell): Value {
  const m = store(tf);
  const id = m.size + 1;
  m.set(id, c);
  return handle({ kind: 'rnncell', id });
}

const args = (pos: Value[], kw: [string, Value][] = []): Args => ({ pos, kw: new Map(kw), posNodes: pos.map(() => null), kwNodes: new Map() });
const tensor = (shape: Shape, dtype: string): Value => ({ t: 'tensor', shape, dtype });
/** A weight's shape for get_variable: a dimension the analysis could not follow is unknown to it, not TF's None. */
const dimsValue = (shape: Shape): Value => (shape ? { t: 'list', items: shape.map((d): Value => (d === null ? unknown('dimension') : { t: 'int', v: d })) } : shapeValue(shape));

/** The cell id of a cell value, or undefined. */
function cellId(v: Value | undefined): number | undefined {
  return v?.t === 'tf' && v.h?.kind === 'rnncell' ? v.h.id : undefined;
}

/** A layer cell's constructor: the row's positional parameters, keywords as given (num_units read as units). */
function makeLayerCell(tf: TfLibrary, cls: string, raw: Args): Value {
  const row = tf1Row(cls)!;
  const config = new Map<string, Value>();
  for (const [k, v] of raw.kw) config.set(row.tf1?.aliases?.[k] ?? k, v);
  (row.tf1?.params ?? []).forEach((k, i) => {
    const v = raw.pos[i];
    if (v) config.set(k, v);
  });
  const name = strOf(config.get('name')) ?? null;
  const reuse = truthy(config.get('reuse') ?? bool(false)) === true;
  return add(tf, { kind: 'layer', cls, config, name, reuse, scope: null, out: null, weights: [] });
}

function makeCell(tf: TfLibrary, cls: string, a: BoundArgs): Value {
  if (CELL_CLASSES.includes(cls)) return makeLayerCell(tf, cls, a.raw);
  if (cls === 'MultiRNNCell') {
    const cells = a.get('cells');
    const ids = cells && (cells.t === 'list' || cells.t === 'tuple') ? cells.items.map(cellId) : [];
    if (!ids.length || ids.some((i) => i === undefined)) return unknown('MultiRNNCell of cells the analysis does not know');
    return add(tf, { kind: 'multi', cells: ids as number[], scope: null });
  }
  if (WRAPPERS.includes(cls)) {
    const inner = cellId(a.get('cell'));
    return inner === undefined ? unknown(`${cls} of an unknown cell`) : add(tf, { kind: 'wrapper', inner });
  }
  return unknown(`tf.nn.rnn_cell.${cls}`);
}

/** The width of a cell's output (num_units, LSTMCell's num_proj; a stack's last cell), null when unknown. */
function outputSize(tf: TfLibrary, id: number): number | null {
  const c = store(tf).get(id);
  if (!c) return null;
  if (c.kind === 'wrapper') return outputSize(tf, c.inner);
  if (c.kind === 'multi') return outputSize(tf, c.cells[c.cells.length - 1]!);
  const out = planOutput(tf1Row(c.cls), new PyLayerConfig(c.config, 'tf1'), [null, null]);
  return out?.[1] ?? null;
}

/** The state a cell carries (zero_state's structure): LSTM (c, h) pairs, one tensor otherwise, a tuple per stacked cell. */
function stateOf(tf: TfLibrary, id: number, batch: number | null, dtype: string): Value {
  const c = store(tf).get(id);
  if (!c) return unknown('RNN state');
  if (c.kind === 'wrapper') return stateOf(tf, c.inner, batch, dtype);
  if (c.kind === 'multi') return { t: 'tuple', items: c.cells.map((i) => stateOf(tf, i, batch, dtype)) };
  const units = new PyLayerConfig(c.config, 'tf1').int('units');
  const h = outputSize(tf, id);
  if (c.cls === 'BasicLSTMCell' || c.cls === 'LSTMCell') return { t: 'tuple', items: [tensor([batch, units], dtype), tensor([batch, h], dtype)] };
  return tensor([batch, units], dtype);
}

/** Enters `variable_scope(...args)`, runs `f` inside, returns its result and the scope object. */
export function inScope<T>(tf: TfLibrary, a: Args, site: CallSite, f: (scope: Value) => T): T {
  const ctx = tf.scoping.variableScope(a, site, false) as Value & { t: 'ctx' };
  const scope = ctx.ctx.enter();
  try {
    return f(scope);
  } finally {
    ctx.ctx.exit();
  }
}

/**
 * A layer cell's call (tf.layers base.Layer.__call__ / _set_scope): the first call captures its scope (the
 * `scope` argument, or `name` when built with reuse, else a default-name scope unique in the current one) and
 * builds there on [batch, depth]; built cells create nothing.
 */
function callLayerCell(tf: TfLibrary, c: Cell & { kind: 'layer' }, x: Shape, dtype: string, site: CallSite, scopeArg: Value | undefined): void {
  if (c.scope) return;
  const row = tf1Row(c.cls)!;
  const base = c.name ?? row.tf1!.scope;
  const capture = scopeArg && scopeArg.t !== 'none' ? args([scopeArg]) : c.reuse ? args([str(base)]) : args([NONE, str(base)]);
  c.scope = inScope(tf, capture, site, (s) => s);
  const config = new PyLayerConfig(c.config, 'tf1');
  inScope(tf, args([c.scope], c.reuse ? [['reuse', bool(true)]] : []), site, () => {
    for (const s of planBuild(row, config, x)) {
      if (s.step !== 'weight') continue;
      const given = s.init.key !== null ? c.config.get(s.init.key) : undefined;
      const init = given && given.t !== 'none' ? given
        : s.init.dflt !== null ? { t: 'init' as const, spec: tf.inits.makeInitializer(s.init.dflt, 'v1', args([]), s.init.dflt) } : undefined;
      const kw: [string, Value][] = [['shape', dimsValue(s.shape)], ['dtype', { t: 'dtype', name: dtype }]];
      if (init) kw.push(['initializer', init]);
      const shards = SHARDS[c.cls]?.[s.name];
      const n = shards ? c.config.get(shards) : undefined;
      if (n && n.t !== 'none') kw.push(['partitioner', handle({ kind: 'partitioner', p: n.t === 'int' ? { kind: 'fixed_size', numShards: n.v, axis: 0 } : { kind: 'unknown' } })]);
      const v = tf.vars.getVariable(args([str(s.name)], kw), site, false);
      if (v.t === 'var') c.weights.push(v);
    }
  });
  c.out = planOutput(row, config, x);
}

/** `cell(inputs, state, scope=None)`: builds what the first call builds; returns the output's shape. */
function callCell(tf: TfLibrary, id: number, x: Shape, dtype: string, site: CallSite, scopeArg?: Value): Shape {
  const c = store(tf).get(id);
  const batch = x?.[0] ?? null;
  if (!c) return null;
  if (c.kind === 'wrapper') return callCell(tf, c.inner, x, dtype, site, scopeArg);
  if (c.kind === 'layer') {
    callLayerCell(tf, c, x, dtype, site, scopeArg);
    return [batch, outputSize(tf, id)];
  }
  // MultiRNNCell: an RNNCell named like a layer (multi_rnn_cell, or the scope argument), cell_<i> inside
  if (!c.scope) {
    const capture = scopeArg && scopeArg.t !== 'none' ? args([scopeArg]) : args([NONE, str('multi_rnn_cell')]);
    c.scope = inScope(tf, capture, site, (s) => s);
  }
  let h: Shape = x;
  inScope(tf, args([c.scope]), site, () => {
    c.cells.forEach((cid, i) => {
      h = inScope(tf, args([str(`cell_${i}`)]), site, () => callCell(tf, cid, h, dtype, site));
    });
  });
  return [batch, outputSize(tf, id)];
}

const floatDtype = (v: Value | undefined): string => (v?.t === 'tensor' && v.dtype && isFloatDtype(v.dtype) ? v.dtype : 'float32');

/** dynamic_rnn's check: no initial_state and no dtype raises (TF 1.15 rnn.py wording; TF 2.x rewrote it). */
function dtypeMissing(tf: TfLibrary, a: BoundArgs, initialKey: string, site: CallSite): boolean {
  if (a.given(initialKey) || a.given('dtype')) return false;
  const msg = tf.target.target === '1.15' ? 'If there is no initial_state, you must give a dtype.' : 'If no initial_state is provided, argument `dtype` must be specified';
  tf.diag.raise(site, 'ValueError', msg, 'rnn-dtype');
  return true;
}

/** dynamic_rnn's core inside its scope: [batch, time, depth] (or time-major) through the cell. */
function runDynamic(tf: TfLibrary, id: number, inputs: Value | undefined, timeMajor: boolean, site: CallSite, scope: Value): [Value, Value] {
  const x = inputs ? tf.tensors.shapeOfValue(inputs) : null;
  const dtype = floatDtype(inputs);
  const [b, t] = x && x.length >= 3 ? (timeMajor ? [x[1]!, x[0]!] : [x[0]!, x[1]!]) : [null, null];
  const out = inScope(tf, args([scope]), site, () => (unknownDepth(tf, inputs, timeMajor, site) ? undefined : callCell(tf, id, [b, x ? x[x.length - 1]! : null], dtype, site)));
  if (out === undefined) return [unknown('dynamic_rnn that raised'), unknown('dynamic_rnn that raised')];
  const o = out?.[1] ?? null;
  return [tensor(timeMajor ? [t, b, o] : [b, t, o], dtype), stateOf(tf, id, b, dtype)];
}

/**
 * _dynamic_rnn_loop raises before the cell is built when the (time-major) input's depth is None: only for an input
 * whose None dims are TensorFlow's own (`noneDims`), of known rank. TF 1.15 says so in one sentence; TF 2.x names the
 * input, the `transpose` op dynamic_rnn made in its scope (or the input itself when time-major).
 */
function unknownDepth(tf: TfLibrary, inputs: Value | undefined, timeMajor: boolean, site: CallSite): boolean {
  if (inputs?.t !== 'tensor' || !inputs.noneDims || !inputs.shape || inputs.shape.length < 3 || inputs.shape.slice(2).every((d) => d !== null)) return false;
  let msg = 'Input size (depth of inputs) must be accessible via shape inference, but saw value None';
  if (tf.target.target === '1.15') msg += '.';
  else {
    const x = inputs.shape;
    const shape = timeMajor ? x : [x[1]!, x[0]!, ...x.slice(2)];
    const name = timeMajor ? inputs.op : tf.graph.uniqueName('transpose');
    const dims = shape.map((d) => (d === null ? (tf.tensorShapeV1 ? '?' : 'None') : String(d)));
    msg += ` for input=Tensor("${name ?? '?'}:0", shape=(${dims.join(', ')}), dtype=${inputs.dtype ?? 'float32'}).`;
  }
  tf.diag.raise(site, 'ValueError', msg, 'rnn-input-depth');
  return true;
}

const DYNAMIC = ['cell', 'inputs', 'sequence_length', 'initial_state', 'dtype', 'parallel_iterations', 'swap_memory', 'time_major', 'scope'];
const BIDIRECTIONAL = ['cell_fw', 'cell_bw', 'inputs', 'sequence_length', 'initial_state_fw', 'initial_state_bw', 'dtype', 'parallel_iterations', 'swap_memory', 'time_major', 'scope'];
const STATIC = ['cell', 'inputs', 'initial_state', 'dtype', 'sequence_length', 'scope'];
const STATIC_BI = ['cell_fw', 'cell_bw', 'inputs', 'initial_state_fw', 'initial_state_bw', 'dtype', 'sequence_length', 'scope'];

function dynamicRnn(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const id = cellId(a.get('cell'));
  if (dtypeMissing(tf, a, 'initial_state', site)) return unknown('dynamic_rnn that raised');
  if (id === undefined) return unknown('dynamic_rnn of an unknown cell');
  const scope = a.given('scope') ? a.get('scope')! : str('rnn');
  const [o, s] = runDynamic(tf, id, a.get('inputs'), a.bool('time_major', false) === true, site, scope);
  return { t: 'tuple', items: [o, s] };
}

function bidirectionalDynamicRnn(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const fw = cellId(a.get('cell_fw'));
  const bw = cellId(a.get('cell_bw'));
  if (fw === undefined || bw === undefined) return unknown('bidirectional_dynamic_rnn of unknown cells');
  const tm = a.bool('time_major', false) === true;
  const outer = a.given('scope') ? a.get('scope')! : str('bidirectional_rnn');
  return inScope(tf, args([outer]), site, () => {
    const run = (dir: string, cid: number, init: string): [Value, Value] | null => inScope(tf, args([str(dir)]), site, (sc) =>
      (dtypeMissing(tf, a, init, site) ? null : runDynamic(tf, cid, a.get('inputs'), tm, site, sc)));
    const f = run('fw', fw, 'initial_state_fw');
    const b = f && run('bw', bw, 'initial_state_bw');
    if (!f || !b) return unknown('bidirectional_dynamic_rnn that raised');
    return { t: 'tuple', items: [{ t: 'tuple', items: [f[0], b[0]] }, { t: 'tuple', items: [f[1], b[1]] }] };
  });
}

/** static_rnn inside its scope: each step a [batch, depth] input; steps after the first reuse the variables. */
function runStatic(tf: TfLibrary, id: number, inputs: Value | undefined, site: CallSite, scope: Value): [Value[], Value] | null {
  const items = inputs && (inputs.t === 'list' || inputs.t === 'tuple') ? inputs.items : null;
  if (!items?.length) return null;
  const x = tf.tensors.shapeOfValue(items[0]!);
  const dtype = floatDtype(items[0]);
  const out = inScope(tf, args([scope]), site, () => callCell(tf, id, x, dtype, site));
  return [items.map(() => tensor(out, dtype)), stateOf(tf, id, x?.[0] ?? null, dtype)];
}

function staticRnn(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const id = cellId(a.get('cell'));
  if (dtypeMissing(tf, a, 'initial_state', site)) return unknown('static_rnn that raised');
  if (id === undefined) return unknown('static_rnn of an unknown cell');
  const r = runStatic(tf, id, a.get('inputs'), site, a.given('scope') ? a.get('scope')! : str('rnn'));
  return r ? { t: 'tuple', items: [{ t: 'list', items: r[0] }, r[1]] } : unknown('static_rnn of unknown inputs');
}

function staticBidirectionalRnn(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const fw = cellId(a.get('cell_fw'));
  const bw = cellId(a.get('cell_bw'));
  if (fw === undefined || bw === undefined) return unknown('static_bidirectional_rnn of unknown cells');
  const outer = a.given('scope') ? a.get('scope')! : str('bidirectional_rnn');
  return inScope(tf, args([outer]), site, () => {
    const f = inScope(tf, args([str('fw')]), site, (sc) => runStatic(tf, fw, a.get('inputs'), site, sc));
    const b = inScope(tf, args([str('bw')]), site, (sc) => runStatic(tf, bw, a.get('inputs'), site, sc));
    if (!f || !b) return unknown('static_bidirectional_rnn of unknown inputs');
    const cat = f[0].map((o, i) => {
      const s1 = tf.tensors.shapeOfValue(o);
      const s2 = tf.tensors.shapeOfValue(b[0][i]!);
      const d = s1?.[1] != null && s2?.[1] != null ? s1[1] + s2[1] : null;
      return tensor([s1?.[0] ?? null, d], o.t === 'tensor' ? o.dtype ?? 'float32' : 'float32');
    });
    return { t: 'tuple', items: [{ t: 'list', items: cat }, f[1], b[1]] };
  });
}

/**
 * tf.contrib.legacy_seq2seq.rnn_decoder (TF 1.15 contrib/legacy_seq2seq/python/ops/seq2seq.py): in
 * variable_scope(scope or "rnn_decoder"), each decoder input through the cell, the scope reused after the first step
 * (the first step builds the cell); with a loop_function, each step after the first takes loop_function(prev, i) in
 * variable_scope("loop_function", reuse=True). Step i's output depends on the inputs up to i, the initial state and the
 * cell's weights (gradient deps, running union).
 */
function rnnDecoder(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const id = cellId(a.get('cell'));
  const inputs = a.get('decoder_inputs');
  const items = inputs && (inputs.t === 'list' || inputs.t === 'tuple') ? inputs.items : null;
  if (id === undefined || !items) return unknown(id === undefined ? 'rnn_decoder of an unknown cell' : 'rnn_decoder of unknown inputs');
  const scope = a.given('scope') ? a.get('scope')! : str('rnn_decoder');
  const loop = a.get('loop_function');
  const init = a.get('initial_state');
  return inScope(tf, args([scope]), site, () => {
    const outputs: Value[] = [];
    let acc = unionDeps([init]);
    items.forEach((inp, i) => {
      let x = inp;
      if (loop && loop.t !== 'none' && i > 0) {
        x = inScope(tf, args([str('loop_function')], [['reuse', bool(true)]]), site, () =>
          tf.interp.call(loop, args([outputs[i - 1]!, int(i)]), site));
      }
      // variable_scope.get_variable_scope().reuse_variables(): the decoder's scope object only
      if (i > 0) tf.graph.currentScope.reuse = true;
      const dtype = floatDtype(x);
      const o = tensor(callCell(tf, id, tf.tensors.shapeOfValue(x), dtype, site), dtype);
      const w = cellWeights(tf, id).flatMap((v) => (v.t === 'var' ? [v.v.id] : []));
      acc = acc && unionDeps([x], [...acc, ...w]);
      outputs.push(withDeps(o, acc && [...acc]));
    });
    const batch = tf.tensors.shapeOfValue(items[0]!)?.[0] ?? null;
    const state = init && init.t !== 'none' ? stateOf(tf, id, batch, floatDtype(items[0])) : unknown('rnn_decoder state');
    if (state.t === 'tuple') stateDeps(state, acc);
    else withDeps(state, acc);
    return { t: 'tuple', items: [{ t: 'list', items: outputs }, state] };
  });
}

/** Gives every tensor of a (nested) state the same deps. */
function stateDeps(v: Value, deps: number[] | undefined): void {
  if (v.t === 'tuple' || v.t === 'list') v.items.forEach((x) => stateDeps(x, deps));
  else withDeps(v, deps && [...deps]);
}

/** `cell(inputs, state, scope=None)` on a cell value (objects.ts / tflib.ts dispatch here). */
export function callRnnCell(tf: TfLibrary, id: number, raw: Args, site: CallSite): Value {
  const a = bind(raw, ['inputs', 'state', 'scope']);
  const inputs = a.get('inputs');
  const dtype = floatDtype(inputs);
  const x = inputs ? tf.tensors.shapeOfValue(inputs) : null;
  const out = callCell(tf, id, x, dtype, site, a.get('scope'));
  return { t: 'tuple', items: [tensor(out, dtype), stateOf(tf, id, x?.[0] ?? null, dtype)] };
}

/** Methods and attributes of a cell: zero_state, output_size, state_size; calling it. */
export function rnnCellMethod(tf: TfLibrary, id: number, name: string, raw: Args, site: CallSite): Value {
  if (name === '__call__' || name === 'call' || name === 'apply') return callRnnCell(tf, id, raw, site);
  if (name === 'zero_state' || name === 'get_initial_state') {
    const a = bind(raw, ['batch_size', 'dtype']);
    const n = a.num('batch_size');
    // zeros: no variable reaches them (gradient deps none)
    const st = stateOf(tf, id, n ?? null, a.dtype('dtype') ?? 'float32');
    stateDeps(st, []);
    return st;
  }
  return unknown(`RNN cell .${name}`);
}

/** The variables a cell built (a stack's in layer order; a wrapper's are its cell's): `cell.weights` and friends. */
function cellWeights(tf: TfLibrary, id: number): Value[] {
  const c = store(tf).get(id);
  if (!c) return [];
  if (c.kind === 'wrapper') return cellWeights(tf, c.inner);
  if (c.kind === 'multi') return c.cells.flatMap((i) => cellWeights(tf, i));
  return c.weights;
}

const WEIGHT_LISTS: Readonly<Record<string, boolean | null>> = {
  weights: null, variables: null, trainable_weights: true, trainable_variables: true, non_trainable_weights: false, non_trainable_variables: false,
};

export function rnnCellAttr(tf: TfLibrary, id: number, name: string): Value | undefined {
  if (name in WEIGHT_LISTS) {
    const want = WEIGHT_LISTS[name];
    const all = cellWeights(tf, id);
    return { t: 'list', items: want === null ? all : all.filter((w) => w.t === 'var' && tf.reg.vars.get(w.v.id)?.trainable === want) };
  }
  if (name === 'output_size') {
    const n = outputSize(tf, id);
    return n === null ? unknown('output size') : int(n);
  }
  return undefined;
}

const cellNames = (cls: string): string[] => [`nn.rnn_cell.${cls}`, `contrib.rnn.${cls}`];
const CELL_PARAMS: Record<string, string[]> = { MultiRNNCell: ['cells', 'state_is_tuple'], DropoutWrapper: ['cell'], ResidualWrapper: ['cell'], DeviceWrapper: ['cell'] };

export const RNN_API: readonly ApiEntry[] = [
  ...[...CELL_CLASSES, 'MultiRNNCell', ...WRAPPERS].map((cls): ApiEntry => ({
    names: cellNames(cls), params: CELL_PARAMS[cls] ?? [],
    impl: (tf, a, site, c) => {
      if (c.name.startsWith('contrib.')) return contribMissing(tf, site, c.root) ? unknown('tf.contrib') : makeCell(tf, cls, a);
      return (c.root === 'v1' && !tf.legacy ? removedInKeras3(tf, site, c.name) : undefined) ?? makeCell(tf, cls, a);
    },
  })),
  { names: ['nn.dynamic_rnn'], params: DYNAMIC, impl: (tf, a, site) => dynamicRnn(tf, a, site) },
  { names: ['nn.bidirectional_dynamic_rnn'], params: BIDIRECTIONAL, impl: (tf, a, site) => bidirectionalDynamicRnn(tf, a, site) },
  { names: ['nn.static_rnn'], params: STATIC, impl: (tf, a, site) => staticRnn(tf, a, site) },
  { names: ['nn.static_bidirectional_rnn'], params: STATIC_BI, impl: (tf, a, site) => staticBidirectionalRnn(tf, a, site) },
  {
    names: ['contrib.legacy_seq2seq.rnn_decoder'], params: ['decoder_inputs', 'initial_state', 'cell', 'loop_function', 'scope'],
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : rnnDecoder(tf, a, site)),
  },
  { names: ['contrib.rnn.static_rnn'], params: STATIC, impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : staticRnn(tf, a, site)) },
  {
    names: ['contrib.rnn.static_bidirectional_rnn'], params: STATIC_BI,
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : staticBidirectionalRnn(tf, a, site)),
  },
];
