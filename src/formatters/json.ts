import { newTotals } from '../core/baseline.js';
import { totalsOf, type FileReport } from './report.js';

/** The contract's `validate --format json` shape; a file that could not be read carries `error`. */
export function toJsonReport(files: readonly FileReport[]) {
  const entries = files.map((file) => ({
    path: file.path,
    ...totalsOf(file.findings),
    ...(file.baselined ? newTotals(file.findings) : {}),
    ...(file.error !== undefined ? { error: file.error } : {}),
    findings: file.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      message: f.message,
      url: f.url,
      ...(f.baselineState !== undefined ? { baselineState: f.baselineState, fingerprint: f.fingerprint } : {}),
    })),
  }));
  const sum = (count: (entry: (typeof entries)[number]) => number | undefined) =>
    entries.reduce((n, f) => n + (count(f) ?? 0), 0);
  return {
    errors: sum((f) => f.errors),
    warnings: sum((f) => f.warnings),
    ...(files.some((f) => f.baselined)
      ? {
          newErrors: sum((f) => ('newErrors' in f ? f.newErrors : undefined)),
          newWarnings: sum((f) => ('newWarnings' in f ? f.newWarnings : undefined)),
        }
      : {}),
    files: entries,
  };
}

export function formatJson(files: readonly FileReport[]): string {
  return JSON.stringify(toJsonReport(files), null, 2) + '\n';
}
