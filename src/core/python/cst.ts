// Memoizes web-tree-sitter Node accessors on the wrapper objects (type, fields, text, parent, end
// position): every access otherwise crosses into wasm and allocates. Valid because our trees are never
// edited: a changed file is re-parsed and its old tree (with every cached wrapper) dropped.

import { Node } from 'web-tree-sitter';

/** Every memo slot exists from the start (one object shape); undefined until its accessor is first read. */
class Memo {
  type: string | undefined = undefined;
  text: string | undefined = undefined;
  parent: Node | null | undefined = undefined;
  endPosition: Node['endPosition'] | undefined = undefined;
  endIndex: number | undefined = undefined;
  isNamed: boolean | undefined = undefined;
  hasError: boolean | undefined = undefined;
  isMissing: boolean | undefined = undefined;
  fields: Map<string, Node | null> | undefined = undefined;
  fieldLists: Map<string, (Node | null)[]> | undefined = undefined;
}

const MEMO = Symbol('tfscope.memo');
let patched = false;

function memo(n: Node): Memo {
  const holder = n as unknown as { [MEMO]?: Memo };
  return (holder[MEMO] ??= new Memo());
}

type Getter<T> = (this: Node) => T;

function getter<T>(proto: object, name: string): Getter<T> {
  let p: object | null = proto;
  while (p) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return d.get as Getter<T>;
    p = Object.getPrototypeOf(p);
  }
  throw new Error(`web-tree-sitter Node has no getter '${name}'`);
}

/** Installs the memoizing accessors once per process. */
export function memoizeNodeAccessors(): void {
  if (patched) return;
  patched = true;
  const proto = Node.prototype as unknown as Record<string, unknown>;
  // one getter literal per accessor (each with its own inline caches), not one shared closure
  const define = (name: string, get: (this: Node) => unknown): void => {
    Object.defineProperty(proto, name, { configurable: true, get });
  };
  const type = getter<string>(proto, 'type');
  define('type', function (this: Node) {
    const m = memo(this);
    return m.type ?? (m.type = type.call(this));
  });
  const text = getter<string>(proto, 'text');
  define('text', function (this: Node) {
    const m = memo(this);
    return m.text ?? (m.text = text.call(this));
  });
  const parent = getter<Node | null>(proto, 'parent');
  define('parent', function (this: Node) {
    const m = memo(this);
    return m.parent !== undefined ? m.parent : (m.parent = parent.call(this));
  });
  const endPosition = getter<Node['endPosition']>(proto, 'endPosition');
  define('endPosition', function (this: Node) {
    const m = memo(this);
    return m.endPosition ?? (m.endPosition = endPosition.call(this));
  });
  const endIndex = getter<number>(proto, 'endIndex');
  define('endIndex', function (this: Node) {
    const m = memo(this);
    return m.endIndex ?? (m.endIndex = endIndex.call(this));
  });
  const isNamed = getter<boolean>(proto, 'isNamed');
  define('isNamed', function (this: Node) {
    const m = memo(this);
    return m.isNamed ?? (m.isNamed = isNamed.call(this));
  });
  const hasError = getter<boolean>(proto, 'hasError');
  define('hasError', function (this: Node) {
    const m = memo(this);
    return m.hasError ?? (m.hasError = hasError.call(this));
  });
  const isMissing = getter<boolean>(proto, 'isMissing');
  define('isMissing', function (this: Node) {
    const m = memo(this);
    return m.isMissing ?? (m.isMissing = isMissing.call(this));
  });
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
