// The first scan's order: programs appear in the tree as they are analysed, so the open editors' files come first,
// then the modules that import no other workspace module (a library such as BERT's modeling.py, analysed alone in a
// few ms, its parse tree then reused by the drivers that import it), then the rest (drivers, whose analysis runs
// the modules they import). Import detection is textual and only orders work: every file is analysed either way.
import * as path from 'path';

const PY_IMPORT = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import\b|import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*))/gm;
const JS_RELATIVE = /(?:\bfrom[ \t]*|\brequire\([ \t]*|\bimport\([ \t]*|^[ \t]*import[ \t]*)['"]\.\.?\//m;

/** Whether `text` (the file at `file`) imports a module of the workspace, whose module and package names are `names`. */
export function importsWorkspaceModule(file: string, text: string, names: ReadonlySet<string>): boolean {
  if (!file.endsWith('.py')) return JS_RELATIVE.test(text);
  const own = path.basename(file, '.py');
  for (const m of text.matchAll(PY_IMPORT)) {
    const mods = m[1] !== undefined ? [m[1]] : m[2]!.split(',').map((s) => s.trim());
    for (const mod of mods) {
      if (mod.startsWith('.')) return true;
      const head = mod.split('.')[0]!;
      if (head !== own && names.has(head)) return true;
    }
  }
  return false;
}

/** The names a Python import of a workspace file could start with: each file's stem and each folder's name. */
export function workspaceModuleNames(files: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) {
    if (!f.endsWith('.py')) continue;
    const stem = path.basename(f, '.py');
    if (stem !== '__init__') names.add(stem);
    names.add(path.basename(path.dirname(f)));
  }
  return names;
}

/** `files` reordered (stable otherwise): open ones first, then those importing no workspace module, then the rest. */
export function firstScanOrder(files: readonly string[], isOpen: (f: string) => boolean, read: (f: string) => string | undefined): string[] {
  const names = workspaceModuleNames(files);
  const rank = new Map<string, number>();
  for (const f of files) rank.set(f, isOpen(f) ? 0 : importsWorkspaceModule(f, read(f) ?? '', names) ? 2 : 1);
  return [...files].sort((a, b) => rank.get(a)! - rank.get(b)!);
}
