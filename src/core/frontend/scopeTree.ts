// The scope tree both front ends show: every '/'-prefix of a variable name that holds variables is a scope
// (a layer's when the variable is a layer weight), plus the scopes the program entered explicitly (Python's
// variable/name scopes, with every `with` block that entered them); counts, parameters and bytes per scope.

import { dtypeSize, elementCount, type ScopeInfo, type SourceLocation, type VariableInfo } from '../model';

/** A scope the program entered (`with tf.variable_scope('a'):`), keyed by its full name. */
export interface EnteredScope {
  name: string;
  kind: ScopeInfo['kind'];
  location: SourceLocation;
  entries: SourceLocation[];
}

/**
 * Scope tree from entered scopes and variable names. Entered name scopes are kept only when they hold
 * variables; variable scopes always show. Sorted by first line, then name; parents are the nearest kept prefix.
 */
export function buildScopeTree(variables: readonly VariableInfo[], entered: ReadonlyMap<string, EnteredScope> = new Map()): ScopeInfo[] {
  const byName = new Map<string, ScopeInfo>();
  const ensure = (name: string, kind: ScopeInfo['kind'], location: SourceLocation): ScopeInfo => {
    let s = byName.get(name);
    if (!s) {
      s = { name, parent: null, kind, location, variableCount: 0, paramCount: 0, bytes: 0 };
      byName.set(name, s);
    }
    return s;
  };
  for (const e of entered.values()) ensure(e.name, e.kind, e.location).entries = e.entries;
  for (const v of variables) {
    const parts = v.name.split('/');
    for (let i = 1; i < parts.length; i++) {
      // A layer's own scope stands where the layer was constructed (VariableInfo.layerLocation).
      const at = i === parts.length - 1 ? v.layerLocation ?? v.location : v.location;
      const s = ensure(parts.slice(0, i).join('/'), v.api === 'layer' ? 'layer' : 'name_scope', at);
      s.variableCount++;
      const n = elementCount(v.shape);
      if (n !== null) {
        s.paramCount += n;
        s.bytes += n * dtypeSize(v.dtype);
      }
    }
  }
  const out = [...byName.values()].filter((s) => s.kind !== 'name_scope' || s.variableCount > 0);
  const names = new Set(out.map((s) => s.name));
  for (const s of out) {
    const parts = s.name.split('/');
    for (let i = parts.length - 1; i > 0; i--) {
      const p = parts.slice(0, i).join('/');
      if (names.has(p)) {
        s.parent = p;
        break;
      }
    }
  }
  return out.sort((a, b) => (a.location.line - b.location.line) || a.name.localeCompare(b.name));
}
