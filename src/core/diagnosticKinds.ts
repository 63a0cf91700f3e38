// The three kinds of message a Diagnostic is, for every consumer: what TensorFlow would raise ('tf-error'),
// what the program does that its author should know ('program'), and what the analyzer itself could not
// follow ('analysis': an unknown import, loop count or condition; it says nothing wrong about the program).

import type { Diagnostic } from './model';

export type DiagnosticKind = 'tf-error' | 'program' | 'analysis';

/** Codes of the analyzer's own limits (Python and TF.js front ends). */
export const ANALYSIS_LIMIT_CODES: ReadonlySet<string> = new Set([
  'unresolved-import', 'unknown-iterable', 'unknown-condition', 'loop-truncated', 'loop-limit', 'too-deep',
  'recursion-limit', 'analysis-budget', 'budget-exceeded', 'unknown-scope-name', 'unknown-name', 'partial-name',
  'environment-assumed', 'checkpoint-unknown', 'checkpoint-not-found', 'checkpoint-unreadable', 'checkpoint-object-based', 'unknown-partitioner', 'missing-value',
  'installed-package-unparsed', 'unknown-option',
]);

export function diagnosticKind(d: Pick<Diagnostic, 'code' | 'raises' | 'severity'>): DiagnosticKind {
  if (d.raises) return 'tf-error';
  return ANALYSIS_LIMIT_CODES.has(d.code) ? 'analysis' : 'program';
}

/** True for a message about the analyzer's limits rather than the program. */
export function isAnalysisLimit(d: Pick<Diagnostic, 'code' | 'raises' | 'severity'>): boolean {
  return diagnosticKind(d) === 'analysis';
}
