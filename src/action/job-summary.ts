import { plural } from '../formatters/text.js';
import { escapeText } from './markdown.js';
import type { RunResult } from './run-result.js';

/** The job summary: the comment's report, then every finding. Capped near GitHub's 1 MiB. */
export function renderJobSummary(
  report: RunResult,
  comment: string,
  notices: readonly string[],
  limit = 900_000,
  checkRunUrl?: string,
): string {
  const out: string[] = [comment.replace(/^<!-- execplan:progress[^\n]*-->/, '').trim(), ''];
  // GitHub sometimes files an action's check run under another workflow run: a direct link finds it.
  if (checkRunUrl)
    out.push(`🔗 [Open this run's check run](${checkRunUrl}) (every finding as an annotation on its line).`, '');
  for (const notice of notices) out.push(`> ${escapeText(notice, 1000)}`, '');
  let size = out.join('\n').length;
  let omitted = 0;
  for (const plan of report.plans) {
    if (plan.error === undefined && plan.findings.length === 0) continue;
    // Trimmed per plan: one plan with a huge list of findings no longer empties the summary.
    const lines = [`#### <code>${escapeText(plan.path)}</code>`, ''];
    if (plan.error !== undefined) lines.push(`- ❌ ${escapeText(plan.error, 1000)}`);
    let planSize = lines.join('\n').length;
    if (size + planSize > limit) {
      omitted += plan.findings.length;
      continue;
    }
    let shown = 0;
    for (const f of plan.findings) {
      const line = `- ${f.severity === 'error' ? '❌' : '⚠️'} line ${f.line}: ${escapeText(f.message, 1000)} ([${f.ruleId}](${f.url}))`;
      if (size + planSize + line.length + 200 > limit) break;
      lines.push(line);
      planSize += line.length + 1;
      shown++;
    }
    if (shown < plan.findings.length) {
      lines.push(
        `- … ${plural(plan.findings.length - shown, 'more finding')} of this plan not shown here (the job summary's limit is 1 MiB).`,
      );
      omitted += plan.findings.length - shown;
    }
    lines.push('');
    const text = lines.join('\n');
    out.push(text);
    size += text.length;
  }
  if (omitted)
    out.push(
      `${plural(omitted, 'more finding')} did not fit in the job summary; every finding is in the log above and in the JSON report (the \`report\` output).`,
    );
  return out.join('\n') + '\n';
}
