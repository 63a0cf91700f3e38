// Workspace modules of a Python program: resolves `import a.b` / `from ..m import x` to files through the
// SourceHost (relative to the importing file, else from the entry's folder and up to four parents, then the
// installed packages' roots the host found), the way Python would with the repository root and site-packages
// on the path. Each module is made once and runs on first use; only modules actually imported are read.

import type { SourceHost } from '../api';
import type { Diagnostic } from '../model';
import { looksBinary } from '../frontend/input';
import type { ModuleLoader } from './interp';
import { Env, type ModuleVal } from './values';

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : p.slice(0, i);
}

export function joinPath(...parts: string[]): string {
  const out: string[] = [];
  const abs = parts[0]?.startsWith('/') ?? false;
  for (const part of parts) {
    for (const seg of part.split('/')) {
      if (!seg || seg === '.') continue;
      if (seg === '..') out.pop();
      else out.push(seg);
    }
  }
  return (abs ? '/' : '') + out.join('/');
}

/** A fresh module value (its own global scope) that has not run yet. */
export function newModule(name: string, file: string): ModuleVal {
  const mod: ModuleVal = { name, file, env: new Env(null, null), loading: true };
  (mod.env as { module: ModuleVal | null }).module = mod;
  // where the module's file is (config files are often found next to it: os.path.dirname(__file__))
  if (file.startsWith('/')) mod.env.vars.set('__file__', { t: 'str', v: file });
  // an imported module's __name__ is its dotted name (the entry's is then set to '__main__'), so its
  // `if __name__ == '__main__':` block is decided false when it is imported
  mod.env.vars.set('__name__', { t: 'str', v: name });
  return mod;
}

/** Installed packages followed as source: their roots (site-packages folders) and which modules stay modelled. */
export interface InstalledPackages {
  /** Absolute '/'-separated folders searched after the workspace (a Python environment's site-packages). */
  roots: readonly string[];
  /** True for a module the library models (its parent packages are then not read: `keras/__init__.py`). */
  modelled(dotted: string): boolean;
}

/**
 * The diagnostics of a run with installed packages followed: a package file the parser cannot read is one info
 * (the rest of the program is analysed; names after the error may be unknown), not syntax errors in the
 * user's Problems. What TensorFlow raises inside a package stays as it is (the program would raise it).
 */
export function installedDiagnostics(diags: readonly Diagnostic[], roots: readonly string[]): Diagnostic[] {
  const inPackage = (f: string): boolean => roots.some((r) => f.startsWith(r.endsWith('/') ? r : `${r}/`));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diags) {
    if (d.code !== 'syntax-error' || !inPackage(d.file)) out.push(d);
    else if (!seen.has(d.file)) {
      seen.add(d.file);
      out.push({ ...d, severity: 'info', code: 'installed-package-unparsed',
        message: `This installed module has syntax the analysis cannot parse (line ${d.line}); what it defines after that may be unknown.` });
    }
  }
  return out;
}

export class WorkspaceModules implements ModuleLoader {
  /** Modules by file, the entry's `__main__` included. */
  readonly modules = new Map<string, ModuleVal>();
  /** Files read (entry first). */
  readonly files: string[];
  private readonly roots: string[];
  /** Folders the program added to sys.path (relative ones from the entry's folder, where it is run from). */
  private readonly added: string[] = [];
  readonly searchesInstalled: boolean;

  /**
   * `report` records a diagnostic about a module file; `run` executes a module's text (called when the module
   * is first used).
   */
  constructor(
    private readonly entry: string,
    private readonly host: SourceHost,
    private readonly maxBytes: number,
    private readonly report: (file: string, code: string, message: string) => void,
    private readonly run: (mod: ModuleVal, text: string) => void,
    private readonly installed?: InstalledPackages,
  ) {
    this.files = [entry];
    this.roots = [dirname(entry)];
    this.searchesInstalled = !!installed?.roots.length;
  }

  load(dotted: string, level: number, fromFile: string): ModuleVal | undefined {
    const parts = dotted ? dotted.split('.') : [];
    // Python imports the parent packages first (their __init__ runs).
    // (A modelled parent is the library's: `keras.src.applications` does not run keras/__init__.py.)
    if (level === 0 && parts.length > 1) {
      const parent = parts.slice(0, -1).join('.');
      if (!this.installed?.modelled(parent)) this.load(parent, 0, fromFile);
    }
    for (const base of this.bases(level, fromFile)) {
      for (const cand of [joinPath(base, ...parts) + '.py', joinPath(base, ...parts, '__init__.py')]) {
        const existing = this.modules.get(cand);
        if (existing) return existing;
        const src = cand === this.entry ? undefined : this.host.readFile(cand);
        if (src === undefined) continue;
        return this.create(level > 0 ? cand : dotted, cand, src);
      }
    }
    return undefined;
  }

  addSearchPath(dir: string): void {
    const d = dir.startsWith('/') ? dir : joinPath(this.roots[0]!, dir);
    if (!this.added.includes(d)) this.added.push(d);
  }

  /** The folders an import searches: the package `level` dots up, or the roots and four parents of the entry's. */
  private bases(level: number, fromFile: string): string[] {
    const bases: string[] = [];
    if (level > 0) {
      let d = dirname(fromFile);
      for (let i = 1; i < level; i++) d = dirname(d);
      bases.push(d);
    } else {
      bases.push(...this.roots);
      // Packages run from the repository root: walk up a few levels from the entry.
      let d = this.roots[0]!;
      for (let i = 0; i < 4; i++) {
        const up = dirname(d);
        if (up === d) break;
        bases.push(up);
        d = up;
      }
      bases.push(...this.added);
      if (this.installed) bases.push(...this.installed.roots);
    }
    return bases;
  }

  private create(name: string, file: string, src: string): ModuleVal {
    const mod = newModule(name, file);
    this.modules.set(file, mod);
    this.files.push(file);
    if (src.length > this.maxBytes || looksBinary(src)) {
      this.report(file, 'file-too-large', 'This imported module is too large or binary; its names are unknown.');
      mod.loading = false;
      return mod;
    }
    mod.ensure = () => {
      this.run(mod, src);
      mod.loading = false;
    };
    return mod;
  }
}
