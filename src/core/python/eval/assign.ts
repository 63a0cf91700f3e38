// Python assignment: `a = b = value` (the first target's name is offered to the library as the binding of a
// variable the right-hand side creates), augmented assignment, and binding a value to any target — names,
// tuple/list unpacking with a starred target, attributes, subscripts.

import { isTrivia, type SyntaxNode as Node } from '../ast';
import { dictSet, havocInstance, syncOwner, unknown, type Env, type ModuleVal, type Value } from '../values';
import type { Machine } from './machine';
import { loc } from './protocol';
import { boundSymbol } from './symbols';

/** `a = b = value`: evaluates the value once (with the first target as pending binding), then binds each target. */
export function execAssignment(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const right = node.childForFieldName('right');
  const left = node.childForFieldName('left');
  if (!right || !left) return; // annotation only
  // chained: a = b = value → right is another assignment
  const targets: Node[] = [left];
  let r: Node = right;
  while (r.type === 'assignment' && r.childForFieldName('right')) {
    targets.push(r.childForFieldName('left')!);
    r = r.childForFieldName('right')!;
  }
  const first = targets[0]!;
  const prev = m.pendingBinding;
  m.pendingBinding = first.type === 'identifier' ? { name: first.text, location: loc(first, mod.file) } : undefined;
  let v: Value;
  try {
    v = m.eval(r, env, mod);
  } finally {
    m.pendingBinding = prev;
  }
  const prevSource = m.assignSource;
  m.assignSource = r;
  try {
    for (const t of targets) m.assign(t, v, env, mod);
  } finally {
    m.assignSource = prevSource;
  }
}

/** `x op= value`: lists extend in place under `+=`. */
export function execAugmentedAssignment(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const left = node.childForFieldName('left')!;
  const right = node.childForFieldName('right')!;
  const op = node.childForFieldName('operator')?.text.replace('=', '') ?? '+';
  const cur = m.eval(left, env, mod);
  const rv = m.eval(right, env, mod);
  let res = m.binop(op, cur, rv);
  if (op === '+' && cur.t === 'list' && (rv.t === 'list' || rv.t === 'tuple')) {
    cur.items.push(...rv.items);
    res = cur;
  }
  m.assign(left, res, env, mod);
}

/** Binds `v` to `target`; targets the reader cannot follow are ignored. */
export function assignTarget(m: Machine, target: Node, v: Value, env: Env, mod: ModuleVal): void {
  switch (target.type) {
    case 'identifier':
      // an unknown bound to a name is named by it (shown as `{nx}` in names, `nx` in shapes)
      env.set(target.text, v.t === 'unknown' && !v.sym && !v.count ? boundSymbol(m, target, v, mod.file) : v);
      return;
    case 'pattern_list': case 'tuple_pattern': case 'list_pattern': case 'tuple': case 'list': case 'expression_list':
      return unpack(m, target, v, env, mod);
    case 'parenthesized_expression': {
      const inner = target.namedChildren[0];
      if (inner) m.assign(inner, v, env, mod);
      return;
    }
    case 'attribute': {
      const obj = m.eval(target.childForFieldName('object')!, env, mod);
      const name = target.childForFieldName('attribute')!.text;
      // a library object's property with a rule (a Keras layer's `trainable`)
      if (m.hooks.setattr?.(obj, name, v) && obj.t !== 'instance') return;
      if (obj.t === 'instance') obj.attrs.set(name, v);
      else if (obj.t === 'class') obj.c.attrs.set(name, v);
      else if (obj.t === 'module') obj.m.env.vars.set(name, v);
      if (obj.t === 'instance' || obj.t === 'layer') m.hooks.setAttr?.(obj, name, v);
      return;
    }
    case 'subscript':
      return assignSubscript(m, target, v, env, mod);
    default:
      return;
  }
}

/** `a, *rest, b = items`: unknown items (or a count mismatch without a star) bind unknown values. */
function unpack(m: Machine, target: Node, v: Value, env: Env, mod: ModuleVal): void {
  const targets = target.namedChildren.filter((c): c is Node => !!c && !isTrivia(c));
  const items = m.iterate(v, target, mod.file);
  const starIdx = targets.findIndex((t) => t.type === 'list_splat_pattern');
  if (starIdx >= 0 && items) {
    const after = targets.length - starIdx - 1;
    targets.forEach((t, i) => {
      if (i < starIdx) m.assign(t, items[i] ?? unknown(), env, mod);
      else if (i === starIdx) m.assign(t.namedChildren[0]!, { t: 'list', items: items.slice(starIdx, items.length - after) }, env, mod);
      else m.assign(t, items[items.length - (targets.length - i)] ?? unknown(), env, mod);
    });
    return;
  }
  targets.forEach((t, i) => m.assign(t, items && items.length === targets.length ? items[i]! : unknown(), env, mod));
}

function assignSubscript(m: Machine, target: Node, v: Value, env: Env, mod: ModuleVal): void {
  const valueNode = target.childForFieldName('value')!;
  const idxNode = target.childForFieldName('subscript');
  if (!idxNode) return;
  // `o.__dict__[k] = v` sets an attribute of `o`
  const owner = valueNode.type === 'attribute' && valueNode.childForFieldName('attribute')?.text === '__dict__'
    ? m.eval(valueNode.childForFieldName('object')!, env, mod) : undefined;
  if (owner?.t === 'instance') {
    const key = m.eval(idxNode, env, mod);
    if (key.t === 'str') owner.attrs.set(key.v, v);
    else havocInstance(owner, '__dict__[key] = ... with a key not known statically');
    return;
  }
  const obj = m.eval(valueNode, env, mod);
  const k = m.eval(idxNode, env, mod);
  if (obj.t === 'dict') {
    dictSet(obj, k, v);
    syncOwner(obj);
  }
  else if (obj.t === 'list' && k.t === 'int') {
    const i = k.v < 0 ? obj.items.length + k.v : k.v;
    if (i >= 0 && i < obj.items.length) obj.items[i] = v;
  } else if (obj.t === 'instance' && k.t === 'str') obj.attrs.set(k.v, v);
}
