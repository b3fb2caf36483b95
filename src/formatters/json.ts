import { countsOf, countsOfAll, totalsOf, totalsOfAll, type PlanResult } from '../core/result.js';

const newOf = (c: { newErrors: number; newWarnings: number }) => ({
  newErrors: c.newErrors,
  newWarnings: c.newWarnings,
});

/**
 * The contract's `validate --format json` shape. A plan that could not be validated carries
 * `error` and counts as one error, as everywhere else.
 */
export function toJsonReport(results: readonly PlanResult[]) {
  // With a base version: each finding's `baselineState`, and the new errors and warnings.
  const baselined = results.some((r) => r.baselined);
  return {
    ...totalsOfAll(results),
    ...(baselined ? newOf(countsOfAll(results)) : {}),
    files: results.map((result) => ({
      path: result.path,
      ...totalsOf(result),
      ...(result.baselined ? newOf(countsOf(result)) : {}),
      ...(result.error !== undefined ? { error: result.error } : {}),
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        url: f.url,
        ...(f.baselineState !== undefined ? { baselineState: f.baselineState, fingerprint: f.fingerprint } : {}),
        ...(f.fix ? { fix: f.fix } : {}),
      })),
    })),
  };
}

export function formatJson(results: readonly PlanResult[]): string {
  return JSON.stringify(toJsonReport(results), null, 2) + '\n';
}
