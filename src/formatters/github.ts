import type { FileReport } from './report.js';

/** Escapes workflow-command data so that plan text can never end the command or start another. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub workflow-command annotation per finding (`::error file=…,line=…::message`). */
export function formatGithub(files: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const file of files) {
    if (file.error !== undefined) {
      lines.push(`::error file=${escapeProperty(file.path)},title=execplan::${escapeData(file.error)}`);
      continue;
    }
    for (const f of file.findings) {
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(`${f.message} ${f.url}`)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
