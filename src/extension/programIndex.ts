// Pure index over the analyzer's ProgramResults (no `vscode` import): the scope tree model, the
// file → dependent-programs graph for incremental re-analysis, and position lookups for hovers,
// CodeLens and follow-cursor. Positions are the model's 1-based lines/columns. The analyzer's own limits
// (diagnosticKinds.ts) are no problems: Problems and the tree's counts leave them out unless `showAnalysisLimits`.

import type { Diagnostic, LibraryEntry, ModelInfo, ProgramResult, ScopeInfo, SourceLocation, VariableInfo } from '../core/model';
import { dtypeSize, elementCount } from '../core/model';
import { isAnalysisLimit } from '../core/diagnosticKinds';
import { stateKind } from './trainingState';

export interface ProgramNode { kind: 'program'; id: string; entry: string; result: ProgramResult; children: TreeNode[] }
/** `model`: the Keras model whose scope this is (Keras 3 names its weights under the model's name). */
export interface ScopeNode { kind: 'scope'; id: string; entry: string; scope: ScopeInfo; parent: ProgramNode | ScopeNode | LibraryNode; children: TreeNode[]; library?: LibraryEntry; model?: ModelInfo }
/**
 * Library view: what a function or class of the file would create if called with its defaults (the analyzer's
 * `ProgramResult.library`); its scopes and variables carry `library` and are not the program's own.
 */
export interface LibraryNode { kind: 'library'; id: string; entry: string; lib: LibraryEntry; parent: ProgramNode; children: TreeNode[] }
/** The program's training state (optimizer slots, seed generators, metrics: trainingState.ts), apart from its parameters. */
export interface StateNode { kind: 'state'; id: string; entry: string; parent: ProgramNode; children: VariableNode[] }
/** A scope's `with` line for CodeLens; `library` names the function/class whose library view the scope is of. */
export interface ScopeEntry { entry: string; scope: ScopeInfo; loc: SourceLocation; library?: string }

export interface VariableNode { kind: 'variable'; id: string; entry: string; variable: VariableInfo; parent: ProgramNode | ScopeNode | StateNode | LibraryNode; library?: LibraryEntry }
/** A model the program builds (`ProgramResult.models`) with summary()'s counts; its layers link to their scopes. */
export interface ModelNode { kind: 'model'; id: string; entry: string; model: ModelInfo; parent: ProgramNode; children: ModelLayerNode[] }
/** One layer of a model: the scope holding its weights, the model it is (a model used as a layer), or none (no weights). */
export interface ModelLayerNode { kind: 'modelLayer'; id: string; entry: string; name: string; target?: ScopeNode | ModelNode; parent: ModelNode; children: never[] }
export type TreeNode = ProgramNode | ScopeNode | StateNode | LibraryNode | ModelNode | ModelLayerNode | VariableNode;

export type Hit =
  | { kind: 'variable'; entry: string; variable: VariableInfo; loc: SourceLocation; via: 'binding' | 'name' | 'statement' | 'use'; library?: LibraryEntry }
  | { kind: 'scope'; entry: string; scope: ScopeInfo; loc: SourceLocation };

/** Where the editor shows a variable: its Keras layer's line when it has one, else its creating statement. */
export function siteOf(v: VariableInfo): SourceLocation {
  return v.layerLocation ?? v.location;
}

/** True when (line, col) lies inside `loc`; a location without an end covers its start line from its column. */
export function contains(loc: SourceLocation, line: number, col: number): boolean {
  const endLine = loc.endLine ?? loc.line;
  if (line < loc.line || line > endLine) return false;
  if (line === loc.line && col < loc.column) return false;
  if (loc.endColumn !== undefined && line === endLine && col > loc.endColumn) return false;
  return true;
}

function byPosition(a: SourceLocation, b: SourceLocation): number {
  return a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1;
}

/**
 * True when a program is worth showing: it found TensorFlow variables, scopes or problems (messages about the
 * analyzer's limits alone do not make a file a TensorFlow program).
 */
export function isInteresting(r: ProgramResult): boolean {
  return r.variables.length > 0 || r.scopes.some((s) => s.kind !== 'name_scope') || r.diagnostics.some((d) => !isAnalysisLimit(d))
    || (r.library ?? []).some((e) => e.variables.length > 0);
}

/** The library view's nodes of a program: one per function/class that would create variables, its scopes under it. */
function libraryNodes(result: ProgramResult, root: ProgramNode, flatState: boolean): LibraryNode[] {
  const out: LibraryNode[] = [];
  for (const lib of result.library ?? []) {
    if (lib.variables.length === 0) continue;
    const node: LibraryNode = { kind: 'library', id: `l:${result.entry}:${lib.name}`, entry: result.entry, lib, parent: root, children: [] };
    const sub = buildTree({ ...result, variables: lib.variables, scopes: lib.scopes, library: [] }, flatState);
    const mark = (n: TreeNode, parent: LibraryNode | ScopeNode | StateNode): void => {
      n.id = `l:${lib.name}:${n.id}`;
      if (n.kind === 'scope' || n.kind === 'variable') n.library = lib;
      if (n.kind !== 'program' && n.kind !== 'library') n.parent = parent as never;
      if (n.kind === 'scope' || n.kind === 'state') for (const c of n.children) mark(c, n);
    };
    for (const c of sub.children) mark(c, node);
    node.children = sub.children;
    out.push(node);
  }
  return out;
}

/** The variables a program's counts and scopes show: all when `flat`, else those that are not training state. */
export function userVariables(result: ProgramResult, flat = false): VariableInfo[] {
  return flat ? result.variables : result.variables.filter((v) => !stateKind(v));
}

function synthScope(name: string, vars: readonly VariableInfo[], loc: SourceLocation): ScopeInfo {
  const mine = vars.filter((v) => v.scope === name || v.scope.startsWith(`${name}/`));
  let params = 0;
  let bytes = 0;
  for (const v of mine) {
    const n = elementCount(v.shape) ?? 0;
    params += n;
    bytes += n * dtypeSize(v.dtype);
  }
  const i = name.lastIndexOf('/');
  return { name, parent: i < 0 ? null : name.slice(0, i), kind: 'variable_scope', location: loc, variableCount: mine.length, paramCount: params, bytes };
}

/**
 * Builds the program → scopes → variables tree of one program. Children are in creation order (a scope at its
 * first variable's); scopes that hold none follow, in source order.
 */
export function buildTree(result: ProgramResult, flatState = false): ProgramNode {
  const entry = result.entry;
  const root: ProgramNode = { kind: 'program', id: `p:${entry}`, entry, result, children: [] };
  const mine = userVariables(result, flatState);
  const state = flatState ? [] : result.variables.filter((v) => stateKind(v));
  const inside = (name: string, v: VariableInfo): boolean => v.scope === name || v.scope.startsWith(`${name}/`);
  const scopes = new Map<string, ScopeInfo>();
  for (const s of result.scopes) {
    if (s.kind === 'name_scope' && s.variableCount === 0) continue;
    // A scope that holds training state only (Keras's seed_generator, an optimizer's) goes with that state.
    if (state.some((v) => inside(s.name, v)) && !mine.some((v) => inside(s.name, v))) continue;
    // Counts as model.summary() gives them: without the training state inside.
    if (!scopes.has(s.name)) scopes.set(s.name, state.some((v) => inside(s.name, v)) ? { ...synthScope(s.name, mine, s.location), ...pick(s) } : s);
  }
  // Variables whose scope the analyzer did not list (e.g. reopened by object) still get a parent chain.
  for (const v of mine) {
    let name = v.scope;
    while (name && !scopes.has(name)) {
      scopes.set(name, synthScope(name, mine, v.location));
      const i = name.lastIndexOf('/');
      name = i < 0 ? '' : name.slice(0, i);
    }
  }
  const nodes = new Map<string, ScopeNode>();
  const sorted = [...scopes.values()].sort((a, b) => a.name.split('/').length - b.name.split('/').length || byPosition(a.location, b.location));
  for (const s of sorted) {
    const parentName = s.parent ?? (s.name.includes('/') ? s.name.slice(0, s.name.lastIndexOf('/')) : null);
    const parent = (parentName !== null && nodes.get(parentName)) || root;
    const node: ScopeNode = { kind: 'scope', id: `s:${entry}:${s.name}`, entry, scope: s, parent, children: [] };
    nodes.set(s.name, node);
    parent.children.push(node);
  }
  for (const v of [...mine].sort((a, b) => a.order - b.order)) {
    const parent = (v.scope && nodes.get(v.scope)) || root;
    parent.children.push({ kind: 'variable', id: `v:${entry}:${v.name}:${v.order}`, entry, variable: v, parent });
  }
  const loc = (n: TreeNode): SourceLocation => (n.kind === 'scope' ? n.scope.location : n.kind === 'variable' ? siteOf(n.variable) : { file: entry, line: 0, column: 0 });
  const first = new Map<TreeNode, number>();
  const sortRec = (n: ProgramNode | ScopeNode): number => {
    let min = Infinity;
    for (const c of n.children) {
      const o = c.kind === 'variable' ? c.variable.order : c.kind === 'scope' ? sortRec(c) : Infinity;
      first.set(c, o);
      min = Math.min(min, o);
    }
    n.children.sort((a, b) => first.get(a)! - first.get(b)! || byPosition(loc(a), loc(b)));
    return min;
  };
  sortRec(root);
  if (state.length > 0) {
    const group: StateNode = { kind: 'state', id: `t:${entry}`, entry, parent: root, children: [] };
    for (const v of state) group.children.push({ kind: 'variable', id: `v:${entry}:${v.name}:${v.order}`, entry, variable: v, parent: group });
    root.children.push(group);
  }
  root.children.unshift(...modelNodes(result, root, nodes));
  root.children.push(...libraryNodes(result, root, flatState));
  return root;
}

/**
 * The program's models. A model whose weights sit in a top-level scope of its name (Keras 3) is that scope,
 * marked with the model. The others (TF.js, whose layers are top-level scopes) come first among the program's
 * children: each lists its layers in order, linked to the scope holding the layer's weights or to the model node
 * of a model used as a layer. A layer shared by several models is listed under each.
 */
function modelNodes(result: ProgramResult, root: ProgramNode, scopes: ReadonlyMap<string, ScopeNode>): ModelNode[] {
  const own = (result.models ?? []).filter((m) => {
    const s = scopes.get(m.name);
    if (!s || s.parent !== root || s.model) return true;
    s.model = m;
    return false;
  });
  const models: ModelNode[] = own.map((m, i) => ({ kind: 'model', id: `m:${result.entry}:${m.name}:${i}`, entry: result.entry, model: m, parent: root, children: [] }));
  const byName = new Map(models.map((n) => [n.model.name, n]));
  for (const node of models) {
    node.children = node.model.layers.map((name, i) => {
      const target = scopes.get(`${node.model.name}/${name}`) ?? scopes.get(name) ?? (byName.get(name) !== node ? byName.get(name) : undefined);
      return { kind: 'modelLayer', id: `${node.id}:${i}`, entry: result.entry, name, ...(target ? { target } : {}), parent: node, children: [] };
    });
  }
  return models;
}

/** What a scope keeps of the analyzer's when its counts are recomputed: kind, parent, locations. */
function pick(s: ScopeInfo): Pick<ScopeInfo, 'parent' | 'kind' | 'location'> & { entries?: SourceLocation[] } {
  return { parent: s.parent, kind: s.kind, location: s.location, ...(s.entries ? { entries: s.entries } : {}) };
}

/** All variables inside `scope` (directly or nested); '' means the whole program. */
export function variablesIn(result: ProgramResult, scope: string): VariableInfo[] {
  return result.variables
    .filter((v) => scope === '' || v.scope === scope || v.scope.startsWith(`${scope}/`) || v.name.startsWith(`${scope}/`))
    .sort((a, b) => a.order - b.order);
}

/** How many lines the definition of `lib` spans when `line` of `file` is inside it (the innermost wins); else Infinity. */
function definitionSpan(lib: LibraryEntry, file: string, line: number): number {
  const lines = lib.lines;
  return lib.location.file === file && lines && lines.line <= line && line <= lines.endLine ? lines.endLine - lines.line : Infinity;
}

export interface ScopeRef { entry: string; scope: ScopeInfo; library?: string }

/** The analyzed programs of a workspace and the lookups the editor features need. */
export class ProgramIndex {
  private readonly programs = new Map<string, ProgramResult>();
  private readonly trees = new Map<string, ProgramNode>();
  private readonly dependents = new Map<string, Set<string>>();
  /** file → programs with diagnostics in it, in the order of `programs` (both re-insert on set). */
  private readonly diagnosed = new Map<string, Set<string>>();
  /** Files whose diagnostics may have changed since the last takeChangedDiagnosticFiles(). */
  private readonly diagnosticsChanged = new Set<string>();

  /** Whether training state (optimizer slots, seed generators, metrics) shows among the parameters: `tfScope.showTrainingStateFlat`. */
  private flatState = false;

  get showTrainingStateFlat(): boolean { return this.flatState; }
  set showTrainingStateFlat(v: boolean) {
    if (v !== this.flatState) this.trees.clear();
    this.flatState = v;
  }

  /** Whether the analyzer's limits count as problems (Problems panel, tree counts): `tfScope.showAnalysisLimits`. */
  showAnalysisLimits = false;

  get size(): number { return this.programs.size; }

  /** True when `d` is shown as a problem (not an analyzer limit, or limits are asked for). */
  isProblem(d: Diagnostic): boolean {
    return this.showAnalysisLimits || !isAnalysisLimit(d);
  }

  set(result: ProgramResult): void {
    this.delete(result.entry);
    this.programs.set(result.entry, result);
    for (const f of new Set([result.entry, ...result.files])) {
      let s = this.dependents.get(f);
      if (!s) this.dependents.set(f, (s = new Set()));
      s.add(result.entry);
    }
    for (const d of result.diagnostics) {
      let s = this.diagnosed.get(d.file);
      if (!s) this.diagnosed.set(d.file, (s = new Set()));
      s.add(result.entry);
      this.diagnosticsChanged.add(d.file);
    }
  }

  delete(entry: string): void {
    const old = this.programs.get(entry);
    if (!old) return;
    this.programs.delete(entry);
    this.trees.delete(entry);
    for (const f of new Set([old.entry, ...old.files])) {
      const s = this.dependents.get(f);
      s?.delete(entry);
      if (s && s.size === 0) this.dependents.delete(f);
    }
    for (const d of old.diagnostics) {
      const s = this.diagnosed.get(d.file);
      s?.delete(entry);
      if (s && s.size === 0) this.diagnosed.delete(d.file);
      this.diagnosticsChanged.add(d.file);
    }
  }

  clear(): void {
    for (const f of this.diagnosed.keys()) this.diagnosticsChanged.add(f);
    this.programs.clear();
    this.trees.clear();
    this.dependents.clear();
    this.diagnosed.clear();
  }

  get(entry: string): ProgramResult | undefined { return this.programs.get(entry); }

  /**
   * The program of `entry`; with `library`, a program-shaped view of what that function or class of the
   * entry would create if called (its library view), for Initialize and Export.
   */
  programOf(t: { entry: string; library?: string }): ProgramResult | undefined {
    const r = this.programs.get(t.entry);
    if (!r || t.library === undefined) return r;
    const lib = (r.library ?? []).find((e) => e.name === t.library);
    return lib && { ...r, variables: lib.variables, scopes: lib.scopes, library: [] };
  }

  /** Programs to show, sorted by entry path. */
  visible(): ProgramResult[] {
    return [...this.programs.values()].filter(isInteresting).sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
  }

  /** Entries whose analysis read `file` (including `file` itself when it is an entry). */
  dependentsOf(file: string): string[] {
    return [...(this.dependents.get(file) ?? [])];
  }

  tree(entry: string): ProgramNode | undefined {
    let t = this.trees.get(entry);
    if (!t) {
      const r = this.programs.get(entry);
      if (!r) return undefined;
      t = buildTree(r, this.flatState);
      this.trees.set(entry, t);
    }
    return t;
  }

  /** Programs that say something about `file`, the program whose entry is `file` first. */
  programsFor(file: string): ProgramResult[] {
    const out = this.dependentsOf(file).map((e) => this.programs.get(e)!).filter(Boolean);
    return out.sort((a, b) => (a.entry === file ? -1 : b.entry === file ? 1 : 0));
  }

  /** Every scope of every visible program, deduplicated by (entry, name); then the library views' scopes. */
  allScopes(): ScopeRef[] {
    const out: ScopeRef[] = [];
    const libs: ScopeRef[] = [];
    for (const r of this.visible()) {
      const seen = new Set<string>();
      for (const n of this.flatten(r.entry)) {
        if (n.kind === 'scope' && !seen.has(n.scope.name)) {
          seen.add(n.scope.name);
          out.push({ entry: r.entry, scope: n.scope });
        }
      }
      for (const lib of this.tree(r.entry)?.children ?? []) {
        if (lib.kind !== 'library') continue;
        const walk = (n: TreeNode): void => {
          if (n.kind !== 'scope') return;
          libs.push({ entry: r.entry, scope: n.scope, library: lib.lib.name });
          n.children.forEach(walk);
        };
        lib.children.forEach(walk);
      }
    }
    return [...out, ...libs];
  }

  flatten(entry: string): TreeNode[] {
    const t = this.tree(entry);
    if (!t) return [];
    const out: TreeNode[] = [];
    // The library view's nodes are not the program's: lookups, commands and CodeLens leave them out.
    const walk = (n: TreeNode): void => {
      if (n.kind === 'library') return;
      out.push(n);
      if (n.kind !== 'variable') n.children.forEach(walk);
    };
    walk(t);
    return out;
  }

  /**
   * Scope `with` blocks located in `file` (one per entry of each scope), for CodeLens: the programs' own
   * scopes, then (at lines no program's scope is at) the library view's, with the function/class they are of.
   */
  scopeEntriesIn(file: string): ScopeEntry[] {
    const out: ScopeEntry[] = [];
    const seen = new Set<string>();
    for (const r of this.programsFor(file)) {
      for (const n of this.flatten(r.entry)) {
        if (n.kind !== 'scope') continue;
        for (const loc of n.scope.entries?.length ? n.scope.entries : [n.scope.location]) {
          const key = `${loc.file}:${loc.line}:${loc.column}`;
          if (loc.file !== file || seen.has(key) || loc.line < 1) continue;
          seen.add(key);
          out.push({ entry: r.entry, scope: n.scope, loc });
        }
      }
    }
    // At a line several library entries reach (a helper that the model class calls), the lens is of the
    // definition the line is written in, else of the first entry that reaches it.
    const libs = new Map<string, ScopeEntry & { span: number }>();
    for (const r of this.programsFor(file)) {
      for (const lib of this.tree(r.entry)?.children ?? []) {
        if (lib.kind !== 'library') continue;
        const walk = (n: TreeNode): void => {
          if (n.kind !== 'scope') return;
          for (const loc of n.scope.entries?.length ? n.scope.entries : [n.scope.location]) {
            const key = `${loc.file}:${loc.line}:${loc.column}`;
            if (loc.file !== file || seen.has(key) || loc.line < 1) continue;
            const span = definitionSpan(lib.lib, file, loc.line);
            const prev = libs.get(key);
            if (!prev || span < prev.span) libs.set(key, { entry: r.entry, scope: n.scope, loc, library: lib.lib.name, span });
          }
          n.children.forEach(walk);
        };
        lib.children.forEach(walk);
      }
    }
    for (const { span: _span, ...e } of libs.values()) out.push(e);
    return out.sort((a, b) => a.loc.line - b.loc.line);
  }

  /**
   * What the hover at (line, col) in `file` is about: a variable's binding, its name string, its creating
   * statement, a later use of its binding name (`word`), or a scope's `with` line.
   */
  hitAt(file: string, line: number, col: number, word?: string): Hit | undefined {
    const programs = this.programsFor(file);
    for (const r of programs) {
      for (const v of r.variables) {
        if (v.binding && v.binding.location.file === file && contains(v.binding.location, line, col)) return { kind: 'variable', entry: r.entry, variable: v, loc: v.binding.location, via: 'binding' };
        if (v.nameLocation && v.nameLocation.file === file && contains(v.nameLocation, line, col)) return { kind: 'variable', entry: r.entry, variable: v, loc: v.nameLocation, via: 'name' };
      }
    }
    for (const r of programs) {
      let best: VariableInfo | undefined;
      for (const v of r.variables) {
        if (v.location.file === file && contains(siteOf(v), line, col) && (!best || siteOf(v).line >= siteOf(best).line)) best = v;
      }
      if (!best) continue;
      // A layer's statement creates several weights: the hover is about the layer (its scope), not its last weight.
      const layer = this.layerAt(r, best);
      if (layer) return { kind: 'scope', entry: r.entry, scope: layer, loc: siteOf(best) };
      return { kind: 'variable', entry: r.entry, variable: best, loc: siteOf(best), via: 'statement' };
    }
    for (const r of programs) {
      let innermost: { scope: ScopeInfo; loc: SourceLocation } | undefined;
      for (const n of this.flatten(r.entry)) {
        if (n.kind !== 'scope') continue;
        for (const loc of n.scope.entries?.length ? n.scope.entries : [n.scope.location]) {
          if (loc.file === file && loc.line === line && (!innermost || loc.column >= innermost.loc.column)) innermost = { scope: n.scope, loc };
        }
      }
      if (innermost) return { kind: 'scope', entry: r.entry, ...innermost };
    }
    if (word) {
      for (const r of programs) {
        let last: VariableInfo | undefined;
        for (const v of r.variables) {
          const b = v.binding;
          if (b && b.name === word && b.location.file === file && b.location.line <= line && (!last || b.location.line >= last.binding!.location.line)) last = v;
        }
        if (last) return { kind: 'variable', entry: r.entry, variable: last, loc: last.binding!.location, via: 'use' };
      }
    }
    return this.libraryHitAt(programs, file, line, col);
  }

  /** The library view's variable created at (line, col) when no program creates one there. */
  private libraryHitAt(programs: readonly ProgramResult[], file: string, line: number, col: number): Hit | undefined {
    // Its binding (`embedding_table = ...`), its name string or its statement; of the definition the line is in first.
    const at = (x: VariableInfo): boolean => [x.binding?.location, x.nameLocation, siteOf(x)].some((l) => !!l && l.file === file && contains(l, line, col));
    let best: { hit: Hit; span: number } | undefined;
    for (const r of programs) {
      for (const library of r.library ?? []) {
        const v = library.variables.find(at);
        const span = definitionSpan(library, file, line);
        if (v && (!best || span < best.span)) best = { hit: { kind: 'variable', entry: r.entry, variable: v, loc: siteOf(v), via: 'statement', library }, span };
      }
    }
    return best?.hit;
  }

  /** The scope of the layer whose statement created `v` with sibling weights (same scope, same statement). */
  private layerAt(r: ProgramResult, v: VariableInfo): ScopeInfo | undefined {
    if (!v.scope) return undefined;
    const same = (a: SourceLocation, b: SourceLocation): boolean => a.file === b.file && a.line === b.line && a.column === b.column;
    const siblings = r.variables.filter((x) => x.scope === v.scope && same(siteOf(x), siteOf(v)));
    if (siblings.length < 2 || r.variables.some((x) => x.scope === v.scope && !same(siteOf(x), siteOf(v)))) return undefined;
    const node = this.flatten(r.entry).find((n): n is ScopeNode => n.kind === 'scope' && n.scope.name === v.scope);
    return node?.scope;
  }

  /** The tree node under the cursor for follow-cursor: a variable statement, else the innermost scope block. */
  nodeAt(file: string, line: number, col: number): TreeNode | undefined {
    const hit = this.hitAt(file, line, col);
    if (hit?.kind === 'variable') {
      return this.flatten(hit.entry).find((n) => n.kind === 'variable' && n.variable === hit.variable);
    }
    // Anywhere on a variable's statement lines (the cursor is often in the indentation).
    for (const r of this.programsFor(file)) {
      const v = r.variables.find((x) => siteOf(x).file === file && line >= siteOf(x).line && line <= (siteOf(x).endLine ?? siteOf(x).line));
      if (v) return this.flatten(r.entry).find((n) => n.kind === 'variable' && n.variable === v);
    }
    let best: { node: ScopeNode; loc: SourceLocation } | undefined;
    for (const r of this.programsFor(file)) {
      for (const n of this.flatten(r.entry)) {
        if (n.kind !== 'scope') continue;
        for (const loc of n.scope.entries?.length ? n.scope.entries : [n.scope.location]) {
          if (loc.file !== file || !contains({ ...loc, column: 1, endColumn: undefined }, line, col)) continue;
          if (!best || loc.line > best.loc.line || (loc.line === best.loc.line && loc.column > best.loc.column)) best = { node: n, loc };
        }
      }
      if (best) return best.node;
    }
    return undefined;
  }

  /** Diagnostics grouped by file, deduplicated across programs that share a file. */
  diagnosticsByFile(): Map<string, Diagnostic[]> {
    const out = new Map<string, Diagnostic[]>();
    const seen = new Set<string>();
    for (const r of this.programs.values()) {
      for (const d of r.diagnostics) {
        if (!this.isProblem(d)) continue;
        const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let list = out.get(d.file);
        if (!list) out.set(d.file, (list = []));
        list.push(d);
      }
    }
    return out;
  }

  /** Every analyzer-limit message of every program, deduplicated (for the log). */
  analysisLimits(): Diagnostic[] {
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    for (const r of this.programs.values()) {
      for (const d of r.diagnostics) {
        const key = `${d.file}:${d.line}:${d.column}:${d.code}`;
        if (isAnalysisLimit(d) && !seen.has(key)) out.push(d), seen.add(key);
      }
    }
    return out;
  }

  /** The diagnostics of one file, as `diagnosticsByFile().get(file) ?? []` gives them, without visiting other files. */
  diagnosticsFor(file: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const entry of this.diagnosed.get(file) ?? []) {
      for (const d of this.programs.get(entry)?.diagnostics ?? []) {
        if (d.file !== file || !this.isProblem(d)) continue;
        const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
    }
    return out;
  }

  /** Files whose diagnostics may have changed (programs set, deleted or cleared) since the last call. */
  takeChangedDiagnosticFiles(): string[] {
    const out = [...this.diagnosticsChanged];
    this.diagnosticsChanged.clear();
    return out;
  }

  /** Problems attached to a tree node (diagnostics located inside the scope block or at the variable), as Problems shows them. */
  problemsOf(node: TreeNode): Diagnostic[] {
    return this.diagnosticsAt(node).filter((d) => this.isProblem(d));
  }

  /** What the analysis could not follow at a tree node (its explanations), when these are not shown as problems. */
  limitsOf(node: TreeNode): Diagnostic[] {
    return this.showAnalysisLimits ? [] : this.diagnosticsAt(node).filter((d) => isAnalysisLimit(d));
  }

  private diagnosticsAt(node: TreeNode): Diagnostic[] {
    const r = this.programs.get(node.entry);
    if (!r) return [];
    const seen = new Set<string>();
    const unique = (list: Diagnostic[]): Diagnostic[] => list.filter((d) => {
      const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
      return !seen.has(key) && !!seen.add(key);
    });
    if (node.kind === 'program') return unique(r.diagnostics);
    if (node.kind === 'state' || node.kind === 'library' || node.kind === 'model' || node.kind === 'modelLayer' || ((node.kind === 'scope' || node.kind === 'variable') && node.library)) return [];
    if (node.kind === 'variable') {
      const v = node.variable;
      return unique(r.diagnostics.filter((d) => d.file === v.location.file && d.line >= v.location.line && d.line <= (v.location.endLine ?? v.location.line)));
    }
    const locs = node.scope.entries?.length ? node.scope.entries : [node.scope.location];
    return unique(r.diagnostics.filter((d) => locs.some((l) => d.file === l.file && d.line >= l.line && d.line <= (l.endLine ?? l.line))));
  }
}
