// Memoizes web-tree-sitter Node accessors on the wrapper objects (type, fields, text, parent, end
// position): every access otherwise crosses into wasm and allocates. Valid because our trees are never
// edited: a changed file is re-parsed and its old tree (with every cached wrapper) dropped.

import { Node } from 'web-tree-sitter';

interface Memo {
  type?: string;
  text?: string;
  fields?: Map<string, Node | null>;
  fieldLists?: Map<string, (Node | null)[]>;
  parent?: Node | null;
  endPosition?: Node['endPosition'];
  endIndex?: number;
  isNamed?: boolean;
  hasError?: boolean;
  isMissing?: boolean;
}

const MEMO = Symbol('tfscope.memo');
let patched = false;

function memo(n: Node): Memo {
  const holder = n as unknown as { [MEMO]?: Memo };
  return (holder[MEMO] ??= {});
}

function getter(proto: object, name: string): (this: Node) => unknown {
  let p: object | null = proto;
  while (p) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return d.get as (this: Node) => unknown;
    p = Object.getPrototypeOf(p);
  }
  throw new Error(`web-tree-sitter Node has no getter '${name}'`);
}

/** Installs the memoizing accessors once per process. */
export function memoizeNodeAccessors(): void {
  if (patched) return;
  patched = true;
  const proto = Node.prototype as unknown as Record<string, unknown>;
  const cache = <K extends keyof Memo>(name: K & string): void => {
    const orig = getter(proto, name);
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: Node) {
        const m = memo(this);
        if (!(name in m)) (m as Record<string, unknown>)[name] = orig.call(this);
        return m[name];
      },
    });
  };
  for (const g of ['type', 'text', 'parent', 'endPosition', 'endIndex', 'isNamed', 'hasError', 'isMissing'] as const) cache(g);
  const field = proto.childForFieldName as (this: Node, f: string) => Node | null;
  proto.childForFieldName = function (this: Node, f: string): Node | null {
    const m = memo(this);
    m.fields ??= new Map();
    let r = m.fields.get(f);
    if (r === undefined) {
      r = field.call(this, f);
      m.fields.set(f, r);
    }
    return r;
  };
  const fields = proto.childrenForFieldName as (this: Node, f: string) => (Node | null)[];
  proto.childrenForFieldName = function (this: Node, f: string): (Node | null)[] {
    const m = memo(this);
    m.fieldLists ??= new Map();
    let r = m.fieldLists.get(f);
    if (r === undefined) {
      r = fields.call(this, f);
      m.fieldLists.set(f, r);
    }
    return r;
  };
}
