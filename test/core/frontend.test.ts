// The scaffolding both front ends share (src/core/frontend/): the scope tree, the library view's exploration
// driver and its budgets, the input checks and the internal-error guard; and the narrow interface the Python
// evaluator offers the TF library (EvalHost).

import * as assert from 'assert';
import { EXPLORE_FILE_STEPS, EXPLORE_MAX, EXPLORE_STEPS } from '../../src/core/frontend/budgets';
import { emptyResult, guarded, looksBinary, screenInput, type InputRules } from '../../src/core/frontend/input';
import { exploreLibrary } from '../../src/core/frontend/library';
import { buildScopeTree, type EnteredScope } from '../../src/core/frontend/scopeTree';
import type { SourceLocation, VariableInfo } from '../../src/core/model';
import type { SyntaxNode } from '../../src/core/python/ast';
import { Interpreter, noArgs, type EvalHost, type LibraryHooks, type ModuleLoader } from '../../src/core/python/interp';
import { int } from '../../src/core/python/values';

const at = (line: number): SourceLocation => ({ file: '/ws/m.py', line, column: 1, endLine: line, endColumn: 2 });

function variable(name: string, shape: number[], line: number, api = 'get_variable'): VariableInfo {
  return {
    name, shape, dtype: 'float32', initializer: { kind: 'zeros' }, trainable: true, location: at(line),
    scope: name.slice(0, name.lastIndexOf('/')), api, collections: [], order: line,
  } as VariableInfo;
}

describe('frontend: scope tree', () => {
  it('makes every prefix holding variables a scope, with counts, parents and layer kinds', () => {
    const scopes = buildScopeTree([variable('a/b/w', [2, 3], 3), variable('a/v', [4], 2), variable('d/kernel', [5], 7, 'layer')]);
    assert.deepStrictEqual(scopes.map((s) => [s.name, s.parent, s.kind, s.variableCount, s.paramCount, s.bytes, s.location.line]), [
      ['a', null, 'name_scope', 2, 10, 40, 3],
      ['a/b', 'a', 'name_scope', 1, 6, 24, 3],
      ['d', null, 'layer', 1, 5, 20, 7],
    ]);
  });

  it('keeps entered variable scopes even when empty, drops empty entered name scopes, records entries', () => {
    const entered = new Map<string, EnteredScope>([
      ['vs', { name: 'vs', kind: 'variable_scope', location: at(1), entries: [at(1), at(9)] }],
      ['ns', { name: 'ns', kind: 'name_scope', location: at(2), entries: [at(2)] }],
      ['vs/inner', { name: 'vs/inner', kind: 'variable_scope', location: at(3), entries: [at(3)] }],
    ]);
    const scopes = buildScopeTree([], entered);
    assert.deepStrictEqual(scopes.map((s) => [s.name, s.parent, s.entries?.length]), [['vs', null, 2], ['vs/inner', 'vs', 1]]);
  });
});

describe('frontend: library view driver', () => {
  const candidates = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `f${i}`, kind: 'function' as const }));

  it('stops at EXPLORE_MAX entries; candidates that cannot run or create nothing do not count', () => {
    const seen: string[] = [];
    const entries = exploreLibrary(candidates(100), (c) => {
      seen.push(c.name);
      const i = Number(c.name.slice(1));
      if (i % 5 === 1) return null;
      return { steps: 1, variables: i % 5 === 2 ? [] : [variable(`${c.name}/w`, [1], i + 1)], location: at(i + 1) };
    });
    assert.strictEqual(entries.length, EXPLORE_MAX);
    assert.ok(seen.length > EXPLORE_MAX && seen.length < 100, 'skipped candidates make room for later ones, then it stops');
    assert.deepStrictEqual(entries[0]!.scopes.map((s) => s.name), ['f0']);
    assert.deepStrictEqual(Object.keys(entries[0]!), ['name', 'kind', 'location', 'variables', 'scopes']);
  });

  it('gives each run at most EXPLORE_STEPS and no more than the file has left, then stops', () => {
    const budgets: number[] = [];
    exploreLibrary(candidates(20), (_c, maxSteps) => {
      budgets.push(maxSteps);
      return { steps: Math.min(maxSteps, 70_000), variables: [], location: at(1) };
    });
    const full = Math.floor(EXPLORE_FILE_STEPS / EXPLORE_STEPS);
    assert.deepStrictEqual(budgets, [...Array(full).fill(EXPLORE_STEPS), ...(EXPLORE_FILE_STEPS % EXPLORE_STEPS ? [EXPLORE_FILE_STEPS % EXPLORE_STEPS] : [])]);
  });
});

describe('frontend: input checks and the internal-error guard', () => {
  const rules: InputRules = { unreadable: 'U', tooLarge: (s, m) => `L ${s}>${m}`, binary: 'B', isBinary: looksBinary };

  it('reports unreadable, too large and binary text in that order, else nothing', () => {
    assert.strictEqual(screenInput('/f', undefined, 10, rules)?.code, 'unreadable');
    assert.deepStrictEqual(screenInput('/f', 'x'.repeat(11), 10, rules), { file: '/f', line: 1, column: 1, severity: 'warning', code: 'file-too-large', message: 'L 11>10' });
    assert.strictEqual(screenInput('/f', 'a\u0000b', 10, rules)?.code, 'binary-file');
    assert.strictEqual(screenInput('/f', 'import tf', 10, rules), null);
  });

  it('turns an exception into an internal-error diagnostic on the entry', () => {
    const r = guarded(emptyResult('/e.py', 'python'), () => { throw new Error('boom'); }, (why) => `failed: ${why}`);
    assert.deepStrictEqual(r.diagnostics, [{ file: '/e.py', line: 1, column: 1, severity: 'error', code: 'internal-error', message: 'failed: boom' }]);
  });
});

describe('python evaluator: EvalHost, what the TF library may use', () => {
  it('is implemented by the Interpreter and calls Python values back', () => {
    const hooks: LibraryHooks = { importLibrary: () => undefined, getattr: () => undefined, call: () => undefined };
    const loader: ModuleLoader = { load: () => undefined };
    const host: EvalHost = new Interpreter(hooks, loader, 1000);
    const site = { node: null as unknown as SyntaxNode, file: '/ws/m.py' };
    const r = host.call({ t: 'builtin', name: 'len' }, { ...noArgs(), pos: [{ t: 'list', items: [int(1), int(2)] }], posNodes: [null] }, site);
    assert.deepStrictEqual(r, int(2));
    assert.strictEqual(host.caught('ValueError'), false);
    assert.deepStrictEqual([host.guessDepth, host.risks, host.withBlock, host.diagnostics.length], [0, 0, null, 0]);
  });
});
