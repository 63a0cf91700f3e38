// The bookkeeping of one Python evaluation run, apart from values: the step budget, diagnostics (once per node
// and code), the enclosing `try` handlers, the active user-function frames, the pending assignment binding, and
// the notes the seed model reads about code the analysis only assumed ran or skipped. No evaluation here.

import type { Diagnostic, SourceLocation } from '../../model';
import type { SyntaxNode as Node } from '../ast';
import type { FuncVal, ModuleVal, Value } from '../values';
import { SymbolTable } from '../symbolic';
import { BudgetExceeded, loc } from './protocol';
import { callsSomething } from './syntax';

interface TryFrame {
  catches: (type: string) => boolean;
}

/** An active user-function call: `super()` reads the owner class and `self`. */
export interface Frame {
  fv: FuncVal;
  self: Value | undefined;
}

export class EvalState {
  steps = 0;
  /** User-function calls in progress (bounded by MAX_CALL_DEPTH). */
  depth = 0;
  /** Expressions being evaluated inside each other (bounded by MAX_EXPR_DEPTH). */
  exprDepth = 0;
  readonly diagnostics: Diagnostic[] = [];
  private readonly noted = new Set<string>();
  private readonly tryStack: TryFrame[] = [];
  /** Active user-function calls (innermost last). */
  readonly frames: Frame[] = [];
  /** Set while evaluating an assignment's right-hand side: the target name for variable bindings. */
  pendingBinding: { name: string; location: SourceLocation } | undefined;
  /** `file:offset` of every function body that ran, `class:file:name` of every class instantiated. */
  readonly calledDefs = new Set<string>();
  /**
   * Seed streams (TF2's eager op seeds, Python's `random` that Keras draws from) depend on how often code
   * runs. `guessDepth` > 0 while running code the analysis only assumes runs (an undecidable condition's
   * branch, a loop body run once for an unknown count); `risks` counts points after which code the
   * analysis did not run may have drawn (a skipped branch that calls something, a truncated loop, a call
   * not followed), `lastRisk` names the latest. `guessWhere` names the innermost assumed code.
   */
  guessDepth = 0;
  guessWhere = '';
  risks = 0;
  lastRisk = '';
  /** The `with` statement whose context expression is being evaluated (scope ranges for the editor). */
  withBlock: Node | null = null;
  /** The `__main__` module (set by the analyzer): `tf.app.run()` without a main calls `__main__.main`. */
  mainModule: ModuleVal | null = null;

  /** The symbols standing for unknown values in this run (names `{layer}`, shapes `3*n_embd`) and their origins. */
  readonly symbols = new SymbolTable();
  /** The right-hand side of the assignment being bound (an unknown bound to a name becomes a symbol of it). */
  assignSource: Node | null = null;

  constructor(readonly maxSteps: number) {}

  /** Counts one evaluation step; throws BudgetExceeded past the budget. */
  tick(): void {
    if (++this.steps > this.maxSteps) throw new BudgetExceeded(`evaluation budget of ${this.maxSteps} steps exhausted`);
  }

  note(node: Node, file: string, code: string, message: string, severity: Diagnostic['severity'] = 'info'): void {
    const key = `${file}:${node.startIndex}:${code}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    const l = loc(node, file);
    this.diagnostics.push({ file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, severity, code, message });
  }

  /** Runs `f` as code the analysis assumes runs (see `guessDepth`). */
  guessed<T>(node: Node, what: string, f: () => T): T {
    const saved = this.guessWhere;
    this.guessDepth++;
    this.guessWhere = `${what} (line ${node.startPosition.row + 1})`;
    try {
      return f();
    } finally {
      this.guessDepth--;
      this.guessWhere = saved;
    }
  }

  /** Records that code the analysis did not run may have drawn random seeds (see `risks`). */
  risk(node: Node, what: string): void {
    this.risks++;
    this.lastRisk = `${what} (line ${node.startPosition.row + 1})`;
  }

  /** Skipped code: a risk when it calls anything beyond harmless builtins. */
  skipped(nodes: (Node | null | undefined)[], what: string): void {
    for (const n of nodes) if (n && callsSomething(n)) return this.risk(n, what);
  }

  /** Runs `f` inside a `try` whose handlers catch the exception types `catches` accepts. */
  inTry<T>(catches: (type: string) => boolean, f: () => T): T {
    this.tryStack.push({ catches });
    try {
      return f();
    } finally {
      this.tryStack.pop();
    }
  }

  /** True when a TF error raised now would be caught by an enclosing `try` (so it must unwind). */
  caught(type: string): boolean {
    return this.tryStack.some((f) => f.catches(type));
  }

  /** The pending assignment binding, cleared (a call's result binds the name once). */
  consumeBinding(): { name: string; location: SourceLocation } | undefined {
    const b = this.pendingBinding;
    this.pendingBinding = undefined;
    return b;
  }

  mainModuleValue(name: string): Value | undefined {
    return this.mainModule?.env.vars.get(name);
  }
}
