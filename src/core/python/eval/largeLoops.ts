// A large loop nest that only fills array elements with numbers (`for i in range(N): for j in range(M):
// W[i, j] = 1 - np.exp(...)`, dc_tts's guided-attention table): its iterations are not followed one by one. The
// analysis does not track array element values, so one pass of the body has the effect all of them would have;
// the loop variables then hold their last items, as after the loop in Python.

import { isTrivia, type SyntaxNode as Node } from '../ast';
import type { Env, ModuleVal, Value } from '../values';
import { arithmetic, LARGE_ARITHMETIC, nodeCount } from './comprehensions';
import type { Machine } from './machine';
import { body } from './syntax';

interface Level { left: Node; items: Value[] }

/** Whether `stmt` is `name[index] = number` with index and value computed from numbers and the loop variables. */
function fillsElement(m: Machine, stmt: Node, env: Env, mod: ModuleVal, loopVars: Set<string>): boolean {
  const a = stmt.type === 'expression_statement' ? stmt.namedChildren.find((c) => c && !isTrivia(c)) : undefined;
  if (a?.type !== 'assignment') return false;
  const target = a.childForFieldName('left');
  const right = a.childForFieldName('right');
  const index = target?.childForFieldName('subscript');
  if (target?.type !== 'subscript' || target.childForFieldName('value')?.type !== 'identifier' || !right || !index) return false;
  const indices = index.type === 'expression_list' || index.type === 'tuple' ? index.namedChildren.filter((c) => c && !isTrivia(c)) as Node[] : [index];
  const budget = { nodes: 0 };
  return indices.every((i) => arithmetic(m, i, env, mod, loopVars, budget)) && arithmetic(m, right, env, mod, loopVars, budget);
}

/** A side-effect-free bound expression: names, attributes, subscripts, arithmetic and len/int/min/max/abs calls. */
function pureBound(n: Node): boolean {
  switch (n.type) {
    case 'integer': case 'float': case 'identifier': return true;
    case 'attribute': return pureBound(n.childForFieldName('object')!);
    case 'subscript': case 'parenthesized_expression': case 'unary_operator': case 'binary_operator': case 'argument_list':
      return n.namedChildren.every((c) => !c || isTrivia(c) || pureBound(c));
    case 'call': {
      const fn = n.childForFieldName('function');
      return fn?.type === 'identifier' && ['len', 'int', 'min', 'max', 'abs'].includes(fn.text) && pureBound(n.childForFieldName('arguments')!);
    }
    default: return false;
  }
}

/**
 * Runs `node` (a for statement whose iterable evaluated to `it`) as one pass when it is such a loop nest over ranges
 * with more than LARGE_ARITHMETIC body evaluations; false (nothing done, nothing evaluated but the inner loops'
 * side-effect-free range bounds) otherwise.
 */
export function largeFillLoop(m: Machine, node: Node, it: Value, env: Env, mod: ModuleVal): boolean {
  // the nest's shape first, from the syntax alone
  const loops: Node[] = [];
  let loop: Node = node;
  for (;;) {
    const left = loop.childForFieldName('left');
    const right = loop.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call' || loop.childForFieldName('alternative')) return false;
    if (right.childForFieldName('function')?.text !== 'range') return false;
    // an inner range's bounds: side-effect free and not using an outer loop's variable (a triangular nest)
    if (loops.length > 0 && (!pureBound(right.childForFieldName('arguments')!)
      || loops.some((l) => new RegExp(`\\b${l.childForFieldName('left')!.text}\\b`).test(right.text)))) return false;
    loops.push(loop);
    const stmts = body(loop.childForFieldName('body'));
    if (stmts.length === 1 && stmts[0]!.type === 'for_statement') { loop = stmts[0]!; continue; }
    if (!stmts.every((st) => st.type === 'expression_statement' && st.namedChildren.find((c) => c && !isTrivia(c))?.childForFieldName('left')?.type === 'subscript')) return false;
    break;
  }
  const stmts = body(loop.childForFieldName('body'));
  const levels: Level[] = [];
  let total = 1;
  for (const [k, l] of loops.entries()) {
    const right = l.childForFieldName('right')!;
    const v = k === 0 ? it : m.eval(right, env, mod);
    const items = v.t === 'range' ? m.iterate(v, right, mod.file) : undefined;
    if (!items || items.length === 0) return false;
    levels.push({ left: l.childForFieldName('left')!, items });
    total *= items.length;
  }
  if (total * stmts.reduce((k, st) => k + nodeCount(st), 0) <= LARGE_ARITHMETIC) return false;
  const loopVars = new Set(levels.map((l) => l.left.text));
  if (!stmts.every((st) => fillsElement(m, st, env, mod, loopVars))) return false;
  for (const l of levels) m.assign(l.left, l.items[0]!, env, mod);
  m.execBlock(stmts, env, mod);
  for (const l of levels) m.assign(l.left, l.items[l.items.length - 1]!, env, mod);
  return true;
}
