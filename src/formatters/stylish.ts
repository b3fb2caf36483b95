import { countsOfAll, totalsOf, totalsOfAll, type PlanResult } from '../core/result.js';
import { paint, plural } from './text.js';

export interface Colours {
  readonly enabled: boolean;
}

/** ESLint-style report: grouped by file, `line:col  severity  message  rule-id`, then a summary. */
export function formatStylish(results: readonly PlanResult[], colours: Colours = { enabled: false }): string {
  const on = colours.enabled;
  const out: string[] = [];
  const baselined = results.some((r) => r.baselined);
  for (const result of results) {
    if (result.error !== undefined) {
      out.push(paint(on, '4', result.path), `  ${paint(on, '31', 'error')}  ${result.error}`, '');
      continue;
    }
    if (result.findings.length === 0) continue;
    const rows = result.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.ruleId]);
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    out.push(paint(on, '4', result.path));
    rows.forEach(([position, severity, message, ruleId], i) => {
      const coloured = paint(on, severity === 'error' ? '31' : '33', severity.padEnd(widths[1]));
      // With a base version, a finding the base did not have is marked `new`.
      const mark = baselined ? `${result.findings[i].baselineState === 'new' ? paint(on, '36', 'new') : '   '}  ` : '';
      out.push(
        `  ${paint(on, '2', position.padEnd(widths[0]))}  ${coloured}  ${mark}${message}  ${paint(on, '2', ruleId)}`,
      );
    });
    out.push('');
  }
  const { errors, warnings } = totalsOfAll(results);
  const withProblems = results.filter((r) => {
    const t = totalsOf(r);
    return t.errors + t.warnings > 0;
  }).length;
  const unvalidated = results.filter((r) => r.error !== undefined).length;
  if (errors + warnings === 0) {
    out.push(paint(on, '32', `✔ ${plural(results.length, 'plan')} checked, no problems`));
  } else {
    let counts = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    if (baselined) {
      const { newErrors, newWarnings } = countsOfAll(results);
      counts += `, ${newErrors + newWarnings} new (${plural(newErrors, 'error')}, ${plural(newWarnings, 'warning')})`;
    }
    const notValidated = unvalidated ? `, ${unvalidated} of them could not be validated` : '';
    const summary = `✖ ${counts} in ${withProblems} of ${plural(results.length, 'plan')}${notValidated}`;
    out.push(paint(on, errors ? '31' : '33', summary));
  }
  return out.join('\n') + '\n';
}
