// TF1's optimizer base class (`tf.train.Optimizer`) under a user subclass: `minimize` calls the object's own
// `compute_gradients` and `apply_gradients` (a subclass's override wins), the base `apply_gradients` calls the
// subclass's `_create_slots`, and `_zeros_slot` / `_create_non_slot_variable` make the slots. Rule: TF 1.15's
// tensorflow/python/training/optimizer.py (Optimizer.__init__, minimize, compute_gradients, apply_gradients, _zeros_slot).

import type { Args, CallSite } from '../interp';
import { canonicalize } from '../tfnames';
import { NONE, unknown, type ClassVal, type Value } from '../values';
import type { TfLibrary } from '../tflib';
import { bind } from './registry';

/** Base-class methods a subclass inherits (reached when the subclass does not define them). */
const BASE_METHODS = new Set(['__init__', 'minimize', 'compute_gradients', 'apply_gradients', '_zeros_slot', 'get_slot', 'get_name']);

const MINIMIZE = ['loss', 'global_step', 'var_list', 'gate_gradients', 'aggregation_method', 'colocate_gradients_with_ops', 'name', 'grad_loss'];
const COMPUTE = ['loss', 'var_list', 'gate_gradients', 'aggregation_method', 'colocate_gradients_with_ops', 'grad_loss'];

/** Whether a user class derives from TF1's `tf.train.Optimizer` (tf.compat.v1.train.Optimizer). */
export function isTf1OptimizerSubclass(tf: TfLibrary, c: ClassVal): boolean {
  const base = tf.interp.libraryBase(c);
  if (!base || base.t !== 'tf') return false;
  const canon = canonicalize(base.path);
  return !!canon && canon.api !== 'keras' && canon.name === 'train.Optimizer';
}

/** The base method `name` of an optimizer subclass's instance, when the class does not define it. */
export function tf1OptimizerAttr(tf: TfLibrary, obj: Value & { t: 'instance' }, name: string): Value | undefined {
  if (!BASE_METHODS.has(name) || !isTf1OptimizerSubclass(tf, obj.c)) return undefined;
  return { t: 'tfmethod', self: obj, name: `optimizer.${name}` };
}

/** Calls a method as the object resolves it (its class's override, else the base's). */
function callOwn(tf: TfLibrary, self: Value & { t: 'instance' }, name: string, args: Args, site: CallSite): Value {
  const own = tf.interp.findAttrInClass(self.c, name);
  if (own?.t === 'func') return tf.interp.callFunction(own.f, args, site, self);
  return BASE_METHODS.has(name) ? tf1OptimizerMethod(tf, self, name, args, site) : unknown();
}

function args(pos: Value[], kw: [string, Value | undefined][] = []): Args {
  const m = new Map<string, Value>();
  for (const [k, v] of kw) if (v !== undefined) m.set(k, v);
  return { pos, kw: m, posNodes: pos.map(() => null), kwNodes: new Map() };
}

/** Slots already made by this optimizer: `_slot_dict(slot_name)[var]`. */
const slots = new WeakMap<object, Map<string, Value>>();

export function tf1OptimizerMethod(tf: TfLibrary, self: Value & { t: 'instance' }, method: string, a: Args, site: CallSite): Value {
  switch (method) {
    case '__init__': {
      // Optimizer.__init__(use_locking, name): a name is required
      const b = bind(a, ['use_locking', 'name']);
      self.attrs.set('_use_locking', b.get('use_locking') ?? NONE);
      self.attrs.set('_name', b.get('name') ?? NONE);
      return NONE;
    }
    case 'get_name': return self.attrs.get('_name') ?? unknown();
    case 'minimize': {
      const b = bind(a, MINIMIZE);
      const gv = callOwn(tf, self, 'compute_gradients', args([b.get('loss') ?? unknown()], [['var_list', b.get('var_list')]]), site);
      return callOwn(tf, self, 'apply_gradients', args([gv], [['global_step', b.get('global_step')], ['name', b.get('name')]]), site);
    }
    case 'compute_gradients': {
      // var_list None: the trainable variables (and TRAINABLE_RESOURCE_VARIABLES); each paired with its gradient
      const vars = tf.vars.varListOf(bind(a, COMPUTE).get('var_list'));
      return { t: 'list', items: vars.map((v) => ({ t: 'tuple', items: [{ t: 'tensor', shape: v.shape, dtype: v.dtype }, tf.vars.varValue(v)] }) as Value) };
    }
    case 'apply_gradients': {
      const vars = tf.vars.varListOf(bind(a, ['grads_and_vars', 'global_step', 'name']).get('grads_and_vars'));
      // `with ops.init_scope(): self._create_slots(var_list)`; the base's _create_slots makes none
      if (tf.interp.findAttrInClass(self.c, '_create_slots')?.t === 'func') {
        callOwn(tf, self, '_create_slots', args([{ t: 'list', items: vars.map((v) => tf.vars.varValue(v)) }]), site);
      }
      if (tf.interp.findAttrInClass(self.c, '_prepare')?.t === 'func') callOwn(tf, self, '_prepare', args([]), site);
      return { t: 'tensor', shape: null, dtype: null };
    }
    case '_zeros_slot': {
      // slot_creator.create_zeros_slot(var, op_name), once per (slot name, variable)
      const b = bind(a, ['var', 'slot_name', 'op_name']);
      const v = b.get('var');
      const slotName = b.str('slot_name');
      const opName = b.str('op_name');
      if (v?.t !== 'var' || slotName === undefined || opName === undefined) return unknown();
      let made = slots.get(self);
      if (!made) slots.set(self, (made = new Map()));
      const key = `${slotName}#${v.v.id}`;
      const had = made.get(key);
      if (had) return had;
      const rec = tf.optim.createSlot(tf.reg.vars.get(v.v.id)!, opName, { kind: 'zeros', api: 'v1' }, site);
      const out = tf.vars.varValue(rec);
      made.set(key, out);
      return out;
    }
    case 'get_slot': {
      const b = bind(a, ['var', 'name']);
      const v = b.get('var');
      return (v?.t === 'var' && slots.get(self)?.get(`${b.str('name')}#${v.v.id}`)) || NONE;
    }
    default:
      return unknown(`tf.train.Optimizer.${method}`);
  }
}
