import type { DeltaItem, PlanDelta } from '../core/delta.js';
import type { Pace } from '../core/pace.js';
import type { ProgressSummary } from '../core/progress.js';
import { brief, describeChange, describePace, listEachOnce } from './progress.js';

/**
 * An item's text is Markdown already (it comes from the plan): kept as written, on one line, with
 * `<` escaped so that no HTML of the plan is rendered.
 */
const md = (text: string): string => text.replace(/\s+/g, ' ').replace(/</g, '&lt;');

/** `progress --format markdown`: for a pull-request description, an issue or a chat message. */
export function formatProgressMarkdown(path: string, summary: ProgressSummary, pace?: Pace): string {
  const out = [`### ${md(summary.title ?? '(untitled plan)')}`, '', `\`${path}\``, ''];
  if (summary.total === 0) {
    out.push('No Progress items: the plan has no checkbox items in a Progress section.');
    return out.join('\n') + '\n';
  }
  out.push(
    `**${summary.completed}/${summary.total} done (${summary.percent}%)**, ` +
      `${summary.partial} partial, ${summary.remaining} to do.`,
  );
  if (pace) out.push('', `Pace: ${md(describePace(pace))}`);
  out.push('');
  for (const i of summary.items) {
    const box = i.status === 'done' ? '[x]' : '[ ]';
    const when = i.timestamp ? `${i.timestamp} ` : '';
    const rest = i.status === 'partial' ? ` (remaining: ${md(i.remaining ?? '')})` : '';
    out.push(`- ${box} ${when}${md(i.text)}${rest} (line ${i.line})`);
  }
  if (summary.next) out.push('', `Next: ${md(summary.next.text)} (line ${summary.next.line})`);
  return out.join('\n') + '\n';
}

/** `delta --format markdown`: what moved, each item once, as the pull-request comment lists it. */
export function formatDeltaMarkdown(basePath: string, headPath: string, delta: PlanDelta): string {
  const { base, head } = delta;
  const out = [delta.new ? `### \`${headPath}\` (new plan)` : `### \`${basePath}\` → \`${headPath}\``, ''];
  out.push(
    `**${head.completed}/${head.total} done (${head.percent}%)**` +
      (delta.new ? '' : `, was ${base.completed}/${base.total} (${base.percent}%)`) +
      `: ${describeChange(delta)}`,
  );
  const once = listEachOnce(delta);
  const list = (title: string, items: readonly DeltaItem[]): void => {
    if (!items.length) return;
    out.push('', `**${title} (${items.length})**`, '');
    for (const i of items) out.push(`- ${i.timestamp ? `${i.timestamp} ` : ''}${md(i.text)} (line ${i.line})`);
  };
  list('Completed', once.completed);
  list('Reopened', once.reopened);
  if (once.reworded.length) {
    out.push('', `**Reworded (${once.reworded.length})**`, '');
    for (const i of once.reworded)
      out.push(`- ${md(brief(i.baseText))} → ${md(brief(i.text))} (line ${i.baseLine} → ${i.line})`);
  }
  list('Added', once.added);
  list('Removed', once.removed);
  return out.join('\n') + '\n';
}
