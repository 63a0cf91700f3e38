// The abstract Python evaluator: executes a program's tree-sitter CST the way a careful reader would
// (constants, containers, formatting, bounded loops, known branches, user functions/classes, workspace
// imports) and hands every TensorFlow/library symbol to `LibraryHooks`. `Interpreter` wires the concerns in
// ./eval/ together (the `Machine` they share) and is the `EvalHost` the library calls back into.

import { MAX_EXPR_DEPTH } from '../frontend/budgets';
import type { SyntaxNode as Node } from './ast';
import { unknown, type ClassVal, type Env, type FuncVal, type ModuleVal, type Value } from './values';
import { getattr, index, iterate } from './eval/access';
import { assignTarget } from './eval/assign';
import { callFunction, callValue, evalArgs, makeFunction } from './eval/calls';
import { findAttrInClass, instantiate, libraryBase } from './eval/classes';
import { evalExpression } from './eval/expressions';
import type { Machine } from './eval/machine';
import { binop } from './eval/operators';
import type { Args, CallSite, EvalHost, LibraryHooks, ModuleLoader } from './eval/protocol';
import { EvalState } from './eval/state';
import { execModule, execStatement } from './eval/statements';
import { evalString } from './eval/strings';

export { MAX_CALL_DEPTH, MAX_COLLECTION, MAX_EXPR_DEPTH, MAX_LOOP_ITERATIONS } from '../frontend/budgets';
export { BUILTINS } from './eval/builtins';
export {
  BreakSignal, BudgetExceeded, ContinueSignal, loc, noArgs, PyRaise, ReturnSignal,
  type Args, type CallSite, type EvalHost, type LibraryHooks, type ModuleLoader,
} from './eval/protocol';
export { unescapePy } from './eval/strings';

export class Interpreter extends EvalState implements Machine, EvalHost {
  constructor(
    readonly hooks: LibraryHooks,
    readonly loader: ModuleLoader,
    maxSteps: number,
  ) {
    super(maxSteps);
  }

  /** Runs a module's top level; a statement nested too deeply for the JS stack is reported and skipped. */
  execModule(root: Node, mod: ModuleVal): void {
    execModule(this, root, mod);
  }

  execBlock(stmts: (Node | null)[], env: Env, mod: ModuleVal): void {
    for (const s of stmts) if (s) this.execStmt(s, env, mod);
  }

  execStmt(node: Node, env: Env, mod: ModuleVal): void {
    this.tick();
    execStatement(this, node, env, mod);
  }

  eval(node: Node, env: Env, mod: ModuleVal): Value {
    this.tick();
    if (this.exprDepth >= MAX_EXPR_DEPTH) {
      this.note(node, mod.file, 'too-deep',
        `This expression nests more than ${MAX_EXPR_DEPTH} levels deep; its value is treated as unknown.`, 'warning');
      return unknown('too deep');
    }
    this.exprDepth++;
    try {
      return evalExpression(this, node, env, mod);
    } finally {
      this.exprDepth--;
    }
  }

  assign(target: Node, v: Value, env: Env, mod: ModuleVal): void {
    assignTarget(this, target, v, env, mod);
  }

  makeFunction(node: Node, env: Env, mod: ModuleVal, name: string): Value {
    return makeFunction(this, node, env, mod, name);
  }

  callFunction(fv: FuncVal, args: Args, site: CallSite, self?: Value): Value {
    return callFunction(this, fv, args, site, self);
  }

  call(fn: Value, args: Args, site: CallSite): Value {
    return callValue(this, fn, args, site);
  }

  instantiate(c: ClassVal, args: Args, site: CallSite): Value {
    return instantiate(this, c, args, site);
  }

  findAttrInClass(c: ClassVal, name: string, seen = 0): Value | undefined {
    return findAttrInClass(c, name, seen);
  }

  libraryBase(c: ClassVal, seen = 0): Value | undefined {
    return libraryBase(c, seen);
  }

  evalArgs(argList: Node | null, env: Env, mod: ModuleVal): Args {
    return evalArgs(this, argList, env, mod);
  }

  evalString(node: Node, env: Env, mod: ModuleVal): Value {
    return evalString(this, node, env, mod);
  }

  getattr(obj: Value, name: string, node: Node, file: string, quiet = false): Value | undefined {
    return getattr(this, obj, name, node, file, quiet);
  }

  iterate(v: Value, node: Node, file: string): Value[] | undefined {
    return iterate(this, v, node, file);
  }

  index(obj: Value, k: Value): Value {
    return index(this, obj, k);
  }

  binop(op: string, l: Value, r: Value): Value {
    return binop(this.hooks, op, l, r);
  }
}
