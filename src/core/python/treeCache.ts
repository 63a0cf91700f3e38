// The parse-tree cache's bound: least recently used first out, by the characters of source the kept trees hold.
// Trimmed only after an analysis, never freeing a tree that analysis used (the edited file and its imports stay for
// the next keystroke). A heap holding every tree of a whole scan made tree-sitter's malloc its largest single cost.

/** What the cache keeps per file: its text and the tree-sitter tree to free. */
interface Kept {
  text: string;
  tree: { delete(): void };
}

/** Characters of source whose trees stay cached (more only while the last analysis' own trees need more). */
export const TREE_CACHE_CHARS = 1_000_000;

/** Marks `path` as just used (a Map iterates in insertion order: the least recently used first). */
export function touchTree<T extends Kept>(trees: Map<string, T>, path: string, kept: T): T {
  trees.delete(path);
  trees.set(path, kept);
  return kept;
}

/** Frees the least recently used trees, except those of `inUse`, until all kept hold at most `budget` characters. */
export function trimTrees(trees: Map<string, Kept>, inUse: ReadonlySet<string>, budget = TREE_CACHE_CHARS): void {
  let chars = 0;
  for (const k of trees.values()) chars += k.text.length;
  for (const [path, k] of trees) {
    if (chars <= budget) break;
    if (inUse.has(path)) continue;
    k.tree.delete();
    trees.delete(path);
    chars -= k.text.length;
  }
}
