// Containers a loop fills when the analysis cannot know how often it runs: a loop over an unknown iterable runs its
// body once with unknown values, so a list, set or dict the body adds to (`chars.add(c)`, `texts.append(t)`,
// `index[k] = v`) has unknown contents afterwards; its names are rebound to unknown rather than keep a length the
// program may never have (Python runs the body once per item: zero, one or many times).

import type { SyntaxNode as Node } from '../ast';
import { unknown, type Env } from '../values';

const FILLING_METHODS = new Set(['append', 'add', 'extend', 'insert', 'update', 'setdefault', 'appendleft']);

/** Names of the plain variables whose object `stmts` add to (method calls and item assignments), in nested code too. */
export function filledNames(stmts: readonly Node[]): Set<string> {
  const out = new Set<string>();
  const visit = (n: Node | null): void => {
    if (!n || n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') return;
    if (n.type === 'call') {
      const f = n.childForFieldName('function');
      const obj = f?.type === 'attribute' ? f.childForFieldName('object') : null;
      const attr = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
      if (obj?.type === 'identifier' && attr && FILLING_METHODS.has(attr)) out.add(obj.text);
    }
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      const obj = left?.type === 'subscript' ? left.childForFieldName('value') : null;
      if (obj?.type === 'identifier') out.add(obj.text);
    }
    for (const c of n.namedChildren) visit(c);
  };
  for (const s of stmts) visit(s);
  return out;
}

/** Rebinds each filled name that holds a list, set or dict to unknown, in the scope that binds it. */
export function forgetFilled(names: ReadonlySet<string>, env: Env): void {
  for (const name of names) {
    for (let e: Env | null = env; e; e = e.parent) {
      const v = e.vars.get(name);
      if (v === undefined) continue;
      if (v.t === 'list' || v.t === 'dict') e.vars.set(name, unknown(`\`${name}\` is filled by a loop over an iterable the analysis cannot know`));
      break;
    }
  }
}
