// Lists the workspace files that `tfScope.include` matches, skipping what `tfScope.exclude` names and what VS Code's
// search skips: `files.exclude` and `search.exclude` (entries set to true, or whose `when` sibling exists), and, when
// `search.useIgnoreFiles` is on (its default), the rules of the `.gitignore` and `.ignore` files in the folder and its
// subfolders (ignoreRules.ts). It walks the folders on disk in this process instead of calling findFiles, a round trip
// to the workbench's search service that answered 0.2–1.2 s late on a busy first start (bench:tree). Folders not on
// disk (virtual workspaces) go through findFiles. Patterns match paths relative to their workspace folder.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ignoredBy, parseIgnoreFile, type IgnoreRule } from './ignoreRules';

/** The settings this walk honours besides tfScope's own (a change to any of them asks for a new scan). */
export const WALK_SETTINGS = ['files.exclude', 'search.exclude', 'search.useIgnoreFiles'];

/** Absolute paths of the matching files, at most `max`, in no particular order (`exclude`: tfScope.exclude's globs). */
export async function workspaceFiles(include: string, exclude: readonly string[], max: number): Promise<string[]> {
  const out: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (out.length >= max) break;
    if (folder.uri.scheme !== 'file') {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), flat(exclude), max - out.length);
      out.push(...found.map((u) => u.fsPath));
      continue;
    }
    await walkFolder(folder, include, exclude, max, out);
  }
  return out;
}

type ExcludeValue = boolean | { when?: string };

/** files.exclude and search.exclude for the folder: the patterns always on, and those that hold when a sibling exists. */
function settingExcludes(folder: vscode.WorkspaceFolder): { always: string[]; when: [string, string][] } {
  const always: string[] = [];
  const when: [string, string][] = [];
  for (const [section, key] of [['files', 'exclude'], ['search', 'exclude']] as const) {
    const map = vscode.workspace.getConfiguration(section, folder.uri).get<Record<string, ExcludeValue>>(key) ?? {};
    for (const [glob, v] of Object.entries(map)) {
      if (v === true) always.push(glob);
      else if (v && typeof v === 'object' && typeof v.when === 'string') when.push([glob, v.when]);
    }
  }
  return { always, when };
}

interface IgnoreSet { base: string; rules: IgnoreRule[] }

/** One glob for a list (VS Code's globs do not nest braces: the list stays flat). */
function flat(globs: readonly string[]): string | undefined {
  return globs.length === 0 ? undefined : globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}

async function walkFolder(folder: vscode.WorkspaceFolder, include: string, exclude: readonly string[], max: number, out: string[]): Promise<void> {
  const matchIn = (base: string, glob: string, file: string): boolean =>
    vscode.languages.match({ pattern: new vscode.RelativePattern(base, glob) }, { uri: vscode.Uri.file(file), languageId: 'plaintext' } as vscode.TextDocument) > 0;
  const settings = settingExcludes(folder);
  const combined = flat([...exclude, ...settings.always]);
  const byGlob = (file: string): boolean => {
    if (combined !== undefined && matchIn(folder.uri.fsPath, combined, file)) return true;
    // `{ "when": "$(basename).ts" }`: excluded when that sibling exists
    return settings.when.some(([g, w]) => matchIn(folder.uri.fsPath, g, file)
      && fs.existsSync(path.join(path.dirname(file), w.replace(/\$\(basename\)/g, path.basename(file, path.extname(file))))));
  };
  const useIgnoreFiles = vscode.workspace.getConfiguration('search', folder.uri).get<boolean>('useIgnoreFiles', true);
  // the ignore files' verdicts, outermost folder first: a deeper file's rule overrides
  const ignored = (sets: readonly IgnoreSet[], p: string, isDir: boolean): boolean => {
    let verdict = false;
    for (const s of sets) verdict = ignoredBy(s.rules, isDir, (g) => matchIn(s.base, g, p)) ?? verdict;
    return verdict;
  };
  // a folder is skipped when a pattern matches it, or takes every file in it at any depth (`**/node_modules/**`)
  const prunes = (dir: string, sets: readonly IgnoreSet[]): boolean =>
    byGlob(dir) || (byGlob(path.join(dir, 'tfscope-probe.py')) && byGlob(path.join(dir, 'tfscope-probe', 'probe.py'))) || ignored(sets, dir, true);
  const seen = new Set<string>();
  const stack: [string, IgnoreSet[]][] = [[folder.uri.fsPath, []]];
  while (stack.length > 0 && out.length < max) {
    const [dir, outer] = stack.pop()!;
    let real: string;
    try {
      real = await fs.promises.realpath(dir);
    } catch {
      continue;
    }
    if (seen.has(real)) continue; // a symbolic link back up the tree
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    const sets = useIgnoreFiles ? [...outer, ...(await ignoreSets(dir, entries))] : outer;
    for (const e of entries) {
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = await fs.promises.stat(p).catch(() => undefined);
        isDir = !!st?.isDirectory();
        isFile = !!st?.isFile();
      }
      if (isDir && !prunes(p, sets)) stack.push([p, sets]);
      else if (isFile && matchIn(folder.uri.fsPath, include, p) && !byGlob(p) && !ignored(sets, p, false)) {
        out.push(p);
        if (out.length >= max) return;
      }
    }
  }
}

/** The rules of `dir`'s .gitignore and .ignore files (none when it has neither). */
async function ignoreSets(dir: string, entries: fs.Dirent[]): Promise<IgnoreSet[]> {
  const sets: IgnoreSet[] = [];
  for (const name of ['.gitignore', '.ignore']) {
    if (!entries.some((e) => e.name === name)) continue;
    const text = await fs.promises.readFile(path.join(dir, name), 'utf8').catch(() => '');
    const rules = parseIgnoreFile(text);
    if (rules.length) sets.push({ base: dir, rules });
  }
  return sets;
}
