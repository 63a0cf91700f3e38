// Python comprehensions (list, set, generator, dict): the `for` clauses iterate in a scope of their own, `if`
// clauses filter (an undecidable filter keeps the item), and an iterable the reader cannot follow runs the
// body once with an unknown item. Sets and generators are lists here.

import type { SyntaxNode as Node } from '../ast';
import { dictSet, Env, truthy, unknown, type ModuleVal, type Value } from '../values';
import type { Machine } from './machine';

/** Runs `each` once per combination of the comprehension's clauses, in the comprehension's own scope. */
function comprehend(m: Machine, node: Node, env: Env, mod: ModuleVal, each: (e: Env) => void): void {
  const clauses = node.namedChildren.filter((c) => c && (c.type === 'for_in_clause' || c.type === 'if_clause')) as Node[];
  const inner = new Env(env, mod);
  const run = (k: number): void => {
    if (k === clauses.length) return each(inner);
    const cl = clauses[k]!;
    if (cl.type === 'if_clause') {
      if (truthy(m.eval(cl.namedChildren[0]!, inner, mod)) !== false) run(k + 1);
      return;
    }
    const left = cl.childForFieldName('left')!;
    const right = cl.childForFieldName('right')!;
    const items = m.iterate(m.eval(right, inner, mod), right, mod.file) ?? [unknown()];
    for (const it of items) {
      m.assign(left, it, inner, mod);
      run(k + 1);
    }
  };
  run(0);
}

/** `[x for ...]`, `(x for ...)`, `{x for ...}`: a list of the body's values. */
export function evalComprehension(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const body = node.childForFieldName('body')!;
  const out: Value[] = [];
  comprehend(m, node, env, mod, (e) => {
    out.push(m.eval(body, e, mod));
  });
  return { t: 'list', items: out };
}

export function evalDictComprehension(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
  const pair = node.childForFieldName('body')!;
  comprehend(m, node, env, mod, (e) => {
    dictSet(d, m.eval(pair.childForFieldName('key')!, e, mod), m.eval(pair.childForFieldName('value')!, e, mod));
  });
  return d;
}
