// Graphs and scopes: `tf.Graph` objects, `variable_scope` (names, reuse, default_name counters, scope objects,
// re-entry, auxiliary name scopes), `name_scope`, graph op-name uniquification, and the recorded scope tree.

import { hasUnknownPiece, renderSym } from '../symbolic';
import { wrapCustomGetter } from './variableArgs';
import type { SyntaxNode as Node } from '../ast';
import { type ScopeEntry } from './types';
import { enterEagerNs, isLiteral, literalAsTensor, partitionerOf } from './convert';
import type { InitializerSpec, Shape } from '../../model';
import { freshId, ScopeNameError, TfGraph, type Partitioner, type Reuse, type VarScope } from '../../tf/graph';
import { loc, type Args, type CallSite } from '../interp';
import { NONE, pyRepr, str, strOf, truthy, unknown, type Value, handle } from '../values';
import type { TfLibrary } from '../tflib';
import { type ApiEntry, bind, type BoundArgs } from './registry';

/** `variable_scope`'s signature (TF 1.15 / compat.v1), and the deprecated `variable_op_scope`'s leading ones. */
const VARIABLE_SCOPE_PARAMS = ['name_or_scope', 'default_name', 'values', 'initializer', 'regularizer', 'caching_device', 'partitioner',
  'custom_getter', 'reuse', 'dtype', 'use_resource', 'constraint', 'auxiliary_name_scope'];
const VARIABLE_OP_SCOPE_PARAMS = ['values', 'name_or_scope', 'default_name'];

/** A `variable_scope(...)` call's arguments, read once when the context manager is made. */
interface ScopeRequest {
  nameOrScope: Value;
  defaultName: Value | undefined;
  reuse: Reuse | null;
  initSpec: InitializerSpec | null;
  initValue: { shape: Shape; dtype: string | null } | undefined;
  dtype: string | null;
  /** undefined: inherited from the enclosing scope. */
  partitioner: Partitioner | null | undefined;
  useResource: boolean | null;
  customGetter: Value | undefined;
  aux: boolean;
}

/** What leaving the `with` block undoes. */
interface ScopeExits {
  restoreName: (() => void) | null;
  exitPure: ((at?: CallSite) => void) | null;
}

export class Scopes {
  constructor(private readonly tf: TfLibrary) {}

  /** Graph mode: an op created with `name` (or its default) takes that name in the graph; returns it. */
  markOp(defaultName: string, args: Args): string | undefined {
    if (this.tf.eager) return undefined;
    const n = strOf(args.kw.get('name'));
    return this.tf.graph.uniqueName(n ?? defaultName);
  }

  readonly graphs = new Map<number, TfGraph>();

  newGraph(): number {
    const g = new TfGraph();
    this.graphs.set(g.id, g);
    return g.id;
  }

  graphId(g: TfGraph): number {
    this.graphs.set(g.id, g);
    return g.id;
  }

  // ---------- methods on TF objects ----------

  /** Enters a graph name scope; an invalid name raises TF's ValueError (reported) and is entered anyway. */
  enterNs(g: TfGraph, name: string | null, site: CallSite): { scope: string; restore: () => void } {
    // A name with statically unknown parts ('?') is not validated: TF would see the real name.
    if (name && hasUnknownPiece(name)) return g.enterNameScope(name, false);
    try {
      return g.enterNameScope(name);
    } catch (e) {
      if (!(e instanceof ScopeNameError)) throw e;
      this.tf.diag.raise(site, 'ValueError', e.message, 'invalid-name');
      return g.enterNameScope(name, false);
    }
  }

  scopeValue(s: VarScope): Value {
    this.tf.reg.scopes.set(s.id, s);
    return { t: 'scope', s: { id: s.id } };
  }

  recordScope(name: string, kind: ScopeEntry['kind'], site: CallSite, withNode: Node | null): void {
    if (!name) return;
    const l = loc(site.node, site.file);
    if (withNode) {
      l.endLine = withNode.endPosition.row + 1;
      l.endColumn = withNode.endPosition.column + 1;
    }
    const e = this.tf.scopes.get(name);
    if (e) e.entries.push(l);
    else this.tf.scopes.set(name, { name, kind, location: l, entries: [l] });
  }

  reuseOf(v: Value | undefined): Reuse | null {
    if (!v || v.t === 'none') return null;
    if (v.t === 'tf' && v.path.endsWith('AUTO_REUSE')) return 'auto';
    const t = truthy(v);
    if (t === undefined) return null;
    return t ? true : null; // False == None: inherit
  }

  /** `variable_scope(...)` / `variable_op_scope(values, ...)`: a context manager that enters TF's two scopes. */
  variableScope(args: Args, site: CallSite, opScope: boolean): Value {
    const bound = bind(args, opScope ? VARIABLE_OP_SCOPE_PARAMS : VARIABLE_SCOPE_PARAMS);
    // variable_scope.__init__: auxiliary_name_scope must be a bool
    const aux = bound.get('auxiliary_name_scope');
    if (aux && aux.t !== 'bool' && aux.t !== 'unknown' && (aux.t === 'none' || aux.t === 'str' || aux.t === 'int' || aux.t === 'float')) {
      const shown = aux.t === 'str' ? aux.v : pyRepr(aux) ?? '?';
      this.tf.diag.raise(site, 'TypeError', `The auxiliary_name_scope must be \`True\` or \`False\`, while get ${shown}`, 'bad-scope-argument');
      return unknown();
    }
    const req = this.scopeRequest(bound, opScope);
    const withNode = this.tf.interp.withBlock;
    const st: ScopeExits = { restoreName: null, exitPure: null };
    const enter = (): Value => {
      // auxiliary_name_scope=False: the name scope stays where it is
      let currentNameScope: string | null = null;
      if (!req.aux) {
        const g = this.tf.graph;
        const ns = g.nameStack;
        const r = g.enterNameScope(ns ? `${ns}/` : null);
        st.restoreName = r.restore;
        currentNameScope = r.scope;
      }
      const n = req.nameOrScope;
      if (n.t === 'str' || n.t === 'scope') return this.enterNamedScope(req, n, currentNameScope, st, site, withNode);
      // a symbolic name (a parameter `scope` without default) is shown as `{scope}` when no default name applies
      if (n.t === 'unknown' && n.sym && (req.defaultName === undefined || req.defaultName.t === 'none')) {
        return this.enterNamedScope(req, { t: 'str', v: `{${renderSym(n.sym)}}`, partial: true }, currentNameScope, st, site, withNode);
      }
      if (n.t === 'int' || n.t === 'float' || n.t === 'list' || n.t === 'tuple' || n.t === 'bool' || n.t === 'dict') {
        this.tf.diag.raise(site, 'TypeError', 'VariableScope: name_or_scope must be a string or VariableScope.', 'bad-scope-argument');
      }
      return this.enterDefaultScope(req, currentNameScope, st, site, withNode);
    };
    // variable_scope.__exit__: the pure scope's exit (which may raise), then, in any case, the name scope's
    return { t: 'ctx', ctx: { enter, exit: (at) => { st.exitPure?.(at ? { node: at.node, file: at.file } : undefined); st.restoreName?.(); } } };
  }

  private scopeRequest(a: BoundArgs, opScope: boolean): ScopeRequest {
    const initializer = opScope ? a.raw.kw.get('initializer') : a.get('initializer');
    const initValue = initializer && (initializer.t === 'tensor' || isLiteral(initializer))
      ? (initializer.t === 'tensor' ? { shape: initializer.shape, dtype: initializer.dtype } : (() => { const l = literalAsTensor(initializer); return { shape: l.shape, dtype: l.dtype }; })())
      : undefined;
    const ur = a.get('use_resource');
    const cg = a.get('custom_getter');
    const auxRaw = a.get('auxiliary_name_scope');
    return {
      nameOrScope: a.get('name_or_scope') ?? NONE,
      defaultName: a.get('default_name'),
      reuse: this.reuseOf(opScope ? a.raw.kw.get('reuse') : a.get('reuse')),
      initSpec: initializer && initializer.t !== 'none' ? this.tf.inits.initializerFromValue(initializer, 'v1') : null,
      initValue,
      dtype: a.dtype('dtype'),
      partitioner: a.get('partitioner') !== undefined ? partitionerOf(a.get('partitioner')) : undefined,
      useResource: ur && ur.t === 'bool' ? ur.v : null,
      customGetter: cg && cg.t !== 'none' ? cg : undefined,
      aux: auxRaw ? truthy(auxRaw) !== false : true,
    };
  }

  /** A scope given by name or by a captured scope object (re-entered with its original name scope). */
  private enterNamedScope(req: ScopeRequest, n: Value & { t: 'str' | 'scope' }, currentNameScope: string | null, st: ScopeExits, site: CallSite, withNode: Node | null): Value {
    const g = this.tf.graph;
    const captured = n.t === 'scope' ? this.tf.reg.scopes.get(n.s.id)! : null;
    const nsName = captured ? captured.name.split('/').pop()! : (n as { v: string }).v;
    let oldNameScope = '';
    if (nsName || currentNameScope !== null) {
      if (currentNameScope === null) {
        const r = this.tf.eager ? { scope: nsName ? `${g.nameStack ? g.nameStack + '/' : ''}${nsName}/` : '', restore: enterEagerNs(g, nsName) } : this.enterNs(g, nsName, site);
        st.restoreName = r.restore;
        currentNameScope = r.scope;
      }
      oldNameScope = captured ? captured.originalNameScope : currentNameScope;
    }
    const sv = this.enterPure(captured, captured ? null : (n as { v: string }).v, req.reuse, req.initSpec, req.dtype, req.partitioner, oldNameScope, site, withNode, (fn) => { st.exitPure = fn; });
    if (sv.t === 'scope') {
      const entered = this.tf.reg.scopes.get(sv.s.id)!;
      if (req.useResource !== null) entered.useResource = req.useResource;
      if (req.customGetter) entered.customGetter = wrapCustomGetter(req.customGetter, entered.customGetter as Value | undefined);
      if (req.initSpec) entered.initializerValue = req.initValue;
    }
    return sv;
  }

  /** `variable_scope(None, default_name=...)`: a uniquified name (`dense_1`); reuse=True is an error without a name. */
  private enterDefaultScope(req: ScopeRequest, currentNameScope: string | null, st: ScopeExits, site: CallSite, withNode: Node | null): Value {
    const g = this.tf.graph;
    const setExit = (fn: (at?: CallSite) => void): void => { st.exitPure = fn; };
    const dn = strOf(req.defaultName);
    // variable_scope.__init__: neither a name nor a default name (both None, not merely unknown)
    if (req.nameOrScope.t === 'none' && (req.defaultName === undefined || req.defaultName.t === 'none')) {
      this.tf.diag.raise(site, 'TypeError', 'If default_name is None then name_or_scope is required', 'scope-without-name');
      return unknown();
    }
    if (dn === undefined) {
      if (req.nameOrScope.t === 'unknown') {
        this.tf.interp.note(site.node, site.file, 'unknown-scope-name', 'The scope name cannot be evaluated statically; variables inside get an unknown prefix.', 'info');
      }
      const r = g.enterNameScope('unknown');
      st.restoreName = r.restore;
      return this.enterPure(null, '?', req.reuse, req.initSpec, req.dtype, req.partitioner, r.scope, site, withNode, setExit);
    }
    // variable_scope.__enter__ tests `if self._reuse:`; AUTO_REUSE (an enum member) is truthy too
    if (req.reuse === true || req.reuse === 'auto') {
      this.tf.diag.raise(site, 'ValueError', 'reuse=True cannot be used without a name_or_scope', 'scope-reuse-without-name');
    }
    if (currentNameScope === null) {
      const r = this.tf.eager ? { scope: `${dn}/`, restore: enterEagerNs(g, dn) } : this.enterNs(g, dn, site);
      st.restoreName = r.restore;
      currentNameScope = r.scope;
    }
    const unique = g.uniqueVariableScope(dn);
    const sv = this.enterPure(null, unique, null, req.initSpec, req.dtype, req.partitioner, currentNameScope, site, withNode, setExit);
    const entered = sv.t === 'scope' ? this.tf.reg.scopes.get(sv.s.id) : undefined;
    if (entered && req.customGetter) entered.customGetter = wrapCustomGetter(req.customGetter, entered.customGetter as Value | undefined);
    return sv;
  }

  /** `_pure_variable_scope.__exit__`: another scope is current (a scope exited out of order). True when TF raised. */
  private improperNesting(g: TfGraph, s: VarScope, at: CallSite): boolean {
    if (g.currentScope === s) return false;
    this.tf.diag.raise(at, 'RuntimeError', 'Improper nesting of variable_scope.', 'scope-nesting');
    return true;
  }

  /** `_pure_variable_scope.__enter__`. */
  enterPure(
    captured: VarScope | null, name: string | null, reuse: Reuse | null, initializer: InitializerSpec | null,
    dtype: string | null, partitioner: Partitioner | null | undefined, oldNameScope: string, site: CallSite,
    withNode: Node | null, setExit: (fn: (at?: CallSite) => void) => void,
  ): Value {
    const g = this.tf.graph;
    const old = g.currentScope;
    let s: VarScope;
    if (captured) {
      s = { ...captured, id: freshId(), reuse: reuse ? reuse : captured.reuse };
      if (initializer) s.initializer = initializer;
      if (dtype) s.dtype = dtype;
      if (partitioner !== undefined) s.partitioner = partitioner;
      g.openVariableScope(s.name);
      const snapshot = g.snapshotScopeCounts();
      setExit((at) => {
        if (this.improperNesting(g, s, at ?? site)) return;
        g.restoreScopeCounts(snapshot);
        g.currentScope = old;
      });
    } else {
      const newName = old.name ? `${old.name}/${name}` : name!;
      s = {
        id: freshId(), name: newName, reuse: reuse || old.reuse, initializer: initializer ?? old.initializer,
        initializerValue: initializer ? undefined : old.initializerValue,
        dtype: dtype ?? old.dtype, partitioner: partitioner !== undefined ? partitioner : old.partitioner,
        originalNameScope: oldNameScope, useResource: old.useResource, customGetter: old.customGetter,
      };
      g.openVariableScope(newName);
      setExit((at) => {
        if (this.improperNesting(g, s, at ?? site)) return;
        g.closeVariableSubscopes(newName);
        g.currentScope = old;
      });
    }
    g.currentScope = s;
    this.recordScope(s.name, 'variable_scope', site, withNode);
    (s as VarScope & { site?: CallSite }).site = site;
    return this.scopeValue(s);
  }

  nameScope(args: Args, site: CallSite, api: string): Value {
    const g = this.tf.graph;
    // v1: name_scope(name, default_name=None, values=None); v2: name_scope(name)
    const a = bind(args, api === 'v2' ? ['name'] : ['name', 'default_name', 'values']);
    const nameV = a.get('name');
    const dflt = api === 'v2' ? undefined : a.get('default_name');
    let name: string | null;
    if (nameV && nameV.t === 'str') name = nameV.v;
    else if (nameV && nameV.t === 'scope') name = this.tf.reg.scopes.get(nameV.s.id)!.originalNameScope || null;
    else if (!nameV || nameV.t === 'none') name = strOf(dflt) ?? null;
    else name = 'unknown';
    let restore: (() => void) | null = null;
    return {
      t: 'ctx',
      ctx: {
        enter: () => {
          if (this.tf.eager) {
            restore = enterEagerNs(g, name ?? '');
            return str(name ? `${g.nameStack}/` : '');
          }
          const r = this.enterNs(g, name, site);
          restore = r.restore;
          if (r.scope) this.recordScope(r.scope.slice(0, -1), 'name_scope', site, this.tf.interp.withBlock);
          return str(r.scope);
        },
        exit: () => (restore as (() => void) | null)?.(),
      },
    };
  }

  // ---------- variables ----------
}

/** Switching TF's behaviour: graph vs eager mode, resource vs reference variables (a forced mode wins). */
function setMode(tf: TfLibrary, name: string): Value {
  if (name === 'disable_resource_variables') tf.useResourceDefault = false;
  else if (name === 'enable_resource_variables') tf.useResourceDefault = true;
  else if (name.startsWith('enable_')) {
    if (!tf.forced) tf.eager = true;
    if (name === 'enable_v2_behavior') tf.controlFlowV1 = tf.tensorShapeV1 = false;
  } else {
    if (!tf.forced) {
      tf.eager = false;
      tf.sawGraphMode = true;
    }
    if (name === 'disable_v2_behavior') {
      tf.useResourceDefault = false;
      tf.controlFlowV1 = true;
    }
    if (name === 'disable_v2_behavior' || name === 'disable_v2_tensorshape') tf.tensorShapeV1 = true;
  }
  return NONE;
}

export const SCOPES_API: readonly ApiEntry[] = [
  {
    names: ['disable_v2_behavior', 'disable_eager_execution', 'disable_v2_tensorshape', 'disable_resource_variables',
      'enable_resource_variables', 'enable_eager_execution', 'enable_v2_behavior'],
    params: [], impl: (tf, _a, _s, c) => setMode(tf, c.name),
  },
  { names: ['reset_default_graph'], params: [], impl: (tf) => { tf.defaultGraph = new TfGraph(); return NONE; } },
  { names: ['Graph'], params: [], impl: (tf) => handle({ kind: 'graph', id: tf.scoping.newGraph() }) },
  { names: ['get_default_graph'], params: [], impl: (tf) => handle({ kind: 'graph', id: tf.scoping.graphId(tf.graph) }) },
  { names: ['AUTO_REUSE'], params: [], impl: () => ({ t: 'tf', path: 'tensorflow.compat.v1.AUTO_REUSE' }) },
  { names: ['variable_scope', 'variable_op_scope'], params: [], impl: (tf, a, site, c) => tf.scoping.variableScope(a.raw, site, c.name === 'variable_op_scope') },
  { names: ['name_scope', 'op_scope'], params: [], impl: (tf, a, site, c) => tf.scoping.nameScope(a.raw, site, c.api) },
  { names: ['get_variable_scope'], params: [], impl: (tf) => tf.scoping.scopeValue(tf.graph.currentScope) },
];
