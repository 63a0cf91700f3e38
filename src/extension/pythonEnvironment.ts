// Which Python environment's installed packages the analysis follows as source (AnalyzeOptions.packageRoots):
// the `tfScope.pythonPath` setting, else the interpreter the Python extension selected (ms-python.python's exported
// `environments` API, when that extension is installed), else a .venv/venv in a workspace folder. Folders are
// found by src/host/pythonEnv.ts from the environment's layout; a change of any of them re-analyses.
import * as vscode from 'vscode';
import { pythonEnvironment, workspaceEnvironment, type PythonEnv } from '../host/pythonEnv';

/** The part of the Python extension's exported API used here (its `environments` object). */
interface PythonEnvironmentsApi {
  getActiveEnvironmentPath(resource?: vscode.Uri): { path: string } | undefined;
  onDidChangeActiveEnvironmentPath?: vscode.Event<unknown>;
}

let current: PythonEnv | undefined;

/** The installed-package folders of the environment in use ([] when none is known). */
export function packageRoots(): readonly string[] {
  return current?.roots ?? [];
}

/** The Python extension's environments API, or undefined (not installed, failed, or slower than `ms`). */
async function pythonApi(ms = 5000): Promise<PythonEnvironmentsApi | undefined> {
  const ext = vscode.extensions.getExtension<{ environments?: PythonEnvironmentsApi }>('ms-python.python');
  if (!ext) return undefined;
  try {
    const exports = ext.isActive ? ext.exports : await Promise.race([ext.activate(), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
    const env = exports?.environments;
    return env && typeof env.getActiveEnvironmentPath === 'function' ? env : undefined;
  } catch {
    return undefined;
  }
}

function fromSettingOrWorkspace(): PythonEnv | undefined | null {
  const setting = vscode.workspace.getConfiguration('tfScope').get<string>('pythonPath', '').trim();
  if (setting) return pythonEnvironment(setting) ?? null;
  return undefined;
}

function fromWorkspaceFolders(): PythonEnv | undefined {
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    if (f.uri.scheme !== 'file') continue;
    const env = workspaceEnvironment(f.uri.fsPath);
    if (env) return env;
  }
  return undefined;
}

/** Finds the environment now; true when its package folders changed. */
async function resolve(log: vscode.LogOutputChannel, api: PythonEnvironmentsApi | undefined): Promise<boolean> {
  let env = fromSettingOrWorkspace();
  let why = 'tfScope.pythonPath';
  if (env === null) {
    log.warn(`tfScope.pythonPath: no installed packages found for ${vscode.workspace.getConfiguration('tfScope').get<string>('pythonPath', '')}`);
    env = undefined;
  } else if (env === undefined) {
    const selected = api?.getActiveEnvironmentPath(vscode.workspace.workspaceFolders?.[0]?.uri)?.path;
    env = selected ? pythonEnvironment(selected) : undefined;
    why = 'the Python extension\'s interpreter';
    if (!env) {
      env = fromWorkspaceFolders();
      why = 'the workspace environment';
    }
  }
  const before = JSON.stringify(current?.roots ?? []);
  current = env;
  if (env) log.info(`installed packages from ${why} (${env.from}, found by ${env.how === 'layout' ? 'its folders' : 'running the interpreter'}): ${env.roots.join(', ')}`);
  return JSON.stringify(current?.roots ?? []) !== before;
}

/**
 * Resolves the environment once synchronously-known sources answer (the setting, a workspace .venv), then asks
 * the Python extension and follows its changes and the setting's; `changed` runs when the folders change.
 */
export function watchPythonEnvironment(log: vscode.LogOutputChannel, changed: () => void): vscode.Disposable {
  const subs: vscode.Disposable[] = [];
  let api: PythonEnvironmentsApi | undefined;
  const again = (): void => void resolve(log, api).then((c) => c && changed());
  void resolve(log, undefined).then(async (c) => {
    if (c) changed();
    api = await pythonApi();
    if (!api) return;
    const sub = api.onDidChangeActiveEnvironmentPath?.(() => again());
    if (sub) subs.push(sub);
    again();
  });
  subs.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('tfScope.pythonPath')) again();
  }));
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}
