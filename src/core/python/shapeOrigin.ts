// Where a shape held in a variable got an unknown dim, for the explanation of its `?` (symbolic.ts): the
// assignment to that variable earlier in the same function and the element at the dim's position (tpu ResNet's
// `var_shape, axes = (1, inputs.shape[1], 1, 1), [0, 2, 3]`), and the function parameter the element reads, if any.
// Textual, and only when it is unambiguous: assignments whose element is a literal number are left out (a literal
// gives a known dim), and when more than one remains nothing is said.
import { isTrivia, type SyntaxNode as Node } from './ast';

export interface ShapeOrigin {
  /** The element of the assigned tuple or list that gave the dim. */
  element: Node;
  /** The function parameter the element is read from (`inputs`), and the function's name. */
  parameter?: { name: string; fn: string; line: number };
}

const SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);
const SEQUENCES = new Set(['tuple', 'list', 'expression_list', 'pattern_list', 'tuple_pattern', 'list_pattern']);

function items(n: Node): Node[] {
  let x = n;
  while (x.type === 'parenthesized_expression' && x.namedChildren.length === 1) x = x.namedChildren[0]!;
  return SEQUENCES.has(x.type) ? x.namedChildren.filter((c): c is Node => !!c && !isTrivia(c)) : [];
}

/** The value `name` receives from `assignment`, or null when the assignment does not bind it. */
function bound(assignment: Node, name: string): Node | null {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || !right) return null;
  if (left.type === 'identifier') return left.text === name ? right : null;
  const targets = items(left);
  const k = targets.findIndex((t) => t.type === 'identifier' && t.text === name);
  if (k < 0) return null;
  const values = items(right);
  return values.length === targets.length ? values[k]! : null;
}

/** The origin of dim `i` of the shape the identifier `use` holds, or null when it cannot be said for sure. */
export function shapeElementOrigin(use: Node, i: number): ShapeOrigin | null {
  let scope: Node | null = use.parent;
  while (scope && !SCOPES.has(scope.type) && scope.type !== 'module') scope = scope.parent;
  if (!scope) return null;
  const found: Node[] = [];
  const visit = (n: Node): void => {
    if (n.startIndex >= use.startIndex) return;
    if (n !== scope && SCOPES.has(n.type)) return;
    if (n.type === 'assignment') {
      const v = bound(n, use.text);
      const el = v ? items(v)[i] : undefined;
      if (el && !/^-?\d+$/.test(el.text)) found.push(el);
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(scope);
  if (found.length !== 1) return null;
  const element = found[0]!;
  let root: Node | null = element;
  while (root && (root.type === 'attribute' || root.type === 'subscript' || root.type === 'call')) {
    root = root.childForFieldName(root.type === 'attribute' ? 'object' : root.type === 'subscript' ? 'value' : 'function');
  }
  if (scope.type !== 'function_definition' || root?.type !== 'identifier') return { element };
  const params = scope.childForFieldName('parameters')?.namedChildren ?? [];
  const param = params.find((p) => p && (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text) === root.text);
  if (!param) return { element };
  return { element, parameter: { name: root.text, fn: scope.childForFieldName('name')?.text ?? '?', line: param.startPosition.row + 1 } };
}
