// Modules of a TF.js program: `import`/`import = require`/`require()` of the TF.js packages give the `tf`
// namespace; relative specifiers resolve like TypeScript/Node (.ts for .js too) to workspace files that run once
// per analysis (at most MAX_MODULES, charged to the step budget), their ES or CommonJS exports collected.

import * as ts from 'typescript';
import { MAX_CALL_DEPTH, MAX_MODULES } from '../../frontend/budgets';
import type { Machine } from './machine';
import {
  BreakSignal, ContinueSignal, Env, LiveRef, Ns, Obj, ReturnSignal, TFJS_MODULES, UNKNOWN, type Value,
} from './values';

/** Resolves a relative specifier against the importing file as TypeScript/Node would (.ts for .js too). */
function resolve(m: Machine, spec: string, from: ts.Node): { path: string; sf: ts.SourceFile } | null {
  if (!spec.startsWith('./') && !spec.startsWith('../')) return null;
  const dir = (from.getSourceFile() ?? m.sf).fileName.replace(/\/[^/]*$/, '');
  const parts: string[] = [];
  for (const seg of `${dir}/${spec}`.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  const base = `/${parts.join('/')}`;
  const stem = base.replace(/\.(js|mjs|cjs|jsx)$/, '');
  const cands = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.js`, `${stem}.mjs`, `${stem}.cjs`, `${base}/index.ts`, `${base}/index.js`];
  for (const c of cands) {
    if (/\.d\.[cm]?ts$/.test(c)) continue;
    const sf = m.parse(c);
    if (sf) return { path: c, sf };
  }
  return null;
}

/** CommonJS `module` objects (per workspace module, and the entry's, which `require.main` is). */
const MODULE_OBJECTS = new WeakSet<Obj>();
/** A module's `module.exports` when the module assigned it wholesale (`module.exports = createModel`). */
const CJS_EXPORTS = new WeakMap<Obj, Value>();

/** A fresh CommonJS `module` object. */
export function moduleObject(): Obj {
  const o = new Obj();
  o.open = true; // module.id, module.exports, ...: not modelled, not undefined
  MODULE_OBJECTS.add(o);
  return o;
}

/** The exports objects of workspace modules (their keys are what the evaluator collected, not surely all). */
const EXPORTS_OBJECTS = new WeakSet<Obj>();

export function isExportsObject(v: Value): boolean {
  return v instanceof Obj && EXPORTS_OBJECTS.has(v);
}

export function isModuleObject(v: Value): boolean {
  return v instanceof Obj && MODULE_OBJECTS.has(v);
}

/** The exports of a workspace module (evaluated once per run; a cycle sees the exports made so far). */
export function requireModule(m: Machine, spec: string, from: ts.Node): Obj | null {
  const r = resolve(m, spec, from);
  if (!r) return null;
  const known = m.modules.get(r.path);
  if (known) return known;
  const exports = new Obj();
  exports.open = true; // an export form the evaluator does not collect may exist: a missing name is not known absent
  EXPORTS_OBJECTS.add(exports);
  if (m.modules.size >= MAX_MODULES) return null;
  m.modules.set(r.path, exports);
  // Parsing and running a module costs in proportion to its size: charge the step budget for it.
  m.steps += Math.ceil(r.sf.text.length / 5);
  m.tick();
  if (!m.files.includes(r.path)) m.files.push(r.path);
  if (m.depth >= MAX_CALL_DEPTH) return exports;
  m.depth++;
  const env = new Env(m.global, true);
  // CommonJS: `module.exports` starts as the exports object (`exports` too); `exports.x = v` and
  // `module.exports = v` anywhere in the module (inside an `if (isNode)` too) are what `require` gives
  const mod = moduleObject();
  mod.props.set('exports', exports);
  env.declare('module', mod);
  env.declare('exports', exports);
  try {
    m.hoist(r.sf.statements, env);
    for (const st of r.sf.statements) {
      m.stmt(st, env);
      collectExports(m, st, env, exports);
    }
  } catch (e) {
    if (!(e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal)) throw e;
  } finally {
    m.depth--;
  }
  const final = mod.props.has('exports') ? mod.props.get('exports') : UNKNOWN;
  if (final !== exports) {
    if (final instanceof Obj) for (const [k, x] of final.props) exports.props.set(k, x);
    exports.props.set('default', final);
    CJS_EXPORTS.set(exports, final);
  }
  return exports;
}

function hasModifier(st: ts.Statement, kind: ts.SyntaxKind): boolean | undefined {
  return ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((mo) => mo.kind === kind);
}

/** The exports statement `st` makes (after it ran in `env`), added to `out`. */
function collectExports(m: Machine, st: ts.Statement, env: Env, out: Obj): void {
  const exported = hasModifier(st, ts.SyntaxKind.ExportKeyword);
  const isDefault = hasModifier(st, ts.SyntaxKind.DefaultKeyword);
  const get = (n: string): Value => {
    const v = env.lookup(n)?.v;
    return v instanceof LiveRef ? v.get() : v ?? UNKNOWN;
  };
  if (exported && ts.isVariableStatement(st)) {
    for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.props.set(d.name.text, get(d.name.text));
  } else if (exported && (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) {
    out.props.set(isDefault ? 'default' : st.name.text, get(st.name.text));
  } else if (ts.isExportAssignment(st)) {
    out.props.set('default', m.expr(st.expression, env));
  } else if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause) && !st.moduleSpecifier) {
    for (const el of st.exportClause.elements) out.props.set(el.name.text, get((el.propertyName ?? el.name).text));
  } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
    reexport(m, st, st.moduleSpecifier.text, out);
  }
}

/** `export * from './m'`, `export { a as b } from './m'`, `export * as ns from './m'`. */
function reexport(m: Machine, st: ts.ExportDeclaration, spec: string, out: Obj): void {
  const mod = m.requireModule(spec, st);
  if (!mod) return;
  const clause = st.exportClause;
  if (!clause) {
    for (const [k, v] of mod.props) if (k !== 'default') out.props.set(k, v);
  } else if (ts.isNamedExports(clause)) {
    for (const el of clause.elements) out.props.set(el.name.text, mod.props.get((el.propertyName ?? el.name).text) ?? UNKNOWN);
  } else out.props.set(clause.name.text, mod);
}

export function importDecl(m: Machine, s: ts.ImportDeclaration, env: Env): void {
  if (!ts.isStringLiteral(s.moduleSpecifier)) return;
  const mod0 = s.moduleSpecifier.text;
  const isTf = TFJS_MODULES.test(mod0);
  if (isTf) m.usesTfjs = true;
  const c = s.importClause;
  // `import './m'` (no bindings) still evaluates the module for its effects (ECMAScript's module evaluation):
  // its top-level variables and models are made.
  if (!c) {
    if (!isTf) m.requireModule(mod0, s);
    return;
  }
  if (c.isTypeOnly) return;
  const mod = isTf ? null : m.requireModule(mod0, s);
  const exp = (k: string): Value => (mod ? new LiveRef(mod, k) : UNKNOWN);
  if (c.name) env.declare(c.name.text, isTf ? new Ns('tf') : exp('default'));
  const nb = c.namedBindings;
  if (!nb) return;
  if (ts.isNamespaceImport(nb)) env.declare(nb.name.text, isTf ? new Ns('tf') : mod ?? UNKNOWN);
  else {
    for (const el of nb.elements) {
      const orig = (el.propertyName ?? el.name).text;
      env.declare(el.name.text, isTf ? new Ns(`tf.${orig}`) : exp(orig));
    }
  }
}

/** `import tf = require('@tensorflow/tfjs')` (other modules are unknown). */
export function importEquals(m: Machine, s: ts.ImportEqualsDeclaration, env: Env): void {
  const r = s.moduleReference;
  const isTf = ts.isExternalModuleReference(r) && ts.isStringLiteral(r.expression) && TFJS_MODULES.test(r.expression.text);
  if (isTf) m.usesTfjs = true;
  env.declare(s.name.text, isTf ? new Ns('tf') : UNKNOWN);
}

/** `require('x')` (when the program does not define its own `require`): a module's `module.exports`, which is
 *  the value it assigned to `module.exports` when it replaced the object (Node's CommonJS loader). */
export function requireCall(m: Machine, e: ts.CallExpression): Value {
  const a = e.arguments[0];
  if (a && ts.isStringLiteral(a) && TFJS_MODULES.test(a.text)) {
    m.usesTfjs = true;
    return new Ns('tf');
  }
  const mod = a && ts.isStringLiteral(a) ? m.requireModule(a.text, e) : null;
  if (mod && CJS_EXPORTS.has(mod)) return CJS_EXPORTS.get(mod);
  return mod ?? UNKNOWN;
}
