// Pure: the rules of a .gitignore (or .ignore) file as globs relative to the folder holding it, for the workspace
// folder walk (workspaceFiles.ts), which honours them as VS Code's search does when `search.useIgnoreFiles` is on.
// Covers gitignore's forms: comments, blank lines, `!` re-inclusion, a trailing `/` (folders only), a `/` at the
// start or in the middle (anchored to the file's folder), `**`, escaped `\#`/`\!`; the last matching rule wins.

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
