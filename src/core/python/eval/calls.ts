// Python calls and functions: function values for `def`/`lambda`, argument evaluation (`*args`, `**kwargs`),
// calling any callable (user functions with parameter binding, bound methods, builtins, classes, partials,
// library symbols), bounded by MAX_CALL_DEPTH; a `@tf.function` body runs as code the analysis only assumes.

import { MAX_CALL_DEPTH } from '../../frontend/budgets';
import { isTrivia, type SyntaxNode as Node } from '../ast';
import { dictSet, Env, NONE, str, unknown, type FuncVal, type ModuleVal, type Value } from '../values';
import { callBuiltin } from './builtins';
import { findAttrInClass } from './classes';
import type { Machine } from './machine';
import { ReturnSignal, type Args, type CallSite } from './protocol';
import { parameterSymbol } from './symbols';
import { body, decorators, isTfFunction } from './syntax';

export function makeFunction(m: Machine, node: Node, env: Env, mod: ModuleVal, name: string): Value {
  const defaults = new Map<string, Value>();
  const params = node.childForFieldName('parameters');
  if (params) {
    for (const p of params.namedChildren) {
      if (!p) continue;
      if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
        const pn = p.childForFieldName('name')!.text;
        defaults.set(pn, m.eval(p.childForFieldName('value')!, env, mod));
      }
    }
  }
  const f: FuncVal = { name, node, closure: env, module: mod, defaults, isLambda: node.type === 'lambda' };
  return { t: 'func', f };
}

/** `**kwargs`: the keywords no parameter took, as a dict (the map is emptied). */
function kwargsDict(kw: Map<string, Value>): Value {
  const d: Value = { t: 'dict', keys: [], vals: [] };
  for (const [k, v] of kw) dictSet(d, str(k), v);
  kw.clear();
  return d;
}

/** Binds the call's arguments to `fv`'s parameters in `env` (defaults, then unknown for missing ones). */
function bindParameters(m: Machine, fv: FuncVal, env: Env, pos: Value[], kw: Map<string, Value>): void {
  const params = fv.node.childForFieldName('parameters');
  if (!params) return;
  let i = 0;
  for (const p of params.namedChildren) {
    if (!p) continue;
    let pn: string;
    switch (p.type) {
      case 'identifier': pn = p.text; break;
      case 'default_parameter': case 'typed_default_parameter': pn = p.childForFieldName('name')!.text; break;
      case 'typed_parameter': {
        const inner = p.namedChildren[0]!;
        if (inner.type === 'list_splat_pattern') {
          env.set(inner.namedChildren[0]!.text, { t: 'tuple', items: pos.slice(i) });
          i = pos.length;
          continue;
        }
        if (inner.type === 'dictionary_splat_pattern') {
          env.set(inner.namedChildren[0]!.text, kwargsDict(kw));
          continue;
        }
        pn = inner.text;
        break;
      }
      case 'list_splat_pattern':
        env.vars.set(p.namedChildren[0]!.text, { t: 'tuple', items: pos.slice(i) });
        i = pos.length;
        continue;
      case 'dictionary_splat_pattern':
        env.vars.set(p.namedChildren[0]!.text, kwargsDict(kw));
        continue;
      default:
        continue; // keyword_separator, positional_separator
    }
    if (i < pos.length) env.vars.set(pn, pos[i++]!);
    else if (kw.has(pn)) { env.vars.set(pn, kw.get(pn)!); kw.delete(pn); }
    else env.vars.set(pn, fv.defaults.get(pn) ?? missingParameter(m, fv, pn, p));
  }
}

/** A parameter no argument gave and without default: the user's value for it, else a symbol of its name. */
function missingParameter(m: Machine, fv: FuncVal, pn: string, node: Node): Value {
  return m.hooks.supplied?.(pn) ?? parameterSymbol(m, fv.name, pn, node, fv.module.file);
}

export function callFunction(m: Machine, fv: FuncVal, args: Args, site: CallSite, self?: Value): Value {
  if (m.depth >= MAX_CALL_DEPTH) {
    m.note(site.node, site.file, 'recursion-limit',
      `Calls nest deeper than ${MAX_CALL_DEPTH} levels here (recursion?); this call is not followed.`, 'warning');
    m.risk(site.node, 'a call the analysis did not follow');
    return unknown('recursion');
  }
  const env = new Env(fv.closure, fv.module);
  const pos = self ? [self, ...args.pos] : [...args.pos];
  bindParameters(m, fv, env, pos, new Map(args.kw));
  m.calledDefs.add(`${fv.module.file}:${fv.node.startIndex}`);
  m.frames.push({ fv, self: self ?? pos[0] });
  m.depth++;
  const savedBinding = m.pendingBinding;
  m.pendingBinding = undefined;
  try {
    if (fv.isLambda) return m.eval(fv.node.childForFieldName('body')!, env, fv.module);
    const stmts = body(fv.node.childForFieldName('body'));
    // a @tf.function body is traced into a graph, whose seeds (per-function op numbers, kernels per trace)
    // this evaluation does not model: random ops in it count as code the analysis only assumes
    // `@tf.Module.with_name_scope`: the method runs inside its module's name scope (`with self.name_scope:`)
    const scope = pos[0]?.t === 'instance' && decorators(fv.node).some((d) => /\bwith_name_scope\s*$/.test(d)) ? m.getattr(pos[0], 'name_scope', fv.node, fv.module.file, true) : undefined;
    if (scope?.t === 'ctx') scope.ctx.enter();
    try {
      if (isTfFunction(fv.node)) m.guessed(fv.node, 'a @tf.function traced into a graph', () => m.execBlock(stmts, env, fv.module));
      else m.execBlock(stmts, env, fv.module);
    } finally {
      if (scope?.t === 'ctx') scope.ctx.exit();
    }
    return NONE;
  } catch (e) {
    if (e instanceof ReturnSignal) return e.value;
    throw e;
  } finally {
    m.depth--;
    m.frames.pop();
    m.pendingBinding = savedBinding;
  }
}

/** Calls any callable value (counts a step). */
export function callValue(m: Machine, fn: Value, args: Args, site: CallSite): Value {
  m.tick();
  switch (fn.t) {
    case 'func': return m.callFunction(fn.f, args, site);
    case 'bound': {
      if (fn.fn.t === 'func') return m.callFunction(fn.fn.f, args, site, fn.self);
      return m.call(fn.fn, { ...args, pos: [fn.self, ...args.pos], posNodes: [null, ...args.posNodes] }, site);
    }
    case 'builtin': return callBuiltin(m, fn.name, args, site);
    case 'class': return m.instantiate(fn.c, args, site);
    case 'instance': {
      const r = m.hooks.call(fn, args, site);
      if (r) return r;
      const dunder = findAttrInClass(fn.c, '__call__');
      if (dunder?.t === 'func') return m.callFunction(dunder.f, args, site, fn);
      return unknown('call of instance');
    }
    case 'partial': {
      const kw = new Map(fn.kwargs);
      for (const [k, v] of args.kw) kw.set(k, v);
      return m.call(fn.fn, { pos: [...fn.args, ...args.pos], kw, posNodes: [...fn.args.map(() => null), ...args.posNodes], kwNodes: args.kwNodes }, site);
    }
    default: {
      const r = m.hooks.call(fn, args, site);
      return r ?? unknown('call');
    }
  }
}

export function evalArgs(m: Machine, argList: Node | null, env: Env, mod: ModuleVal): Args {
  const args: Args = { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() };
  if (!argList) return args;
  if (argList.type === 'generator_expression') {
    args.pos.push(m.eval(argList, env, mod));
    args.posNodes.push(argList);
    return args;
  }
  for (const a of argList.namedChildren) {
    if (!a || isTrivia(a)) continue;
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')!.text;
      const vn = a.childForFieldName('value')!;
      args.kw.set(name, m.eval(vn, env, mod));
      args.kwNodes.set(name, vn);
    } else if (a.type === 'list_splat') {
      const v = m.eval(a.namedChildren[0]!, env, mod);
      const items = m.iterate(v, a, mod.file);
      if (items) for (const it of items) { args.pos.push(it); args.posNodes.push(null); }
      else { args.pos.push(unknown('*args')); args.posNodes.push(a); }
    } else if (a.type === 'dictionary_splat') {
      const v = m.eval(a.namedChildren[0]!, env, mod);
      if (v.t === 'dict') v.keys.forEach((k, i) => { if (k.t === 'str') args.kw.set(k.v, v.vals[i]!); });
      else if (v.t === 'instance') for (const [k, val] of v.attrs) args.kw.set(k, val);
    } else {
      args.pos.push(m.eval(a, env, mod));
      args.posNodes.push(a);
    }
  }
  return args;
}

/** A call expression: the pending assignment binding goes to this call (not to calls in its arguments). */
export function evalCall(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const binding = m.consumeBinding();
  const fnNode = node.childForFieldName('function')!;
  const fn = m.eval(fnNode, env, mod);
  const args = m.evalArgs(node.childForFieldName('arguments'), env, mod);
  const site: CallSite = { node, file: mod.file, binding };
  if (fn.t === 'unknown') return unknown('call of unknown');
  return m.call(fn, args, site);
}
