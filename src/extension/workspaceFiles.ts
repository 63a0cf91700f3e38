// Lists the workspace files that `tfScope.include` matches and `tfScope.exclude` does not, as
// vscode.workspace.findFiles(include, exclude) does (its exclude replaces files.exclude; ignore files do not apply),
// but by walking the folders on disk in this process: findFiles is a round trip to the workbench's search service,
// which answered 0.2–1.2 s after the request on a busy first start (bench:tree), longer than the parser takes to
// load. Folders not on disk (virtual workspaces) still go through findFiles. Patterns match paths relative to
// their workspace folder (vscode.RelativePattern), like findFiles.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** Absolute paths of the matching files, at most `max`, in no particular order. */
export async function workspaceFiles(include: string, exclude: string | undefined, max: number): Promise<string[]> {
  const out: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (out.length >= max) break;
    if (folder.uri.scheme !== 'file') {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude, max - out.length);
      out.push(...found.map((u) => u.fsPath));
      continue;
    }
    await walkFolder(folder, include, exclude, max, out);
  }
  return out;
}

async function walkFolder(folder: vscode.WorkspaceFolder, include: string, exclude: string | undefined, max: number, out: string[]): Promise<void> {
  const matches = (glob: string, file: string): boolean =>
    vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, { uri: vscode.Uri.file(file), languageId: 'plaintext' } as vscode.TextDocument) > 0;
  const excluded = (file: string): boolean => exclude !== undefined && matches(exclude, file);
  // a folder is skipped when the exclude pattern takes any file in it, at any depth (`**/node_modules/**`)
  const prunes = (dir: string): boolean => excluded(path.join(dir, 'tfscope-probe.py')) && excluded(path.join(dir, 'tfscope-probe', 'probe.py'));
  const seen = new Set<string>();
  const stack = [folder.uri.fsPath];
  while (stack.length > 0 && out.length < max) {
    const dir = stack.pop()!;
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
    for (const e of entries) {
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = await fs.promises.stat(p).catch(() => undefined);
        isDir = !!st?.isDirectory();
        isFile = !!st?.isFile();
      }
      if (isDir && !prunes(p)) stack.push(p);
      else if (isFile && matches(include, p) && !excluded(p)) {
        out.push(p);
        if (out.length >= max) return;
      }
    }
  }
}
