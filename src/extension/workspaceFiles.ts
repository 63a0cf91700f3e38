// Lists the workspace files that `tfScope.include` matches, skipping what VS Code's search skips (folderFilter.ts:
// tfScope.exclude, files.exclude, search.exclude, the ignore files). It walks the folders on disk in this process
// instead of calling findFiles, a round trip to the workbench's search service that answered 0.2–1.2 s late on a
// busy first start (bench:tree). Folders not on disk (virtual workspaces) go through findFiles.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { flatGlob, FolderFilter } from './folderFilter';
import type { IgnoreDir } from './ignoreRules';

export { WALK_SETTINGS } from './folderFilter';

/** Absolute paths of the matching files, at most `max`, in no particular order (`exclude`: tfScope.exclude's globs). */
export async function workspaceFiles(include: string, exclude: readonly string[], max: number): Promise<string[]> {
  const out: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (out.length >= max) break;
    if (folder.uri.scheme !== 'file') {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), flatGlob(exclude), max - out.length);
      out.push(...found.map((u) => u.fsPath));
      continue;
    }
    await walkFolder(FolderFilter.create(folder, include, exclude), max, out);
  }
  return out;
}

/** Whether a file that appeared after the scan (created, changed) is one the walk would list. */
export function walkAdmits(file: string, include: string, exclude: readonly string[]): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file));
  return !!folder && folder.uri.scheme === 'file' && FolderFilter.create(folder, include, exclude).admits(file);
}

async function walkFolder(filter: FolderFilter, max: number, out: string[]): Promise<void> {
  const seen = new Set<string>();
  const stack: [string, IgnoreDir[] | undefined][] = [[filter.root, undefined]];
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
    const names = new Set(entries.map((e) => e.name));
    const levels = outer ? filter.childLevels(outer, dir, names) : filter.rootLevels(names);
    for (const e of entries) {
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = await fs.promises.stat(p).catch(() => undefined);
        isDir = !!st?.isDirectory();
        isFile = !!st?.isFile();
      }
      if (isDir && !filter.prunes(p, levels)) stack.push([p, levels]);
      else if (isFile && filter.takes(p, levels)) {
        out.push(p);
        if (out.length >= max) return;
      }
    }
  }
}
