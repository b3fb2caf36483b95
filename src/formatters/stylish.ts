import { newTotals } from '../core/baseline.js';
import { plural, totalsOf, type FileReport } from './report.js';

export interface Colours {
  readonly enabled: boolean;
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** ESLint-style report: grouped by file, `line:col  severity  message  rule-id`, then a summary. */
export function formatStylish(files: readonly FileReport[], colours: Colours = { enabled: false }): string {
  const on = colours.enabled;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let newErrors = 0;
  let newWarnings = 0;
  let filesWithProblems = 0;
  const baselined = files.some((f) => f.baselined);
  for (const file of files) {
    if (file.error !== undefined) {
      out.push(paint(on, '4', file.path), `  ${paint(on, '31', 'error')}  ${file.error}`, '');
      filesWithProblems++;
      continue;
    }
    if (file.findings.length === 0) continue;
    filesWithProblems++;
    const totals = totalsOf(file.findings);
    errors += totals.errors;
    warnings += totals.warnings;
    const fresh = newTotals(file.findings);
    newErrors += fresh.newErrors;
    newWarnings += fresh.newWarnings;
    const rows = file.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.ruleId]);
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    out.push(paint(on, '4', file.path));
    rows.forEach(([position, severity, message, ruleId], i) => {
      const coloured = paint(on, severity === 'error' ? '31' : '33', severity.padEnd(widths[1]));
      // With a base version, a finding the base did not have is marked `new`.
      const mark = baselined ? `${file.findings[i].baselineState === 'new' ? paint(on, '36', 'new') : '   '}  ` : '';
      out.push(
        `  ${paint(on, '2', position.padEnd(widths[0]))}  ${coloured}  ${mark}${message}  ${paint(on, '2', ruleId)}`,
      );
    });
    out.push('');
  }
  const unreadable = files.filter((f) => f.error !== undefined).length;
  const problems = errors + warnings;
  if (problems === 0 && unreadable === 0) {
    out.push(paint(on, '32', `✔ ${plural(files.length, 'plan')} checked, no problems`));
  } else {
    const parts = [`${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`];
    if (baselined)
      parts.push(`${newErrors + newWarnings} new (${plural(newErrors, 'error')}, ${plural(newWarnings, 'warning')})`);
    if (unreadable) parts.push(`${plural(unreadable, 'file')} not validated`);
    const summary = `✖ ${parts.join(', ')} in ${filesWithProblems} of ${plural(files.length, 'plan')}`;
    out.push(paint(on, errors || unreadable ? '31' : '33', summary));
  }
  return out.join('\n') + '\n';
}
