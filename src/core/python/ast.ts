// The evaluator's syntax tree: plain JS nodes converted once from tree-sitter per top-level statement,
// with the subset of tree-sitter's Node API the evaluator uses. Statements are cached by their source
// text and rebased when an edit elsewhere shifts them, so re-analysis after an edit re-walks only the
// statements that changed (and never touches wasm-backed nodes of a tree that was since deleted).

import type { Tree, TreeCursor } from 'web-tree-sitter';

export interface Point {
  row: number;
  column: number;
}

/**
 * The node API the evaluator uses. Both web-tree-sitter's nodes (a file's first analysis) and our
 * converted `Node`s (re-analysis after an edit) provide it.
 */
export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly isNamed: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly parent: SyntaxNode | null;
  readonly children: (SyntaxNode | null)[];
  readonly namedChildren: (SyntaxNode | null)[];
  childForFieldName(name: string): SyntaxNode | null;
  childrenForFieldName(name: string): (SyntaxNode | null)[];
}

/** Where a top-level statement currently starts in its file; its nodes' positions are relative to it. */
class StatementBase {
  constructor(
    /** The statement's own source text (the cache key). */
    readonly text: string,
    public index: number,
    public row: number,
    public column: number,
  ) {}
}

/**
 * A named child that is not part of the expression: a comment, or a backslash line continuation (tree-sitter's
 * `line_continuation` extra; Python joins the lines, so `a, b = 1, \\` + newline + `2` is a two-item tuple).
 */
export function isTrivia(n: { readonly type: string } | null | undefined): boolean {
  return !!n && (n.type === 'comment' || n.type === 'line_continuation');
}

export class Node implements SyntaxNode {
  readonly children: Node[] = [];
  readonly namedChildren: Node[] = [];
  parent: Node | null = null;
  private fields: Map<string, Node[]> | null = null;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    private readonly base: StatementBase,
    /** Offsets and positions relative to the statement start (columns relative only on its first row). */
    private readonly rs: number,
    private readonly re: number,
    private readonly sRow: number,
    private readonly sCol: number,
    private readonly eRow: number,
    private readonly eCol: number,
  ) {}

  get startIndex(): number {
    return this.base.index + this.rs;
  }
  get endIndex(): number {
    return this.base.index + this.re;
  }
  get startPosition(): Point {
    return { row: this.base.row + this.sRow, column: this.sRow === 0 ? this.base.column + this.sCol : this.sCol };
  }
  get endPosition(): Point {
    return { row: this.base.row + this.eRow, column: this.eRow === 0 ? this.base.column + this.eCol : this.eCol };
  }
  get text(): string {
    return this.base.text.slice(this.rs, this.re);
  }

  childForFieldName(name: string): Node | null {
    return this.fields?.get(name)?.[0] ?? null;
  }
  childrenForFieldName(name: string): Node[] {
    return this.fields?.get(name) ?? [];
  }

  /** @internal */
  addChild(child: Node, field: string | null): void {
    child.parent = this;
    this.children.push(child);
    if (child.isNamed) this.namedChildren.push(child);
    if (field) {
      this.fields ??= new Map();
      const list = this.fields.get(field);
      if (list) list.push(child);
      else this.fields.set(field, [child]);
    }
  }
}

/** Converts the subtree under the cursor (iteratively: deep nesting cannot overflow the stack). */
function convertAt(cursor: TreeCursor, base: StatementBase): Node {
  const relPoint = (p: Point): [number, number] => {
    const row = p.row - base.row;
    return [row, row === 0 ? p.column - base.column : p.column];
  };
  const make = (): Node => {
    const [sr, sc] = relPoint(cursor.startPosition);
    const [er, ec] = relPoint(cursor.endPosition);
    return new Node(cursor.nodeType, cursor.nodeIsNamed, base, cursor.startIndex - base.index, cursor.endIndex - base.index, sr, sc, er, ec);
  };
  const root = make();
  const stack: Node[] = [root];
  if (!cursor.gotoFirstChild()) return root;
  for (;;) {
    const field = cursor.currentFieldName;
    const node = make();
    stack[stack.length - 1]!.addChild(node, field);
    if (cursor.gotoFirstChild()) {
      stack.push(node);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return root;
      stack.pop();
      if (stack.length === 0) return root;
    }
  }
}

/**
 * A module's tree, reusing unchanged statements of the previous build for the same file.
 * `previous` maps statement text to its converted nodes (several for repeated identical statements).
 */
export class ModuleAst {
  readonly root: Node;
  /** statement text → converted statements, for the next build of this file. */
  readonly statements = new Map<string, Node[]>();

  constructor(tree: Tree, source: string, previous?: ModuleAst) {
    const free = new Map<string, Node[]>();
    if (previous) for (const [k, v] of previous.statements) free.set(k, [...v]);
    const moduleBase = new StatementBase(source, 0, 0, 0);
    const rootTs = tree.rootNode;
    this.root = new Node('module', true, moduleBase, 0, source.length, 0, 0, rootTs.endPosition.row, rootTs.endPosition.column);
    const cursor = tree.walk();
    try {
      if (cursor.gotoFirstChild()) {
        do {
          const start = cursor.startIndex;
          const end = cursor.endIndex;
          const text = source.slice(start, end);
          const sp = cursor.startPosition;
          const field = cursor.currentFieldName;
          const reused = free.get(text)?.pop();
          let stmt: Node;
          if (reused) {
            const base = (reused as unknown as { base: StatementBase }).base;
            base.index = start;
            base.row = sp.row;
            base.column = sp.column;
            stmt = reused;
            stmt.parent = null;
          } else {
            stmt = convertAt(cursor, new StatementBase(text, start, sp.row, sp.column));
          }
          this.root.addChild(stmt, field);
          const list = this.statements.get(text);
          if (list) list.push(stmt);
          else this.statements.set(text, [stmt]);
        } while (cursor.gotoNextSibling());
      }
    } finally {
      cursor.delete();
    }
  }
}
