// Rules TF applies to the arguments of get_variable / tf.Variable before a variable exists: custom getters
// (callable check, nested scopes' getters composed by `_maybe_wrap_custom_getter`), the trainable default from
// `synchronization` (`validate_synchronization_aggregation_trainable`) and the `constraint` check.

import type { Args, CallSite } from '../interp';
import { shapesCompatible, tensorShapeStr, type VarRecord } from '../../tf/graph';
import { isLiteral, literalAsTensor } from './convert';
import { bind } from './registry';
import { handle, pyRepr, truthy, type Handle, type Value } from '../values';
import type { TfLibrary } from '../tflib';

/** Values that are certainly not callable (Python's `callable()` is False); unknown values are not judged. */
function certainlyNotCallable(v: Value): boolean {
  return ['int', 'float', 'bool', 'str', 'list', 'tuple', 'dict', 'range', 'dtype'].includes(v.t);
}

/** Python's `%s` of a value in a message. */
function pyStr(v: Value): string {
  return v.t === 'str' ? v.v : pyRepr(v) ?? '?';
}

/** `_VariableStore.get_variable`: "Passed a custom_getter which is not callable: 3". True when TF raised. */
export function notCallable(tf: TfLibrary, getter: Value, site: CallSite): boolean {
  if (!certainlyNotCallable(getter)) return false;
  tf.diag.raise(site, 'ValueError', `Passed a custom_getter which is not callable: ${pyStr(getter)}`, 'custom-getter-not-callable');
  return true;
}

/**
 * `_maybe_wrap_custom_getter(custom_getter, old_getter)`: a scope's getter inside a scope that has one becomes
 * `wrapped(getter, *args, **kwargs) = custom_getter(functools.partial(old_getter, getter), *args, **kwargs)`.
 */
export function wrapCustomGetter(getter: Value, old: Value | undefined): Value {
  if (!old) return getter;
  return { t: 'tfmethod', self: handle({ kind: 'wrappedgetter', getter, old }), name: 'call' };
}

/** Calling a wrapped getter: its first argument (or `getter=`) is bound to the enclosing getter. */
export function callWrappedGetter(tf: TfLibrary, h: Handle & { kind: 'wrappedgetter' }, args: Args, site: CallSite): Value {
  const kw = new Map(args.kw);
  const kwNodes = new Map(args.kwNodes);
  let inner: Value | undefined;
  let pos = args.pos;
  let posNodes = args.posNodes;
  if (kw.has('getter')) {
    inner = kw.get('getter');
    kw.delete('getter');
    kwNodes.delete('getter');
  } else if (pos.length) {
    inner = pos[0];
    pos = pos.slice(1);
    posNodes = posNodes.slice(1);
  }
  if (!inner) return tf.interp.call(h.getter, args, site);
  const bound: Value = { t: 'partial', fn: h.old, args: [inner], kwargs: new Map() };
  return tf.interp.call(h.getter, { pos: [bound, ...pos], kw, posNodes: [null, ...posNodes], kwNodes }, site);
}

/** `VariableSynchronization.ON_READ` (the enum member or its value 3); undefined when it cannot be told. */
function isOnRead(v: Value | undefined): boolean | undefined {
  if (!v || v.t === 'none') return false;
  if (v.t === 'tf' && !v.h) return /VariableSynchronization\.ON_READ$/.test(v.path);
  if (v.t === 'int') return v.v === 3;
  return undefined;
}

/** `trainable=None` defaults to `synchronization != ON_READ`; an explicit value is taken as given. */
export function trainableOf(trainableArg: Value | undefined, synchronization: Value | undefined): boolean {
  if (trainableArg && trainableArg.t !== 'none') return truthy(trainableArg) !== false;
  return isOnRead(synchronization) !== true;
}

/** tf.Variable's `constraint` must be None or callable (ResourceVariable._init_from_args). True when TF raised. */
export function badConstraint(tf: TfLibrary, constraint: Value | undefined, site: CallSite, ref: boolean): boolean {
  if (!constraint || constraint.t === 'none' || !certainlyNotCallable(constraint)) return false;
  const cls = constraint.t === 'float' ? 'float' : constraint.t === 'int' ? 'int' : constraint.t === 'bool' ? 'bool'
    : constraint.t === 'str' ? 'str' : constraint.t === 'list' ? 'list' : constraint.t === 'tuple' ? 'tuple' : constraint.t === 'dict' ? 'dict' : null;
  if (!cls) return false;
  // RefVariable (TF1 graph variables without use_resource) words it differently
  if (ref) tf.diag.raise(site, 'ValueError', 'The `constraint` argument must be a callable.', 'constraint-not-callable');
  else tf.diag.raise(site, 'ValueError', `Argument \`constraint\` must be None or a callable. a callable. Got a <class '${cls}'>:  ${pyStr(constraint)}`, 'constraint-not-callable');
  return true;
}



/**
 * `_needs_no_arguments`: every positional parameter of the callable has a default (getargspec's args vs defaults;
 * a bound method's `self` is not counted). Undefined when the callable cannot be inspected.
 */
export function needsNoArguments(v: Value): boolean | undefined {
  const fn = v.t === 'bound' && v.fn.t === 'func' ? v.fn : v.t === 'func' ? v : undefined;
  if (!fn || fn.t !== 'func') return undefined;
  const params = fn.f.node.childForFieldName('parameters');
  if (!params) return true;
  let required = 0;
  for (const p of params.namedChildren) {
    if (!p || p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern' || p.type === 'keyword_separator') break;
    if (p.type === 'typed_parameter' && p.namedChildren[0]?.type !== 'identifier') break;
    if (p.type === 'identifier' || p.type === 'typed_parameter') required++;
  }
  return (v.t === 'bound' ? required - 1 : required) <= 0;
}

/**
 * RefVariable._init_from_args and validate_shape: with validate_shape=False (and no `shape`) the variable's shape is
 * wholly unknown (null); with validate_shape=True an initial value whose shape is not fully defined raises
 * "initial_value must have a shape specified". False when TF raised, undefined when the usual shape applies.
 */
export function refVariableShape(tf: TfLibrary, validateArg: Value | undefined, value: Value | undefined, shapeGiven: boolean, site: CallSite): null | false | undefined {
  const validate = !validateArg || validateArg.t === 'none' ? true : truthy(validateArg);
  if (validate === false) return shapeGiven ? undefined : null;
  // only a tensor whose unknown dimensions are TensorFlow's own (a placeholder's None), not the analysis's
  if (validate === true && value?.t === 'tensor' && value.noneDims && (!value.shape || value.shape.some((d) => d === null))) return raiseUnshaped(tf, value, site);
  return undefined;
}

/** The tensor named by its graph op (a copy, keeping what is known about its shape). */
export function withOpName(t: Value & { t: 'tensor' }, op: string): Value {
  return { ...t, op };
}

function raiseUnshaped(tf: TfLibrary, t: Value & { t: 'tensor' }, site: CallSite): false {
  // str(Tensor) in a graph: TF1 shapes print unknown dimensions as '?'
  const dims = t.shape?.map((d) => (d === null ? (tf.tensorShapeV1 ? '?' : 'None') : String(d)));
  const shape = !dims ? '<unknown>' : dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`;
  tf.diag.raise(site, 'ValueError', `initial_value must have a shape specified: Tensor("${t.op ?? '?'}:0", shape=${shape}, dtype=${t.dtype ?? 'float32'})`, 'initial-value-shape');
  return false;
}

/**
 * ResourceVariable.assign (every eager variable): a value whose shape is incompatible with the variable's raises
 * before anything is assigned. True when TF raised; shapes not known to the analysis are never judged.
 */
export function assignShapeMismatch(tf: TfLibrary, v: VarRecord, args: Args, site: CallSite): boolean {
  const value = bind(args, ['value', 'use_locking', 'name', 'read_value']).get('value');
  const shape = value?.t === 'tensor' ? value.shape : value?.t === 'var' ? tf.reg.vars.get(value.v.id)?.shape ?? null
    : value && isLiteral(value) ? literalAsTensor(value).shape : null;
  if (!shape || !v.shape || shapesCompatible(v.shape, shape)) return false;
  tf.diag.raise(site, 'ValueError', `Cannot assign value to variable ' ${v.name}:0': Shape mismatch.The variable shape ${tensorShapeStr(v.shape)}, and the assigned value shape ${tensorShapeStr(shape)} are incompatible.`, 'assign-shape');
  return true;
}

/** TF's OperatorNotAllowedInGraphError for iterating a graph tensor (tensor.py _disallow_iteration). */
export const ITERATE_GRAPH_TENSOR = 'Iterating over a symbolic `tf.Tensor` is not allowed. You can attempt the following resolutions to the problem: If you are running in Graph mode, use Eager execution mode or decorate this function with @tf.function. If you are using AutoGraph, you can try decorating this function with @tf.function. If that does not work, then you may be using an unsupported feature or your source code may not be visible to AutoGraph. See https://github.com/tensorflow/tensorflow/blob/master/tensorflow/python/autograph/g3doc/reference/limitations.md#access-to-source-code for more information.';

/**
 * `for x in variable` iterates `read_value()`: a graph tensor raises OperatorNotAllowedInGraphError (a TypeError);
 * eagerly a scalar raises TypeError and a vector yields its rows. Undefined when not known (or in assumed code).
 */
export function iterateVariable(tf: TfLibrary, v: VarRecord, site: CallSite): Value[] | undefined {
  if (tf.interp.guessDepth > 0) return undefined;
  if (!tf.eager) {
    tf.diag.raise(site, 'OperatorNotAllowedInGraphError', ITERATE_GRAPH_TENSOR, 'iterate-graph-tensor');
    return [];
  }
  if (!v.shape) return undefined;
  if (v.shape.length === 0) {
    tf.diag.raise(site, 'TypeError', 'Cannot iterate over a scalar tensor.', 'iterate-scalar');
    return [];
  }
  const n = v.shape[0];
  if (n === null || n === undefined || n > 10_000) return undefined;
  return Array.from({ length: n }, (): Value => ({ t: 'tensor', shape: v.shape!.slice(1), dtype: v.dtype }));
}
