// TensorFlow's API as data: canonical API path (below the tf / tf.compat.v1 / keras root) → signature
// (positional parameter order) → implementation. One binder reads arguments by parameter name, as Python
// binds them, so no implementation indexes `args.pos`. Modules contribute tables; `ApiRegistry` indexes them.

import type { SyntaxNode as Node } from '../ast';
import type { Shape } from '../../model';
import type { Args, CallSite } from '../interp';
import type { ApiFamily } from '../tfnames';
import { numOf, strOf, truthy, type Value } from '../values';
import { dtypeOf, shapeOf } from './convert';
import type { TfLibrary } from '../tflib';

/** A call's arguments bound to a signature's parameter names (positional by order, keywords by name). */
export class BoundArgs {
  constructor(
    readonly raw: Args,
    private readonly params: readonly string[],
  ) {}

  /** The argument given for `name` (positionally or by keyword), or undefined. */
  get(name: string): Value | undefined {
    const i = this.params.indexOf(name);
    return (i >= 0 ? this.raw.pos[i] : undefined) ?? this.raw.kw.get(name);
  }

  /** Given and not `None`. */
  given(name: string): boolean {
    const v = this.get(name);
    return v !== undefined && v.t !== 'none';
  }

  num(name: string): number | undefined {
    return numOf(this.get(name));
  }

  /** A numeric argument: `dflt` when absent or None, null when given but not known statically (never a guess). */
  numOr(name: string, dflt: number): number | null {
    return this.given(name) ? (this.num(name) ?? null) : dflt;
  }

  str(name: string): string | undefined {
    return strOf(this.get(name));
  }

  /** Python truthiness with a default for an absent argument; undefined when not known statically. */
  bool(name: string, dflt: boolean): boolean | undefined {
    const v = this.get(name);
    return v === undefined ? dflt : truthy(v);
  }

  shape(name: string): Shape {
    return shapeOf(this.get(name));
  }

  dtype(name: string): string | null {
    return dtypeOf(this.get(name));
  }

  /** The source node of the argument, for locations. */
  node(name: string): Node | null {
    const i = this.params.indexOf(name);
    if (i >= 0 && i < this.raw.pos.length) return this.raw.posNodes[i] ?? null;
    return this.raw.kwNodes.get(name) ?? null;
  }

  /** Positional arguments beyond the signature (`*args`). */
  rest(): Value[] {
    return this.raw.pos.slice(this.params.length);
  }
}

/** How a call was spelled: its canonical name, the family it was reached through, and the defaults that apply. */
export interface ApiCall {
  /** Canonical name below the root, e.g. 'get_variable', 'random.set_seed'. */
  name: string;
  /** The root the program used: 'tf' (bare `tensorflow`), 'v1', 'v2' or 'keras'. */
  root: ApiFamily;
  /** Whose defaults apply: `tf.` resolves to 'v1' in TF1-era programs, else 'v2'. */
  api: ApiFamily;
  /** Reached through TensorFlow's frozen TF1 layer modules (see `Canon.frozen`). */
  frozen?: true;
  /** Reached through a frozen module TF ≥ 2.16 loads from tf_keras (see `Canon.fromTfKeras`). */
  fromTfKeras?: true;
  /** A Keras 2 class (tf_keras, `tensorflow.python.keras`, or `tf.keras` when the target has Keras 2): see TfLibrary.isKeras2. */
  keras2?: true;
}

/** An implementation: undefined means "not handled here" (the caller falls back to its generic rules). */
export type ApiImpl = (tf: TfLibrary, a: BoundArgs, site: CallSite, call: ApiCall) => Value | undefined;

export interface ApiEntry {
  /** Canonical names (aliases share one signature and implementation). */
  names: readonly string[];
  /** Positional parameter order, as TensorFlow declares it. */
  params: readonly string[];
  impl: ApiImpl;
}

export class ApiRegistry {
  private readonly byName = new Map<string, ApiEntry>();

  constructor(tables: readonly (readonly ApiEntry[])[]) {
    for (const table of tables) {
      for (const e of table) {
        for (const n of e.names) {
          if (this.byName.has(n)) throw new Error(`API ${n} registered twice`);
          this.byName.set(n, e);
        }
      }
    }
  }

  get(name: string): ApiEntry | undefined {
    return this.byName.get(name);
  }

  /** Binds and runs `call.name`'s implementation; undefined when none is registered or it declines. */
  invoke(tf: TfLibrary, call: ApiCall, args: Args, site: CallSite): Value | undefined {
    const e = this.byName.get(call.name);
    return e ? e.impl(tf, new BoundArgs(args, e.params), site, call) : undefined;
  }
}

/** Binds `args` to an ad-hoc signature (methods of TF objects, constructors). */
export function bind(args: Args, params: readonly string[]): BoundArgs {
  return new BoundArgs(args, params);
}
