// Which paths of a workspace folder VS Code's search would skip, for the folder walk (workspaceFiles.ts) and for
// files that appear later (workspace.ts): `tfScope.exclude`, `files.exclude` and `search.exclude` (true, or a `when`
// sibling that exists), and with `search.useIgnoreFiles` the ignore files as ripgrep reads them (ignoreRules.ts):
// in the folder and below, above it with `search.useParentIgnoreFiles`, git's global excludes with `search.useGlobalIgnoreFiles`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { globalExcludesPath, IGNORE_FILES, ignoredIn, parseIgnoreFile, type IgnoreDir, type IgnoreSet } from './ignoreRules';

/** The settings this filter honours besides tfScope's own (a change to any of them asks for a new scan). */
export const WALK_SETTINGS = ['files.exclude', 'search.exclude', 'search.useIgnoreFiles', 'search.useParentIgnoreFiles', 'search.useGlobalIgnoreFiles'];

type ExcludeValue = boolean | { when?: string };

/** One glob for a list (VS Code's globs do not nest braces: the list stays flat). */
export function flatGlob(globs: readonly string[]): string | undefined {
  return globs.length === 0 ? undefined : globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export class FolderFilter {
  private readonly combined: string | undefined;

  private constructor(
    readonly root: string,
    private readonly include: string,
    exclude: readonly string[],
    private readonly when: readonly [string, string][],
    /** undefined: `search.useIgnoreFiles` is off */
    private readonly parents: IgnoreDir[] | undefined,
    private readonly global: IgnoreSet | undefined,
  ) {
    this.combined = flatGlob(exclude);
  }

  /** The filter of a workspace folder on disk, with its settings as they are now. */
  static create(folder: vscode.WorkspaceFolder, include: string, exclude: readonly string[]): FolderFilter {
    const always = [...exclude];
    const when: [string, string][] = [];
    for (const [section, key] of [['files', 'exclude'], ['search', 'exclude']] as const) {
      const map = vscode.workspace.getConfiguration(section, folder.uri).get<Record<string, ExcludeValue>>(key) ?? {};
      for (const [glob, v] of Object.entries(map)) {
        if (v === true) always.push(glob);
        else if (v && typeof v === 'object' && typeof v.when === 'string') when.push([glob, v.when]);
      }
    }
    const search = vscode.workspace.getConfiguration('search', folder.uri);
    const root = folder.uri.fsPath;
    if (!search.get<boolean>('useIgnoreFiles', true)) return new FolderFilter(root, include, always, when, undefined, undefined);
    const parents: IgnoreDir[] = [];
    if (search.get<boolean>('useParentIgnoreFiles', false)) {
      for (let d = path.dirname(root); ; d = path.dirname(d)) {
        parents.unshift(FolderFilter.dirLevel(d));
        if (path.dirname(d) === d) break;
      }
    }
    let global: IgnoreSet | undefined;
    if (search.get<boolean>('useGlobalIgnoreFiles', false)) {
      const file = globalExcludesPath(os.homedir(), process.env['XDG_CONFIG_HOME'], readText);
      const rules = parseIgnoreFile(readText(file) ?? '');
      if (rules.length) global = { base: root, kind: 'gitignore', rules };
    }
    return new FolderFilter(root, include, always, when, parents, global);
  }

  /** The ignore files of one folder (none when `search.useIgnoreFiles` is off or it has none). */
  static dirLevel(dir: string, names?: ReadonlySet<string>): IgnoreDir {
    const hasGit = names ? names.has('.git') : fs.existsSync(path.join(dir, '.git'));
    const sets: IgnoreSet[] = [];
    for (const [name, kind] of IGNORE_FILES) {
      if (names && !names.has(name.split('/')[0]!)) continue;
      if (kind === 'exclude' && !hasGit) continue;
      const rules = parseIgnoreFile(readText(path.join(dir, name)) ?? '');
      if (rules.length) sets.push({ base: dir, kind, rules });
    }
    return { sets, hasGit };
  }

  /** The ignore levels a walk starts with: the folders above the root (parent ignore files), then the root's. */
  rootLevels(names?: ReadonlySet<string>): IgnoreDir[] {
    return this.parents ? [...this.parents, FolderFilter.dirLevel(this.root, names)] : [];
  }

  /** A child folder's levels: its parent's, then its own ignore files. */
  childLevels(outer: IgnoreDir[], dir: string, names: ReadonlySet<string>): IgnoreDir[] {
    return this.parents ? [...outer, FolderFilter.dirLevel(dir, names)] : outer;
  }

  private matchIn(base: string, glob: string, file: string): boolean {
    return vscode.languages.match({ pattern: new vscode.RelativePattern(base, glob) }, { uri: vscode.Uri.file(file), languageId: 'plaintext' } as vscode.TextDocument) > 0;
  }

  included(file: string): boolean {
    return this.matchIn(this.root, this.include, file);
  }

  /** tfScope.exclude, files.exclude, search.exclude (with `{ "when": "$(basename).ts" }`: when that sibling exists). */
  private byGlob(file: string): boolean {
    if (this.combined !== undefined && this.matchIn(this.root, this.combined, file)) return true;
    return this.when.some(([g, w]) => this.matchIn(this.root, g, file)
      && fs.existsSync(path.join(path.dirname(file), w.replace(/\$\(basename\)/g, path.basename(file, path.extname(file))))));
  }

  private ignored(levels: readonly IgnoreDir[], p: string, isDir: boolean): boolean {
    return this.parents !== undefined && ignoredIn(levels, this.global, isDir, (base, g) => this.matchIn(base, g, p));
  }

  /** A folder is skipped when a pattern matches it, or takes every file in it at any depth (`**\/node_modules/**`). */
  prunes(dir: string, levels: readonly IgnoreDir[]): boolean {
    return this.byGlob(dir) || (this.byGlob(path.join(dir, 'tfscope-probe.py')) && this.byGlob(path.join(dir, 'tfscope-probe', 'probe.py'))) || this.ignored(levels, dir, true);
  }

  /** A file the walk lists, given its folder's levels. */
  takes(file: string, levels: readonly IgnoreDir[]): boolean {
    return this.included(file) && !this.byGlob(file) && !this.ignored(levels, file, false);
  }

  /** One file found after the walk (created, changed): whether the walk would have listed it, its folders included. */
  admits(file: string): boolean {
    const rel = path.relative(this.root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
    let levels = this.rootLevels();
    let dir = this.root;
    for (const part of rel.split(path.sep).slice(0, -1)) {
      const child = path.join(dir, part);
      if (this.prunes(child, levels)) return false;
      levels = this.parents ? [...levels, FolderFilter.dirLevel(child)] : levels;
      dir = child;
    }
    return this.takes(file, levels);
  }
}
