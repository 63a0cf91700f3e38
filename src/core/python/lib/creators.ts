// `variable_creator_scope`: the graph's stack of variable creators (ops.Graph._variable_creator_scope, its
// nesting check) and how a variable construction runs through them (`_variable_call` + `_make_getter`): the
// innermost creator is called as creator(next_creator, **kwargs), down to TF's default creator.

import type { TfGraph } from '../../tf/graph';
import type { Args, CallSite } from '../interp';
import { handle, NONE, unknown, type Value } from '../values';
import type { TfLibrary } from '../tflib';
import { bind } from './registry';

/** What the default creator does with the (possibly changed) keyword arguments, at the call site that reached it. */
export type CreateFn = (kw: Map<string, Value>, site: CallSite) => Value;

/** The keyword arguments `_variable_call` passes (VariableV1 adds expected_shape, collections, use_resource). */
const V2_KEYS = ['initial_value', 'trainable', 'validate_shape', 'caching_device', 'name', 'variable_def', 'dtype', 'import_scope',
  'constraint', 'synchronization', 'aggregation', 'shape', 'experimental_enable_variable_lifting'];
const V1_KEYS = [...V2_KEYS, 'expected_shape', 'collections', 'use_resource'];

const stacks = new WeakMap<TfGraph, Value[]>();
const bases = new WeakMap<TfLibrary, Map<number, CreateFn>>();
let nextBase = 1;

function stackOf(g: TfGraph): Value[] {
  let s = stacks.get(g);
  if (!s) stacks.set(g, (s = []));
  return s;
}

/** `variable_creator_scope(creator)`: pushes a new stack on enter; exiting when another stack is current raises. */
export function creatorScope(tf: TfLibrary, args: Args, site: CallSite): Value {
  const creator = bind(args, ['variable_creator']).get('variable_creator') ?? NONE;
  let g: TfGraph | null = null;
  let old: Value[] = [];
  let mine: Value[] = [];
  return {
    t: 'ctx',
    ctx: {
      enter: () => {
        g = tf.graph;
        old = stackOf(g);
        mine = [...old, creator];
        stacks.set(g, mine);
        return NONE;
      },
      exit: (at?: CallSite) => {
        if (!g) return;
        if (stacks.get(g) !== mine) {
          tf.diag.raise(at ?? site, 'RuntimeError', 'Exiting variable_creator_scope without proper nesting.', 'creator-scope-nesting');
          return;
        }
        stacks.set(g, old);
      },
    },
  };
}

/** The default values of `_variable_call`'s keywords that are not None. */
function defaults(): Map<string, Value> {
  return new Map<string, Value>([
    ['validate_shape', { t: 'bool', v: true }],
    ['synchronization', { t: 'tf', path: 'tensorflow.VariableSynchronization.AUTO' }],
    ['aggregation', { t: 'tf', path: 'tensorflow.VariableAggregation.NONE' }],
  ]);
}

/**
 * Runs a variable construction through the current graph's creators, or returns undefined when there are none.
 * `given` holds the construction's keyword values; `create` is TF's default creator.
 */
export function throughCreators(tf: TfLibrary, v1: boolean, given: Map<string, Value>, site: CallSite, create: CreateFn): Value | undefined {
  const stack = stacks.get(tf.graph);
  if (!stack?.length) return undefined;
  let table = bases.get(tf);
  if (!table) bases.set(tf, (table = new Map()));
  const id = nextBase++;
  table.set(id, create);
  let next: Value = { t: 'tfmethod', self: handle({ kind: 'creatorbase', id }), name: 'call' };
  for (const creator of stack) next = { t: 'partial', fn: creator, args: [next], kwargs: new Map() };
  const dflt = defaults();
  const kw = new Map<string, Value>();
  for (const k of v1 ? V1_KEYS : V2_KEYS) kw.set(k, given.get(k) ?? dflt.get(k) ?? NONE);
  return tf.interp.call(next, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site);
}

/** The default creator reached through the creators: the keywords as the last creator passed them. */
export function callCreatorBase(tf: TfLibrary, id: number, args: Args, site: CallSite): Value {
  const create = bases.get(tf)?.get(id);
  if (!create) return unknown('variable creator');
  const kw = new Map<string, Value>();
  for (const [k, v] of args.kw) if (v.t !== 'none') kw.set(k, v);
  return create(kw, site);
}
