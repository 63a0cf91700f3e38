// Pure questions about Python syntax nodes that several evaluator concerns ask: a block's statements, whether a
// definition is a `@tf.function`, whether skipped code calls anything that might draw random seeds.
// No evaluation state here.

import type { SyntaxNode as Node } from '../ast';

/** The statements of a block (or the single statement of a one-line body). */
export function body(node: Node | null): Node[] {
  if (!node) return [];
  return node.type === 'block' ? (node.namedChildren.filter(Boolean) as Node[]) : [node];
}

/** The decorator texts of a function or class definition (empty when undecorated). */
export function decorators(def: Node): string[] {
  const deco = def.parent?.type === 'decorated_definition' ? def.parent : null;
  return deco ? deco.namedChildren.filter((c) => c?.type === 'decorator').map((d) => d!.text) : [];
}

/** True when the function definition `def` is decorated with `tf.function` (or `function`). */
export function isTfFunction(def: Node): boolean {
  const deco = def.parent?.type === 'decorated_definition' ? def.parent : null;
  return !!deco && deco.namedChildren.some((c) => c?.type === 'decorator' && /^@\s*(\w+\.)*function\b/.test(c.text));
}

/** Calls that cannot draw random seeds: Python builtins that only compute or print. */
const HARMLESS_CALLS = new Set([
  'print', 'len', 'int', 'float', 'str', 'bool', 'range', 'min', 'max', 'abs', 'round', 'sum', 'isinstance', 'hasattr',
  'getattr', 'type', 'repr', 'format', 'list', 'dict', 'tuple', 'set', 'sorted', 'reversed', 'enumerate', 'zip', 'any', 'all',
]);

/** True when `node` contains a call other than harmless builtins (it might run a random op). */
export function callsSomething(node: Node, budget = { n: 20_000 }): boolean {
  if (--budget.n < 0) return true;
  if (node.type === 'call') {
    const f = node.childForFieldName('function');
    if (!f || f.type !== 'identifier' || !HARMLESS_CALLS.has(f.text)) return true;
  }
  for (const c of node.namedChildren) if (c && callsSomething(c, budget)) return true;
  return false;
}
