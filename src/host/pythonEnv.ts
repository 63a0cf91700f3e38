// The user's Python environment as folders of installed packages (AnalyzeOptions.packageRoots), for the CLI's
// `--python PATH` and the extension's selected interpreter: read from the environment's layout (pyvenv.cfg,
// lib/python3.X/site-packages, Lib/site-packages) without running its code; only an interpreter whose layout
// says nothing is asked for its sys.path (a fallback, bounded by a timeout). Also finds a workspace .venv/venv.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface PythonEnv {
  /** site-packages folders, '/'-separated absolute paths, in Python's search order. */
  roots: string[];
  /** How they were found: 'layout' (the environment's folders, nothing run) or 'interpreter' (its sys.path). */
  how: 'layout' | 'interpreter';
  /** The environment's root folder (or the interpreter) they came from. */
  from: string;
}

const slash = (p: string): string => p.split(path.sep).join('/');

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function readText(p: string): string | undefined {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}

/** The site-packages folders an environment root holds: lib/python3.X/site-packages (Unix), Lib/site-packages (Windows). */
function layoutRoots(envRoot: string): string[] {
  const out: string[] = [];
  for (const lib of ['lib', 'lib64']) {
    let entries: string[] = [];
    try {
      entries = fs.readdirSync(path.join(envRoot, lib)).filter((d) => /^python3(\.\d+)?t?$/.test(d)).sort().reverse();
    } catch {
      continue;
    }
    for (const d of entries) {
      const sp = path.join(envRoot, lib, d, 'site-packages');
      if (isDir(sp) && !out.includes(sp)) out.push(sp);
    }
  }
  const win = path.join(envRoot, 'Lib', 'site-packages');
  if (isDir(win) && !out.includes(win)) out.push(win);
  return out;
}

/** The folder an interpreter path belongs to: `<env>/bin/python` or `<env>/Scripts/python.exe` → `<env>`; a folder is itself. */
function envRootOf(python: string): string {
  if (isDir(python)) return python;
  const dir = path.dirname(python);
  const base = path.basename(dir).toLowerCase();
  return base === 'bin' || base === 'scripts' ? path.dirname(dir) : dir;
}

/** The interpreter's own sys.path entries that hold packages (runs `python -c`, only when the layout is unknown). */
function interpreterRoots(python: string): string[] {
  try {
    const out = execFileSync(python, ['-c', 'import sys, json; print(json.dumps(sys.path))'], { timeout: 10_000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const paths = JSON.parse(out.trim().split('\n').pop() ?? '[]') as unknown;
    if (!Array.isArray(paths)) return [];
    return paths.filter((p): p is string => typeof p === 'string' && /[\\/](site|dist)-packages$/.test(p) && isDir(p));
  } catch {
    return [];
  }
}

/**
 * The installed-package folders of the environment `python` (an interpreter path or an environment folder).
 * The layout is read first (pyvenv.cfg's `include-system-site-packages` adds the base interpreter's); the
 * interpreter is run only when the layout has no site-packages (a system or unusual installation).
 */
export function pythonEnvironment(python: string): PythonEnv | undefined {
  const abs = path.resolve(python);
  const root = envRootOf(abs);
  const roots = layoutRoots(root);
  if (roots.length) {
    const cfg = readText(path.join(root, 'pyvenv.cfg'));
    const home = cfg && /^\s*home\s*=\s*(.+?)\s*$/m.exec(cfg)?.[1];
    if (home && /^\s*include-system-site-packages\s*=\s*true\s*$/im.test(cfg)) roots.push(...layoutRoots(envRootOf(path.join(home, 'python'))));
    return { roots: roots.map(slash), how: 'layout', from: slash(root) };
  }
  if (isDir(abs)) return undefined;
  const ran = interpreterRoots(abs);
  return ran.length ? { roots: ran.map(slash), how: 'interpreter', from: slash(abs) } : undefined;
}

/** A `.venv` or `venv` environment in `folder` or up to four of its parents (the workspace's own environment). */
export function workspaceEnvironment(folder: string): PythonEnv | undefined {
  let d = path.resolve(folder);
  for (let i = 0; i < 5; i++) {
    for (const name of ['.venv', 'venv']) {
      const env = path.join(d, name);
      if (fs.existsSync(path.join(env, 'pyvenv.cfg'))) {
        const found = pythonEnvironment(env);
        if (found) return found;
      }
    }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return undefined;
}
