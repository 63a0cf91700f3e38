// `tfscope compare --sarif`: the comparison as a SARIF 2.1.0 log (OASIS static analysis results format, read by
// GitHub code scanning and editors). One result per mismatched or missing variable at the variable's line, per
// restore-call diagnostic of the analysis at the call's line, one per unused checkpoint entry (at the file).
// Rule ids are stable (`RULES`); pure apart from path arithmetic.

import * as path from 'path';
import type { CheckpointComparison } from '../core/checkpoint/compare';
import type { Diagnostic, ProgramResult, SourceLocation } from '../core/model';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

interface Rule { id: string; name: string; short: string; level: Level }

/** The comparison's own rules, in the order of the log's `rules` (restore-call diagnostics add `tfscope/<code>`). */
export const RULES: readonly Rule[] = [
  { id: 'tfscope/checkpoint-mismatched', name: 'CheckpointShapeOrDtypeMismatch', short: 'The checkpoint holds this variable with another shape or dtype: restoring it fails.', level: 'error' },
  { id: 'tfscope/checkpoint-missing', name: 'VariableMissingFromCheckpoint', short: 'The checkpoint does not hold this variable: a strict restore fails; otherwise it keeps its initializer.', level: 'warning' },
  { id: 'tfscope/checkpoint-unused', name: 'UnusedCheckpointEntry', short: 'No variable of the program takes this checkpoint entry.', level: 'note' },
  { id: 'tfscope/checkpoint-prefix', name: 'CheckpointScopePrefix', short: "The checkpoint's names differ from the program's by a scope prefix; an assignment map lines them up.", level: 'warning' },
];

/** Codes of the analysis's diagnostics about restore calls (core/checkpoint, python/lib/checkpoints.ts). */
export const isRestoreDiagnostic = (d: Pick<Diagnostic, 'code'>): boolean => d.code.startsWith('checkpoint-') || d.code === 'keras-load-weights';

const SEVERITY: Record<Diagnostic['severity'], Level> = { error: 'error', warning: 'warning', info: 'note' };

function uri(file: string, base: string): string {
  const rel = path.relative(base, file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(file)).split(path.sep).join('/');
}

function physical(l: SourceLocation | Diagnostic, base: string): Record<string, unknown> {
  const region: Record<string, number> = { startLine: l.line, startColumn: l.column };
  if (l.endLine !== undefined) region.endLine = l.endLine;
  if (l.endColumn !== undefined) region.endColumn = l.endColumn;
  return { physicalLocation: { artifactLocation: { uri: uri(l.file, base), uriBaseId: 'SRCROOT' }, region } };
}

/** The SARIF log of a comparison (`checkpoint`: the file unused entries point at; `base`: the folder URIs are relative to, SRCROOT). */
export function comparisonSarif(c: CheckpointComparison, program: ProgramResult, checkpoint: string, base: string): Record<string, unknown> {
  const rules: Rule[] = [...RULES];
  const ruleIndex = (id: string): number => rules.findIndex((r) => r.id === id);
  const results: Record<string, unknown>[] = [];
  const byName = new Map(program.variables.map((v) => [v.name, v]));
  const restoreCalls = (program.restores ?? []).map((r) => ({ at: physical(r.location, base), message: { text: `${r.api} (${path.basename(r.checkpoint)})` } }));
  for (const v of c.variables) {
    if (v.status === 'restored') continue;
    const info = byName.get(v.name);
    const id = v.status === 'mismatched' ? RULES[0]!.id : RULES[1]!.id;
    results.push({
      ruleId: id, ruleIndex: ruleIndex(id), level: v.status === 'mismatched' ? 'error' : 'warning',
      message: { text: `${v.name}: ${v.message}` },
      locations: info ? [physical(info.nameLocation ?? info.location, base)] : [],
      ...(restoreCalls.length ? { relatedLocations: restoreCalls.map((r, i) => ({ id: i, ...r.at, message: r.message })) } : {}),
      partialFingerprints: { 'tfscopeVariable/v1': `${v.name}:${v.status}` },
    });
  }
  for (const t of c.unused) {
    results.push({
      ruleId: RULES[2]!.id, ruleIndex: 2, level: 'note', message: { text: `${t.name} [${t.shape.join(',')}] ${t.dtype} is in the checkpoint; no variable takes it.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(checkpoint, base), uriBaseId: 'SRCROOT' } } }],
      partialFingerprints: { 'tfscopeEntry/v1': t.name },
    });
  }
  if (c.prefixFix) {
    const f = c.prefixFix;
    const first = c.variables.find((v) => v.status === 'missing');
    const info = first ? byName.get(first.name) : undefined;
    results.push({
      ruleId: RULES[3]!.id, ruleIndex: 3, level: 'warning',
      message: { text: `The checkpoint's names start with '${f.from}' where the program's start with '${f.to}' (${f.restores} variables): tf.compat.v1.train.init_from_checkpoint(ckpt, ${JSON.stringify(f.assignmentMap)})` },
      locations: restoreCalls.length ? [restoreCalls[0]!.at] : info ? [physical(info.location, base)] : [],
    });
  }
  for (const d of program.diagnostics.filter(isRestoreDiagnostic)) {
    const id = `tfscope/${d.code}`;
    if (ruleIndex(id) < 0) rules.push({ id, name: d.code, short: `The analysis's ${d.code} check at a restore call.`, level: SEVERITY[d.severity] });
    results.push({
      ruleId: id, ruleIndex: ruleIndex(id), level: d.raises ? 'error' : SEVERITY[d.severity],
      message: { text: d.raises ? `${d.raises.type}: ${d.raises.message}` : d.message }, locations: [physical(d, base)],
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'tfscope',
          rules: rules.map((r) => ({ id: r.id, name: r.name, shortDescription: { text: r.short }, defaultConfiguration: { level: r.level } })),
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: `${base.split(path.sep).join('/').replace(/\/?$/, '/')}`.replace(/^\/?/, 'file:///') } },
      artifacts: [{ location: { uri: uri(program.entry, base), uriBaseId: 'SRCROOT' } }, { location: { uri: uri(checkpoint, base), uriBaseId: 'SRCROOT' } }],
      results,
    }],
  };
}
