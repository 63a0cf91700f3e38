// Python comprehensions (list, set, generator, dict): the `for` clauses iterate in a scope of their own, `if`
// clauses filter (an undecidable filter keeps the item, said as `unknown-condition`), and an iterable the reader cannot follow runs the
// body once with an unknown item. Sets and generators are lists here.

import { isTrivia, type SyntaxNode as Node } from '../ast';
import { dictSet, distinctItems, Env, truthy, unknown, type ModuleVal, type Value } from '../values';
import type { Machine } from './machine';

const KEPT = 'This filter cannot be decided without running the program; the analysis keeps the item.';

/** Runs `each` once per combination of the comprehension's clauses, in the comprehension's own scope. */
function comprehend(m: Machine, node: Node, env: Env, mod: ModuleVal, each: (e: Env) => void): void {
  const clauses = node.namedChildren.filter((c) => c && (c.type === 'for_in_clause' || c.type === 'if_clause')) as Node[];
  const inner = new Env(env, mod);
  const run = (k: number): void => {
    if (k === clauses.length) return each(inner);
    const cl = clauses[k]!;
    if (cl.type === 'if_clause') {
      const t = truthy(m.eval(cl.namedChildren[0]!, inner, mod));
      // an undecidable filter keeps the item, and says so (the `if` statement's rule)
      if (t === undefined) m.note(cl.namedChildren[0]!, mod.file, 'unknown-condition', KEPT);
      if (t !== false) run(k + 1);
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

/** Above this many body evaluations (items x body nodes) a comprehension of numbers is not computed item by item. */
export const LARGE_ARITHMETIC = 4000;

/** NumPy and math functions of numbers that give a number (no side effects, no variables). */
function numericCallee(v: Value): boolean {
  if (v.t === 'builtin') return ['abs', 'float', 'int', 'round', 'pow', 'min', 'max'].includes(v.name);
  return v.t === 'tf' && !v.h && /^(numpy|math)\.\w+$/.test(v.path);
}

/** Whether `n` computes a number from the loop variables `loopVars` and outer numbers only (no effects). */
export function arithmetic(m: Machine, n: Node, env: Env, mod: ModuleVal, loopVars: Set<string>, budget: { nodes: number }): boolean {
  if (++budget.nodes > 200) return false;
  switch (n.type) {
    case 'integer': case 'float': return true;
    case 'identifier': {
      if (loopVars.has(n.text)) return true;
      const v = m.eval(n, env, mod);
      return v.t === 'int' || v.t === 'float';
    }
    case 'attribute': {
      const v = m.eval(n, env, mod);
      return v.t === 'int' || v.t === 'float';
    }
    case 'parenthesized_expression': case 'unary_operator': case 'binary_operator':
      return n.namedChildren.every((c) => !c || isTrivia(c) || arithmetic(m, c, env, mod, loopVars, budget));
    case 'call': {
      const fn = n.childForFieldName('function');
      const argList = n.childForFieldName('arguments');
      if (!fn || !argList || (fn.type !== 'identifier' && fn.type !== 'attribute') || !numericCallee(m.eval(fn, env, mod))) return false;
      return argList.namedChildren.every((c) => !c || isTrivia(c) || arithmetic(m, c, env, mod, loopVars, budget));
    }
    default: return false;
  }
}

/**
 * A comprehension with one `for` clause over a sequence of known length whose body is arithmetic on numbers
 * (`[pos / np.power(10000, 2 * i / d) for i in range(d)]`): its items are numbers whose values the analysis does
 * not compute when there are many (the list keeps its length, so arrays built from it keep their shape).
 */
function largeArithmetic(m: Machine, node: Node, body: Node, env: Env, mod: ModuleVal): Value | undefined {
  const clauses = node.namedChildren.filter((c) => c && (c.type === 'for_in_clause' || c.type === 'if_clause')) as Node[];
  const cl = clauses[0];
  if (clauses.length !== 1 || cl?.type !== 'for_in_clause') return undefined;
  const left = cl.childForFieldName('left');
  const right = cl.childForFieldName('right');
  if (left?.type !== 'identifier' || !right || right.type !== 'call') return undefined;
  const it = m.eval(right, env, mod);
  const n = it.t === 'range' ? Math.max(0, Math.ceil((it.stop - it.start) / it.step)) : undefined;
  if (n === undefined || n * nodeCount(body) <= LARGE_ARITHMETIC) return undefined;
  const inner = new Env(env, mod);
  if (!arithmetic(m, body, inner, mod, new Set([left.text]), { nodes: 0 })) return undefined;
  const item: Value = { t: 'unknown', why: `an item of a comprehension of ${n} numbers the analysis does not compute`, scalar: true };
  return { t: 'list', items: new Array<Value>(n).fill(item) };
}

export function nodeCount(n: Node): number {
  let k = 1;
  for (const c of n.namedChildren) if (c) k += nodeCount(c);
  return k;
}

/** `[x for ...]`, `(x for ...)`, `{x for ...}`: a list of the body's values (a set's distinct ones). */
export function evalComprehension(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const body = node.childForFieldName('body')!;
  if (node.type === 'list_comprehension') {
    const large = largeArithmetic(m, node, body, env, mod);
    if (large) return large;
  }
  const out: Value[] = [];
  comprehend(m, node, env, mod, (e) => {
    out.push(m.eval(body, e, mod));
  });
  if (node.type === 'set_comprehension') {
    const distinct = distinctItems(out);
    return distinct ? { t: 'list', items: distinct } : unknown('a set of items whose equality the analysis cannot decide');
  }
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
