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

/**
 * Runs `node` (a for statement) as one pass when it is such a loop nest over ranges with more than LARGE_ARITHMETIC
 * body evaluations; false (nothing done) otherwise.
 */
export function largeFillLoop(m: Machine, node: Node, env: Env, mod: ModuleVal): boolean {
  const levels: Level[] = [];
  let loop: Node = node;
  let total = 1;
  for (;;) {
    const left = loop.childForFieldName('left');
    const right = loop.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call' || loop.childForFieldName('alternative')) return false;
    // only `range(...)` (pure) whose bounds do not use an outer loop's variable (a triangular nest varies per item)
    if (right.childForFieldName('function')?.text !== 'range' || levels.some((l) => new RegExp(`\\b${l.left.text}\\b`).test(right.text))) return false;
    const it = m.eval(right, env, mod);
    if (it.t !== 'range') return false;
    const items = m.iterate(it, right, mod.file);
    if (!items || items.length === 0) return false;
    levels.push({ left, items });
    total *= items.length;
    const stmts = body(loop.childForFieldName('body'));
    if (stmts.length === 1 && stmts[0]!.type === 'for_statement') { loop = stmts[0]!; continue; }
    const loopVars = new Set(levels.map((l) => l.left.text));
    if (total * stmts.reduce((k, s) => k + nodeCount(s), 0) <= LARGE_ARITHMETIC) return false;
    for (const l of levels) m.assign(l.left, l.items[0]!, env, mod);
    if (!stmts.every((s) => fillsElement(m, s, env, mod, loopVars))) return false;
    m.execBlock(stmts, env, mod);
    for (const l of levels) m.assign(l.left, l.items[l.items.length - 1]!, env, mod);
    return true;
  }
}
