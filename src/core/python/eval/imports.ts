// Python imports: `import a.b as c` and `from .m import x` bind library modules (asked of the library first) or
// workspace modules (through the ModuleLoader; `from m import x` of a module that has not run yet binds lazily,
// so it runs when the name is first read). Unresolvable names become unknown with an info diagnostic.

import type { SyntaxNode as Node } from '../ast';
import { ensureModule, lazy, unknown, type Env, type ModuleVal, type Value } from '../values';
import type { Machine } from './machine';
import { isStdlibModule } from '../stdlibModules';

type ImportCtx = Pick<Machine, 'hooks' | 'loader' | 'note' | 'getattr'>;

export function execImport(m: ImportCtx, node: Node, env: Env, mod: ModuleVal): void {
  for (const n of node.namedChildren) {
    if (!n) continue;
    if (n.type === 'aliased_import') {
      const dotted = n.childForFieldName('name')!.text;
      const alias = n.childForFieldName('alias')!.text;
      env.set(alias, importDotted(m, dotted, mod, node));
    } else if (n.type === 'dotted_name') {
      const dotted = n.text;
      const top = dotted.split('.')[0]!;
      // `import a.b.c` binds `a`; load the full path for its side effects.
      const full = importDotted(m, dotted, mod, node);
      if (top === dotted) env.set(top, full);
      else env.set(top, importDotted(m, top, mod, node));
    }
  }
}

/** An unmodelled library module read as installed source (`keras.applications`), when the loader finds it. */
export function installedSource(m: Pick<Machine, 'hooks' | 'loader'>, dotted: string, fromFile: string): ModuleVal | undefined {
  const name = m.loader.searchesInstalled ? m.hooks.sourceModule?.(dotted) : undefined;
  return name ? m.loader.load(name, 0, fromFile) : undefined;
}

function importDotted(m: ImportCtx, dotted: string, mod: ModuleVal, node: Node): Value {
  const installed = installedSource(m, dotted, mod.file);
  if (installed) return { t: 'module', m: installed };
  const lib = m.hooks.importLibrary(dotted);
  if (lib) return lib;
  const wm = m.loader.load(dotted, 0, mod.file);
  if (wm) {
    // `import m` runs m now (Python's import statement), so what its body does happens in program order even
    // when the importer never reads a name of it (pix2pix.py parses sys.argv and runs main() when imported)
    ensureModule(wm);
    return { t: 'module', m: wm };
  }
  // The standard library is no program's problem and says nothing about TensorFlow: unknown, silently.
  if (isStdlibModule(dotted)) return unknown(`module ${dotted}`);
  m.note(node, mod.file, 'unresolved-import', `Module '${dotted}' is neither a known library nor in the workspace; its names are unknown.`);
  return unknown(`module ${dotted}`);
}

/** The parsed parts of `from <level dots><dotted> import <names>`. */
interface FromImport {
  node: Node;
  mod: ModuleVal;
  level: number;
  dotted: string;
}

export function execImportFrom(m: ImportCtx, node: Node, env: Env, mod: ModuleVal): void {
  const modNode = node.childForFieldName('module_name')!;
  let level = 0;
  let dotted = '';
  if (modNode.type === 'relative_import') {
    const prefix = modNode.namedChildren.find((c) => c?.type === 'import_prefix');
    level = prefix ? prefix.text.length : 0;
    dotted = modNode.namedChildren.find((c) => c?.type === 'dotted_name')?.text ?? '';
  } else dotted = modNode.text;
  const imp: FromImport = { node, mod, level, dotted };
  const names = node.childrenForFieldName('name').filter((c): c is Node => !!c);
  const wildcard = node.namedChildren.some((c) => c?.type === 'wildcard_import');
  let base: Value | undefined;
  let wm: ModuleVal | undefined = level === 0 ? installedSource(m, dotted, mod.file) : undefined;
  if (wm) base = { t: 'module', m: wm };
  else if (level === 0) base = m.hooks.importLibrary(dotted);
  if (!base) {
    wm = m.loader.load(dotted, level, mod.file);
    if (wm) base = { t: 'module', m: wm };
  }
  if (wildcard) {
    if (wm) {
      ensureModule(wm);
      for (const [k, v] of wm.env.vars) if (!k.startsWith('_')) env.set(k, v);
    }
    return;
  }
  // A workspace module that has not run yet: bind each name lazily (it runs when a name is first read).
  const lazily = !!wm?.ensure;
  for (const n of names) {
    const nameNode = n.type === 'aliased_import' ? n.childForFieldName('name')! : n;
    const alias = n.type === 'aliased_import' ? n.childForFieldName('alias')!.text : nameNode.text;
    if (lazily) env.set(alias, lazyImport(m, imp, wm!, nameNode.text));
    else env.set(alias, importName(m, imp, base, nameNode.text));
  }
}

function unresolved(m: ImportCtx, imp: FromImport, attr: string): Value {
  if (imp.level === 0 && isStdlibModule(imp.dotted)) return unknown(`import ${attr}`);
  m.note(imp.node, imp.mod.file, 'unresolved-import', `'${attr}' from '${'.'.repeat(imp.level)}${imp.dotted}' could not be resolved; it is unknown.`);
  return unknown(`import ${attr}`);
}

function submodule(m: ImportCtx, imp: FromImport, attr: string): Value | undefined {
  const sub = m.loader.load(imp.dotted ? `${imp.dotted}.${attr}` : attr, imp.level, imp.mod.file);
  return sub ? { t: 'module', m: sub } : undefined;
}

function lazyImport(m: ImportCtx, imp: FromImport, wm: ModuleVal, attr: string): Value {
  return lazy(() => {
    const v = m.getattr({ t: 'module', m: wm }, attr, imp.node, imp.mod.file, true);
    if (v && v.t !== 'unknown') return v;
    return submodule(m, imp, attr) ?? unresolved(m, imp, attr);
  });
}

function importName(m: ImportCtx, imp: FromImport, base: Value | undefined, attr: string): Value {
  let v: Value | undefined;
  if (base && base.t !== 'unknown') {
    v = m.getattr(base, attr, imp.node, imp.mod.file, true);
    // `from pkg import submodule`
    if ((!v || v.t === 'unknown') && base.t === 'module') v = submodule(m, imp, attr) ?? v;
  } else if (imp.level > 0 || imp.dotted) {
    v = submodule(m, imp, attr);
  }
  return v ?? unresolved(m, imp, attr);
}
