import type { PlanResult } from '../core/result.js';

/** Escapes workflow-command data so that plan text can never end the command or start another. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command line: `::error file=a.md,line=3::message`, every part escaped. */
export function workflowCommand(
  command: 'error' | 'warning',
  properties: Readonly<Record<string, string | number>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command} ${props}::${escapeData(message)}`;
}

/** One GitHub workflow-command annotation per finding (`::error file=…,line=…::message`). */
export function formatGithub(results: readonly PlanResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.error !== undefined) {
      lines.push(workflowCommand('error', { file: result.path, title: 'execplan' }, result.error));
      continue;
    }
    for (const f of result.findings) {
      const at = {
        file: result.path,
        line: f.line,
        col: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        title: f.ruleId,
      };
      lines.push(workflowCommand(f.severity, at, `${f.message} ${f.url}`));
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
