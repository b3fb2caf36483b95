import { totalsOf, type FileReport } from './report.js';

/** The contract's `validate --format json` shape; a file that could not be read carries `error`. */
export function toJsonReport(files: readonly FileReport[]) {
  const entries = files.map((file) => ({
    path: file.path,
    ...totalsOf(file.findings),
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
    })),
  }));
  return {
    errors: entries.reduce((n, f) => n + f.errors, 0),
    warnings: entries.reduce((n, f) => n + f.warnings, 0),
    files: entries,
  };
}

export function formatJson(files: readonly FileReport[]): string {
  return JSON.stringify(toJsonReport(files), null, 2) + '\n';
}
