// Python expressions: one handler per expression type (a dispatch table) — literals, names (builtins when not
// bound), containers, attribute and subscript reads, calls, operators, conditional expressions (an undecidable
// condition takes the first branch, noted), lambdas, comprehensions, walrus. Unlisted types are unknown.

import { isTrivia, type SyntaxNode as Node } from '../ast';
import { bool, dictSet, float, int, NONE, truthy, unknown, type Env, type ModuleVal, type Value } from '../values';
import { distinctItems } from './methods';
import { evalSubscript } from './access';
import { BUILTINS } from './builtins';
import { evalCall } from './calls';
import { evalComprehension, evalDictComprehension } from './comprehensions';
import type { Machine } from './machine';
import { evalBinary, evalBoolean, evalComparison, evalNot, evalUnary } from './operators';
import { evalConcatenated } from './strings';

type ExprHandler = (m: Machine, node: Node, env: Env, mod: ModuleVal) => Value;

/** Evaluates an expression without counting a step or depth (the caller did). */
export function evalExpression(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const h = EXPRESSIONS.get(node.type);
  return h ? h(m, node, env, mod) : unknown(node.type);
}

function integer(_m: Machine, node: Node): Value {
  const t = node.text.replace(/_/g, '').toLowerCase().replace(/l$/, '');
  let v: number;
  if (t.startsWith('0x')) v = parseInt(t.slice(2), 16);
  else if (t.startsWith('0o')) v = parseInt(t.slice(2), 8);
  else if (t.startsWith('0b')) v = parseInt(t.slice(2), 2);
  else v = Number(t);
  return int(v);
}

function floatLiteral(_m: Machine, node: Node): Value {
  const t = node.text.replace(/_/g, '');
  if (/j$/i.test(t)) return unknown('complex');
  return float(Number(t));
}

function identifier(_m: Machine, node: Node, env: Env): Value {
  const v = env.lookup(node.text);
  if (v !== undefined) return v.t === 'lazy' ? v.force() : v;
  if (BUILTINS.has(node.text)) return { t: 'builtin', name: node.text };
  return unknown(`name ${node.text}`);
}

function parenthesized(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const inner = node.namedChildren.find((c) => c && !isTrivia(c));
  return inner ? m.eval(inner, env, mod) : NONE;
}

/** The items of a tuple/list/set display, `*iterable` spread (unknown when it cannot be iterated). */
function items(m: Machine, node: Node, env: Env, mod: ModuleVal): Value[] {
  const out: Value[] = [];
  for (const c of node.namedChildren) {
    if (!c || isTrivia(c)) continue;
    if (c.type === 'list_splat' || c.type === 'parenthesized_list_splat') {
      const v = m.eval(c.namedChildren[0]!, env, mod);
      const spread = m.iterate(v, c, mod.file);
      if (spread) out.push(...spread);
      else out.push(unknown());
    } else out.push(m.eval(c, env, mod));
  }
  return out;
}

function dictionary(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
  for (const p of node.namedChildren) {
    if (!p) continue;
    if (p.type === 'pair') dictSet(d, m.eval(p.childForFieldName('key')!, env, mod), m.eval(p.childForFieldName('value')!, env, mod));
    else if (p.type === 'dictionary_splat') {
      const o = m.eval(p.namedChildren[0]!, env, mod);
      if (o.t === 'dict') o.keys.forEach((k, i) => dictSet(d, k, o.vals[i]!));
    }
  }
  return d;
}

function attribute(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const obj = m.eval(node.childForFieldName('object')!, env, mod);
  return m.getattr(obj, node.childForFieldName('attribute')!.text, node, mod.file) ?? unknown('attribute');
}

/** `a if c else b`: an undecidable condition takes `a` (noted; `b` recorded as skipped code). */
function conditional(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const [a, c, b] = node.namedChildren.filter((x) => x && !isTrivia(x)) as Node[];
  const t = truthy(m.eval(c!, env, mod));
  if (t === undefined) {
    m.note(c!, mod.file, 'unknown-condition', 'This condition cannot be decided statically; the analysis takes the first branch.');
    m.skipped([b], 'the branch of an undecidable condition that the analysis skipped');
    const v = m.guessed(node, 'a branch the analysis assumes runs', () => m.eval(a!, env, mod));
    // An op result picked this way is a guess (`dynamic[i] if s is None else s`): it raises nothing later.
    return v.t === 'tensor' && v.op ? { ...v, guess: true } : v;
  }
  return m.eval(t ? a! : b!, env, mod);
}

function namedExpression(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const v = m.eval(node.childForFieldName('value')!, env, mod);
  env.set(node.childForFieldName('name')!.text, v);
  return v;
}

const constant = (v: Value): ExprHandler => () => v;

const EXPRESSIONS = new Map<string, ExprHandler>([
  ['integer', integer],
  ['float', floatLiteral],
  ['true', () => bool(true)],
  ['false', () => bool(false)],
  ['none', constant(NONE)],
  ['ellipsis', () => unknown('...')],
  ['string', (m, node, env, mod) => m.evalString(node, env, mod)],
  ['concatenated_string', evalConcatenated],
  ['identifier', identifier],
  ['parenthesized_expression', parenthesized],
  ['tuple', (m, node, env, mod) => ({ t: 'tuple', items: items(m, node, env, mod) })],
  ['expression_list', (m, node, env, mod) => ({ t: 'tuple', items: items(m, node, env, mod) })],
  ['list', (m, node, env, mod) => ({ t: 'list', items: items(m, node, env, mod) })],
  ['set', (m, node, env, mod) => {
    const d = distinctItems(items(m, node, env, mod));
    return d ? { t: 'list', items: d } : unknown('a set of values the analysis cannot compare');
  }],
  ['dictionary', dictionary],
  ['attribute', attribute],
  ['subscript', evalSubscript],
  ['call', evalCall],
  ['binary_operator', evalBinary],
  ['unary_operator', evalUnary],
  ['not_operator', evalNot],
  ['boolean_operator', evalBoolean],
  ['comparison_operator', evalComparison],
  ['conditional_expression', conditional],
  ['lambda', (m, node, env, mod) => m.makeFunction(node, env, mod, '<lambda>')],
  ['list_comprehension', evalComprehension],
  ['generator_expression', evalComprehension],
  ['set_comprehension', evalComprehension],
  ['dictionary_comprehension', evalDictComprehension],
  ['named_expression', namedExpression],
  ['await', (m, node, env, mod) => m.eval(node.namedChildren[0]!, env, mod)],
  ['keyword_argument', (m, node, env, mod) => m.eval(node.childForFieldName('value')!, env, mod)],
]);
