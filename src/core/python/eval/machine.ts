// `Machine`: what each concern of the Python evaluator (statements, expressions, calls, classes, imports,
// builtins...) may use of the others and of the run's state. The concerns are plain functions taking a Machine;
// `Interpreter` (../interp.ts) is the one implementation and wires them together. Types only.

import type { SyntaxNode as Node } from '../ast';
import type { ClassVal, Env, FuncVal, ModuleVal, Value } from '../values';
import type { Args, CallSite, LibraryHooks, ModuleLoader } from './protocol';
import type { EvalState } from './state';

export interface Machine extends EvalState {
  readonly hooks: LibraryHooks;
  readonly loader: ModuleLoader;
  /** Evaluates an expression (counts a step; too-deep nesting is unknown). */
  eval(node: Node, env: Env, mod: ModuleVal): Value;
  /** Executes one statement (counts a step). */
  execStmt(node: Node, env: Env, mod: ModuleVal): void;
  execBlock(stmts: (Node | null)[], env: Env, mod: ModuleVal): void;
  /** Binds `v` to an assignment target (names, unpacking, attributes, subscripts). */
  assign(target: Node, v: Value, env: Env, mod: ModuleVal): void;
  /** A function value for a `def` or `lambda` (defaults evaluated now). */
  makeFunction(node: Node, env: Env, mod: ModuleVal, name: string): Value;
  /** Calls any callable value. */
  call(fn: Value, args: Args, site: CallSite): Value;
  callFunction(fv: FuncVal, args: Args, site: CallSite, self?: Value): Value;
  instantiate(c: ClassVal, args: Args, site: CallSite): Value;
  evalArgs(argList: Node | null, env: Env, mod: ModuleVal): Args;
  evalString(node: Node, env: Env, mod: ModuleVal): Value;
  getattr(obj: Value, name: string, node: Node, file: string, quiet?: boolean): Value | undefined;
  /** The items of an iterable value (ranges truncated with a note); undefined when unknown. */
  iterate(v: Value, node: Node, file: string): Value[] | undefined;
  index(obj: Value, k: Value): Value;
  binop(op: string, l: Value, r: Value): Value;
  findAttrInClass(c: ClassVal, name: string): Value | undefined;
  libraryBase(c: ClassVal): Value | undefined;
}
