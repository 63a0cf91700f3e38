// The state of one TF.js evaluation run apart from values: the variables and diagnostics it produced, TF.js's
// naming state, the step budget, what it called (for the library view), the workspace modules it loaded, and
// where TF.js would raise. Locations and diagnostics are made here; no evaluation.

import * as ts from 'typescript';
import type { Diagnostic, SourceLocation, VariableInfo } from '../../model';
import { FIRST_LAYER_NEEDS_INPUT, TfjsNaming, TfjsRaise } from '../tfjs';
import { moduleObject } from './modules';
import { BudgetExceeded, Env, Obj, type Model } from './values';

/** A fresh global object: open (its built-in properties are not modelled, so a missing key is not undefined). */
function globalObject(): Obj {
  const o = new Obj();
  o.open = true;
  return o;
}

export class EvalState {
  variables: VariableInfo[] = [];
  /** The models the program made (tf.sequential, tf.model), in order. */
  models: Model[] = [];
  diagnostics: Diagnostic[] = [];
  naming = new TfjsNaming();
  steps = 0;
  /** Functions and classes the run called or constructed (the library view explores the others). */
  readonly called = new Set<ts.Node>();
  /** Calls, constructions and module loads in progress (bounded by MAX_CALL_DEPTH). */
  depth = 0;
  usesTfjs = false;
  readonly global = new Env(null);
  /** The entry file's module scope (its top-level names are not seen by the modules it imports or requires). */
  readonly entryScope = new Env(this.global, true);
  /** The global object (`globalThis`, Node's `global`): its properties are the global scope's bindings, so
   *  `globalThis.tf = require('@tensorflow/tfjs')` makes `tf` a name every module sees (a page's <script> tag). */
  readonly globalObject: Obj = globalObject();
  /** The entry's CommonJS `module` (what `require.main` is; each workspace module has its own). */
  readonly mainModule: Obj = moduleObject();
  /** Workspace modules by resolved path: their exports (filled while they run, so cycles see what exists). */
  readonly modules = new Map<string, Obj>();
  /** Files this run read (entry first). */
  readonly files: string[];
  /** The call being evaluated when a TF.js rule fires (its location is where TF.js would raise). */
  site: ts.Node | undefined;
  /** The innermost TF.js call each raise came from (a program's `throw`: the throw statement). */
  readonly raisedAt = new WeakMap<TfjsRaise, ts.Node>();
  /** Inside a branch taken on a condition not known statically (> 0): a `throw` there may not happen. */
  uncertain = 0;
  /** Code that may change the program's state was skipped or assumed (a branch on an unknown condition, a cut
   *  loop, a callback never run): values may differ from the run's, so no `throw` is taken as sure any more. */
  tainted = false;

  /** Taints the run when `nodes` may change state (assignments, calls, `new`, `delete`; not inside `throw`). */
  skipped(...nodes: (ts.Node | undefined)[]): void {
    if (!this.tainted && nodes.some((n) => n && mayMutate(n))) this.tainted = true;
  }
  /** The statement being run (where a budget or depth stop is reported). */
  lastStmt: ts.Statement | undefined;

  /**
   * `parse` gives a workspace file's syntax tree (resolved path in, undefined when it does not exist); relative
   * imports and requires of the program are evaluated through it, once each.
   */
  constructor(
    readonly sf: ts.SourceFile, file: string, public maxSteps: number,
    readonly parse: (path: string) => ts.SourceFile | undefined,
  ) {
    this.files = [file];
  }

  /** Counts one evaluation step; throws BudgetExceeded past the budget. */
  tick(): void {
    if (++this.steps > this.maxSteps) throw new BudgetExceeded();
  }

  /** Remembers the innermost TF.js call a raise came from. */
  noteRaise(e: unknown, site: ts.CallExpression): void {
    if (e instanceof TfjsRaise && !this.raisedAt.has(e)) this.raisedAt.set(e, site);
  }

  loc(n: ts.Node): SourceLocation {
    const sf = n.getSourceFile() ?? this.sf;
    const s = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    const e = sf.getLineAndCharacterOfPosition(n.getEnd());
    return { file: sf.fileName, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  }

  /** The location of the call's callee name (`add` in `model.add(...)`): where V8 puts the call in a stack. */
  callLoc(site: ts.CallExpression): SourceLocation {
    const c = site.expression;
    return this.loc(ts.isPropertyAccessExpression(c) ? c.name : c);
  }

  diag(n: ts.Node, severity: Diagnostic['severity'], code: string, message: string, extra: Partial<Diagnostic> = {}): void {
    const l = this.loc(n);
    this.diagnostics.push({ file: l.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, severity, code, message, ...extra });
  }

  /** A TF.js error the program would raise at `n` (a method call's location starts at the method name). */
  raise(e: TfjsRaise, n: ts.Node): void {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const l = this.callLoc(n);
      const end = this.loc(n);
      this.diagnostics.push({
        file: l.file, line: l.line, column: l.column, endLine: end.endLine, endColumn: end.endColumn, severity: 'error',
        code: raiseCode(e), message: e.message, raises: { type: e.type, message: e.message }, order: this.variables.length,
        ...(e.fixes ? { fixes: e.fixes } : {}),
      });
      return;
    }
    this.diag(n, 'error', raiseCode(e), e.message, { raises: { type: e.type, message: e.message }, order: this.variables.length, ...(e.fixes ? { fixes: e.fixes } : {}) });
  }
}

function raiseCode(e: TfjsRaise): string {
  if (e.byProgram) return 'program-error';
  return e.message.startsWith('Variable with name') ? 'duplicate-variable'
    : e.message.includes('is used') ? 'duplicate-layer-name'
      : e.message === FIRST_LAYER_NEEDS_INPUT ? 'missing-input-shape' : 'tfjs-error';
}

const MUTATES = new WeakMap<ts.Node, boolean>();
const ASSIGN_OPS = new Set([
  ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
]);

/** Whether running `n` may change state: an assignment, ++/--, a call, `new`, `delete`, a declaration (function
 *  bodies defined there do not count until called; a `throw` statement's error construction does not count). */
export function mayMutate(n: ts.Node): boolean {
  const known = MUTATES.get(n);
  if (known !== undefined) return known;
  let r = false;
  if (ts.isThrowStatement(n) || ts.isFunctionLike(n)) r = false;
  else if (ts.isBinaryExpression(n) && ASSIGN_OPS.has(n.operatorToken.kind)) r = true;
  else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n))
    && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) r = true;
  else if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isDeleteExpression(n) || ts.isVariableDeclaration(n)) r = true;
  else r = !!ts.forEachChild(n, (c) => (mayMutate(c) ? true : undefined));
  MUTATES.set(n, r);
  return r;
}
