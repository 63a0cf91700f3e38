// The library view's driver, shared by both front ends: runs each candidate definition (a top-level function
// or class the program did not call) on its own, within EXPLORE_STEPS each, EXPLORE_FILE_STEPS for the file and
// EXPLORE_MAX entries, and turns the ones that create variables into LibraryEntry rows with their scope tree.

import type { LibraryEntry, SourceLocation, VariableInfo } from '../model';
import { EXPLORE_FILE_STEPS, EXPLORE_MAX, EXPLORE_STEPS } from './budgets';
import { buildScopeTree, type EnteredScope } from './scopeTree';

export interface ExploreCandidate {
  name: string;
  kind: LibraryEntry['kind'];
}

/** What exploring one candidate gave. */
export interface Explored {
  /** Evaluation steps it took (charged to the file's budget). */
  steps: number;
  variables: VariableInfo[];
  /** Where the entry points (the definition's name). */
  location: SourceLocation;
  /** The definition's first and last line (its body included). */
  lines?: { line: number; endLine: number };
  /** Scopes it entered explicitly (Python), for the entry's scope tree. */
  entered?: ReadonlyMap<string, EnteredScope>;
}

/**
 * Explores `candidates` in order with `explore(candidate, maxSteps)` (null: the candidate cannot be run and
 * costs nothing) until EXPLORE_MAX entries are found or the file's budget is spent. Each run may take at most
 * EXPLORE_STEPS, and no more than the file has left.
 */
export function exploreLibrary<C extends ExploreCandidate>(
  candidates: Iterable<C>,
  explore: (candidate: C, maxSteps: number) => Explored | null,
): LibraryEntry[] {
  const out: LibraryEntry[] = [];
  let spent = 0;
  for (const c of candidates) {
    if (out.length >= EXPLORE_MAX || spent >= EXPLORE_FILE_STEPS) break;
    const run = explore(c, Math.min(EXPLORE_STEPS, EXPLORE_FILE_STEPS - spent));
    if (!run) continue;
    spent += run.steps;
    if (run.variables.length === 0) continue;
    out.push({ name: c.name, kind: c.kind, location: run.location, ...(run.lines ? { lines: run.lines } : {}), variables: run.variables, scopes: buildScopeTree(run.variables, run.entered) });
  }
  return out;
}
