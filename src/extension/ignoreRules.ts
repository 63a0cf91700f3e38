// Pure: the rules of an ignore file (.gitignore, .ignore, .rgignore, .git/info/exclude, git's global excludes) as
// globs relative to the folder holding it, and ripgrep's precedence among them (VS Code's search is ripgrep), for
// the workspace folder filter (folderFilter.ts). Covers gitignore's forms: comments, blank lines, `!` re-inclusion,
// a trailing `/` (folders only), a leading or inner `/` (anchored), `**`, escaped `\#`/`\!`; the last rule wins.

export interface IgnoreRule {
  /** A glob relative to the ignore file's folder. */
  glob: string;
  /** `!pattern`: re-includes what an earlier rule excluded. */
  negate: boolean;
  /** `pattern/`: matches folders only. */
  dirOnly: boolean;
}

export function parseIgnoreFile(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = line.slice(0, -1);
    }
    if (line === '') continue;
    // a slash at the start or in the middle anchors the pattern to this folder; otherwise it matches at any depth
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ glob: anchored || line.startsWith('**') ? line : `**/${line}`, negate, dirOnly });
  }
  return rules;
}

/** Whether the rules exclude a path: the last rule that matches decides (`matches(glob)` tests the path). */
export function ignoredBy(rules: readonly IgnoreRule[], isDir: boolean, matches: (glob: string) => boolean): boolean | undefined {
  let verdict: boolean | undefined;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    if (matches(r.glob)) verdict = !r.negate;
  }
  return verdict;
}

/** The kinds of ignore file, in ripgrep's precedence: a match in an earlier kind decides over any later kind. */
export const IGNORE_KINDS = ['rgignore', 'ignore', 'gitignore', 'exclude'] as const;
export type IgnoreKind = (typeof IGNORE_KINDS)[number];

/** The ignore files a folder may hold, by kind (`exclude` is the repository's `.git/info/exclude`). */
export const IGNORE_FILES: readonly [string, IgnoreKind][] = [['.rgignore', 'rgignore'], ['.ignore', 'ignore'], ['.gitignore', 'gitignore'], ['.git/info/exclude', 'exclude']];

export interface IgnoreSet { base: string; kind: IgnoreKind; rules: IgnoreRule[] }
/** One folder's ignore files, and whether it is a git repository's root (git's rules stop there). */
export interface IgnoreDir { sets: IgnoreSet[]; hasGit: boolean }

/**
 * Whether the ignore files exclude a path, as ripgrep decides (the `ignore` crate's `matched_ignore`): for each kind,
 * the innermost folder whose file matches decides; `.rgignore` then `.ignore` then `.gitignore` then the
 * repository's `exclude` then git's global excludes; `.gitignore`/`exclude` files above a repository's root do not
 * apply inside it. `dirs`: the path's folders, outermost first; `matches(base, glob)` tests the path.
 */
export function ignoredIn(dirs: readonly IgnoreDir[], global: IgnoreSet | undefined, isDir: boolean, matches: (base: string, glob: string) => boolean): boolean {
  const found = new Map<IgnoreKind, boolean>();
  let sawGit = false;
  for (let i = dirs.length - 1; i >= 0; i--) {
    const d = dirs[i]!;
    for (const s of d.sets) {
      if (found.has(s.kind) || (sawGit && (s.kind === 'gitignore' || s.kind === 'exclude'))) continue;
      const v = ignoredBy(s.rules, isDir, (g) => matches(s.base, g));
      if (v !== undefined) found.set(s.kind, v);
    }
    sawGit ||= d.hasGit;
  }
  for (const k of IGNORE_KINDS) {
    const v = found.get(k);
    if (v !== undefined) return v;
  }
  return (global && ignoredBy(global.rules, isDir, (g) => matches(global.base, g))) ?? false;
}

/**
 * Where git's global excludes file is, as ripgrep finds it: `core.excludesFile` in `~/.gitconfig` (which wins), else
 * in `$XDG_CONFIG_HOME/git/config`, else `$XDG_CONFIG_HOME/git/ignore` (`~/.config` when XDG_CONFIG_HOME is unset).
 */
export function globalExcludesPath(home: string, xdgConfigHome: string | undefined, read: (file: string) => string | undefined): string {
  const xdg = xdgConfigHome || `${home}/.config`;
  for (const config of [`${home}/.gitconfig`, `${xdg}/git/config`]) {
    const m = /^\s*excludesfile\s*=\s*"?\s*(\S+?)\s*"?\s*$/im.exec(read(config) ?? '');
    if (m) return m[1]!.startsWith('~/') ? `${home}${m[1]!.slice(1)}` : m[1]!;
  }
  return `${xdg}/git/ignore`;
}
