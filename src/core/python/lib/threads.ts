// `threading.Thread(target=f, args=..., kwargs=...)`: `start()` runs the target to completion (the analysis
// assumes a started thread finishes before the starting thread goes on). TensorFlow's per-thread state
// (each graph's name stack and variable scope store, the default-graph stack) starts fresh in the thread;
// the graphs themselves (names in use, variable stores) are shared.

import type { TfGraph } from '../../tf/graph';
import type { Args, CallSite } from '../interp';
import { handle, NONE, unknown, type Handle, type Value } from '../values';
import type { TfLibrary } from '../tflib';
import { bind } from './registry';

/** `threading.Thread(group=None, target=None, name=None, args=(), kwargs=None)`. */
export function newThread(args: Args): Value {
  const a = bind(args, ['group', 'target', 'name', 'args', 'kwargs']);
  const pos = a.get('args');
  const kw = a.get('kwargs');
  const kwargs = new Map<string, Value>();
  if (kw?.t === 'dict') kw.keys.forEach((k, i) => { if (k.t === 'str') kwargs.set(k.v, kw.vals[i]!); });
  return handle({
    kind: 'thread', target: a.get('target') ?? NONE,
    args: pos?.t === 'tuple' || pos?.t === 'list' ? pos.items : [], kwargs, known: !pos || pos.t === 'tuple' || pos.t === 'list',
  });
}

/** A thread's methods: `start()` runs the target in the thread's own TF state; `join()` has nothing left to wait for. */
export function threadMethod(tf: TfLibrary, h: Handle & { kind: 'thread' }, name: string, site: CallSite): Value {
  if (name === 'join' || name === 'setDaemon') return NONE;
  if (name !== 'start' && name !== 'run') return unknown(`Thread.${name}`);
  if (h.target.t === 'none') return NONE;
  if (!h.known) return unknown('thread arguments');
  const restore = name === 'start' ? enterThread(tf) : () => {};
  try {
    tf.interp.call(h.target, { pos: h.args, kw: new Map(h.kwargs), posNodes: h.args.map(() => null), kwNodes: new Map() }, site);
  } finally {
    restore();
  }
  return NONE;
}

/** Fresh per-thread state for every graph (name stack, variable scope store) and an empty default-graph stack. */
function enterThread(tf: TfLibrary): () => void {
  const graphs = new Set<TfGraph>([tf.defaultGraph, ...tf.graphStack, ...tf.scoping.graphs.values()]);
  const restores = [...graphs].map((g) => g.enterThread());
  const stack = tf.graphStack;
  tf.graphStack = [];
  return () => {
    tf.graphStack = stack;
    for (const r of restores) r();
  };
}
