// The Python evaluator's contracts with its neighbours: the control-flow signals it throws, the call arguments
// and call site it hands out, what the TF library offers it (`LibraryHooks`), what it offers the library
// (`EvalHost`), and how it loads workspace modules (`ModuleLoader`). Types and tiny classes only.

import type { Diagnostic, SourceLocation } from '../../model';
import type { SyntaxNode as Node } from '../ast';
import type { ClassVal, FuncVal, ModuleVal, Value } from '../values';

export class BreakSignal {}
export class ContinueSignal {}
export class ReturnSignal {
  constructor(readonly value: Value) {}
}
/** A Python exception raised while evaluating (TF errors inside `try`, or explicit `raise`). */
export class PyRaise {
  constructor(readonly type: string, readonly message: string) {}
}
/** The evaluation budget ran out: the program stops with a diagnostic. */
export class BudgetExceeded {
  constructor(readonly reason: string) {}
}

export interface CallSite {
  node: Node;
  file: string;
  /** The assignment target name when the call's result is bound (`W = tf.get_variable(...)`). */
  binding?: { name: string; location: SourceLocation };
}

export interface Args {
  pos: Value[];
  kw: Map<string, Value>;
  /** Argument nodes, for locations (positional then keyword values in source order). */
  posNodes: (Node | null)[];
  kwNodes: Map<string, Node>;
}

/** No arguments at all (a fresh object each time: callees may keep it). */
export function noArgs(): Args {
  return { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() };
}

/** One item of a subscript: a value, a slice (its parts when given), or `...`. */
export type SubscriptItem = { kind: 'value'; v: Value } | { kind: 'slice'; start?: Value; stop?: Value; step?: Value } | { kind: 'ellipsis' };

/** What the TF layer provides to the evaluator. */
export interface LibraryHooks {
  /** A library module (`import tensorflow as tf`): its value, or undefined when not a known library. */
  importLibrary(dotted: string): Value | undefined;
  /**
   * For a library module the analysis does not model (`keras.applications`, `tf.keras.applications` when tf.keras is
   * Keras 3): the module to ask the loader for (installed packages read as source; the library's unknown value is
   * the fallback); undefined for a modelled one.
   */
  sourceModule?(dotted: string): string | undefined;
  getattr(obj: Value, name: string, site: CallSite): Value | undefined;
  /** Whether two library objects are one (`v in var_list`): true/false when the library knows, else undefined. */
  sameObject?(l: Value, r: Value): boolean | undefined;
  /** TF2 eager semantics: a tensor's == and != are elementwise (Tensor.__eq__ when executing eagerly outside functions). */
  eagerTensors?(): boolean;
  /** `obj.name = v` on a library object with a rule for it (a Keras layer's `trainable`): true when handled. */
  setattr?(obj: Value, name: string, v: Value): boolean;
  call(fn: Value, args: Args, site: CallSite): Value | undefined;
  /** A decorator the library models applied to a function (`@add_arg_scope`): the decorated value, else undefined. */
  decorate?(decorator: Value, fn: Value, site: CallSite): Value | undefined;
  /** Iterating a library value (e.g. a variable list); undefined when unknown. */
  iterate?(v: Value, site?: CallSite): Value[] | undefined;
  /** `obj[key]` on library values (tensor slicing); undefined to fall back to the reader's default. */
  subscript?(obj: Value, key: Value): Value | undefined;
  /** `obj[a, b:c, ...]` on library values (a tensor's strided slice), each item evaluated. */
  subscriptItems?(obj: Value, items: SubscriptItem[]): Value | undefined;
  /** Arithmetic involving library values (tensors): undefined to fall back to the reader's default. */
  binop?(op: string, l: Value, r: Value): Value | undefined;
  /** `-x` / `+x` on library values (tensors): undefined to fall back to the reader's default. */
  unop?(op: string, v: Value): Value | undefined;
  /**
   * A value the program reads by name that comes from outside it (an attribute of a config whose source the
   * analysis could not read): the user's supplied value, else `fallback` (with a note saying what is missing).
   */
  outside?(name: string, fallback: Value, node: Node, file: string, why: string): Value;
  /** The value the user supplied for `name` (`# tfscope: name=value`, `--set`, `tfScope.values`), if any. */
  supplied?(name: string): Value | undefined;
  /** A user class deriving from a library class (a Keras Layer/Model): the fresh instance to run __init__ on. */
  newInstance?(c: ClassVal, args: Args, site: CallSite): Value | undefined;
  /** `obj.name = v` on a library object (a Keras layer's `trainable`): after the attribute is stored. */
  setAttr?(obj: Value, name: string, v: Value): void;
}

/**
 * What the evaluator offers the TF library: calling back into Python code (user functions, classes, callables
 * handed to TF), class lookups for subclassed layers and models, the diagnostics of the run, and the facts the
 * seed model needs about how certain it is that the current code runs.
 */
export interface EvalHost {
  /** Where workspace modules come from (`sys.path.append` adds to its search). */
  readonly loader: ModuleLoader;
  /** Calls any callable value (user function, class, bound method, builtin, library symbol). */
  call(fn: Value, args: Args, site: CallSite): Value;
  /** Python's binary operator `op` ('+', '/', ...) on two values, as the evaluator applies it. */
  binop(op: string, l: Value, r: Value): Value;
  /** Calls a user function, `self` bound to its first parameter when given. */
  callFunction(fv: FuncVal, args: Args, site: CallSite, self?: Value): Value;
  /** An attribute of a class or its bases (method resolution in base order), undefined when none has it. */
  findAttrInClass(c: ClassVal, name: string): Value | undefined;
  /** The first library base of a class (e.g. tf.keras.layers.Layer), for subclassed layers and models. */
  libraryBase(c: ClassVal): Value | undefined;
  /** A top-level name of the `__main__` module (`tf.app.run()` calls `main`). */
  mainModuleValue(name: string): Value | undefined;
  /** Records a diagnostic once per node and code. */
  note(node: Node, file: string, code: string, message: string, severity?: Diagnostic['severity']): void;
  /** True when an exception of `type` raised now would be caught by an enclosing `try` (so it must unwind). */
  caught(type: string): boolean;
  /** The run's diagnostics (the library adds its own, deduplicated by position and code). */
  readonly diagnostics: Diagnostic[];
  /** > 0 while running code the analysis only assumes runs; `guessWhere` names the innermost such code. */
  readonly guessDepth: number;
  readonly guessWhere: string;
  /** Points after which code the analysis did not run may have drawn random seeds; `lastRisk` names the latest. */
  readonly risks: number;
  readonly lastRisk: string;
  /** The `with` statement whose context expression is being evaluated (scope ranges for the editor). */
  readonly withBlock: Node | null;
  /** The symbols standing for unknown values in this run, with their origins (symbolic.ts). */
  readonly symbols: import('../symbolic').SymbolTable;
}

export interface ModuleLoader {
  /** Resolves and loads a workspace module; undefined when it is not in the workspace. */
  load(dotted: string, level: number, fromFile: string): ModuleVal | undefined;
  /** True when installed packages are searched too (unmodelled library modules may then be read as source). */
  readonly searchesInstalled?: boolean;
  /** `sys.path.append(dir)` / `sys.path.insert(i, dir)`: later imports search that folder too. */
  addSearchPath?(dir: string): void;
}

export function loc(node: Node, file: string): SourceLocation {
  return {
    file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}
