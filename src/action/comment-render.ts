import type { DeltaItem, PlanDelta } from '../core/delta.js';
import { totalsOf, type PlanResult, type ProgressDigest } from '../core/result.js';
import { describeChange, progressBar } from '../formatters/progress.js';
import { plural } from '../formatters/text.js';
import { BODY_LIMIT, escapeText } from './markdown.js';
import { removedList } from './autolinks.js';
import type { RunResult } from './run-result.js';
import { deltaOf } from './validate.js';

/** The body of the pull-request comment starts with this marker, so later runs find and edit it. */
export const COMMENT_MARKER = '<!-- execplan:progress -->';

function validationStatus(plan: PlanResult, checkUrl: string | undefined): string {
  const { errors, warnings } = totalsOf(plan);
  if (plan.error !== undefined) return `❌ could not be validated`;
  if (errors + warnings === 0) return '✅ valid';
  const text = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '']
    .filter(Boolean)
    .join(', ');
  const linked = checkUrl ? `[${text}](${checkUrl})` : text;
  return `${errors ? '❌' : '⚠️'} ${linked}`;
}

function planLabel(plan: PlanResult): string {
  const title = plan.title ? `**${escapeText(plan.title, 120)}**<br>` : '';
  const renamed = plan.previousPath ? ` <sub>(renamed from ${escapeText(plan.previousPath)})</sub>` : '';
  return `${title}<code>${escapeText(plan.path)}</code>${deltaOf(plan).new ? ' 🆕 new' : ''}${renamed}`;
}

function progressCell(delta: PlanDelta): string {
  const { head } = delta;
  if (head.total === 0) return 'no Progress items';
  return `<code>${progressBar(head.completed, head.total, 10)}</code> ${head.completed}/${head.total} (${head.percent}%)`;
}

function changeCell(delta: PlanDelta): string {
  if (delta.new) return `new plan, ${plural(delta.head.total, 'item')}`;
  return describeChange(delta);
}

function row(plan: PlanResult, checkUrl: string | undefined): string {
  return `| ${planLabel(plan)} | ${progressCell(deltaOf(plan))} | ${changeCell(deltaOf(plan))} | ${validationStatus(plan, checkUrl)} |`;
}

function itemLine(item: DeltaItem, mark: string): string {
  const when = item.timestamp ? ` <sub>${escapeText(item.timestamp, 40)}</sub>` : '';
  return `- ${mark} ${escapeText(item.text)}${when}`;
}

function milestoneCounts(progress: ProgressDigest | undefined): string {
  return (progress?.milestones ?? []).map((m) => `${escapeText(m.name, 60)} ${m.done}/${m.total}`).join(' · ');
}

function details(plan: PlanResult): string {
  const delta = deltaOf(plan);
  const { progress } = plan;
  const parts: string[] = [];
  const section = (title: string, items: readonly DeltaItem[], mark: string): void => {
    if (items.length) parts.push(`**${title}**`, '', ...items.map((i) => itemLine(i, mark)), '');
  };
  section('Completed in this pull request', delta.completed, '✅');
  section('Reopened', delta.reopened, '↩️');
  if (!delta.new) section('Added', delta.added, '➕');
  section('Removed', delta.removed, '➖');
  if (plan.note) parts.push(`_${escapeText(plan.note)}_`, '');
  const milestones = milestoneCounts(progress);
  if (milestones) parts.push(`**By milestone:** ${milestones}`, '');
  const next = progress?.next;
  if (next) {
    const remaining = next.status === 'partial' && next.remaining ? ` (remaining: ${escapeText(next.remaining)})` : '';
    parts.push(`**Next:** ${escapeText(next.text)}${remaining}`, '');
  } else if (progress && progress.total > 0) {
    parts.push('**Next:** nothing left, every item is done.', '');
  }
  if (!parts.length) return '';
  const label = plan.title ? escapeText(plan.title, 120) : escapeText(plan.path);
  return ['<details>', `<summary><b>${label}</b>: ${changeCell(delta)}</summary>`, '', ...parts, '</details>', ''].join(
    '\n',
  );
}

export interface CommentOptions {
  readonly checkUrl?: string;
  readonly limit?: number;
  /** Why there is no check run to link to, if there is none. */
  readonly checkNote?: string;
  /** Whether the comment replaces an earlier one (it then says that no plan is changed any more). */
  readonly previously?: boolean;
  /** The marker the body starts with (`commentMarker(check-name)`); `COMMENT_MARKER` by default. */
  readonly marker?: string;
}

/**
 * The pull-request comment. When the full text is too long it drops detail in stages (item
 * lists, then rows of plans) and says what it dropped; it never cuts the text.
 */
export function renderComment(report: RunResult, options: CommentOptions = {}): string {
  const limit = options.limit ?? BODY_LIMIT;
  const { plans } = report;
  if (plans.length === 0) {
    const list = removedList(report.removed, limit - 400, (p) => escapeText(p));
    const says = report.removed.length
      ? `only removes plans: ${list}`
      : options.previously
        ? 'no longer changes any plan'
        : 'changes no plan';
    return `${options.marker ?? COMMENT_MARKER}\n### ExecPlan progress\n\nThis pull request ${says}.\n\n<sub>Updated for ${report.headSha.slice(0, 7)} by execplan.</sub>\n`;
  }
  const full = build(report, options, plans.length, true);
  if (full.length <= limit) return full;
  const withoutDetails = build(report, options, plans.length, false);
  if (withoutDetails.length <= limit) return withoutDetails;
  // The most rows that fit, by bisection (fewer rows are always shorter).
  let low = 0;
  let high = plans.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (build(report, options, mid, false).length <= limit) low = mid;
    else high = mid;
  }
  return build(report, options, low, false);
}

function build(report: RunResult, options: CommentOptions, rows: number, withDetails: boolean): string {
  const { plans } = report;
  const invalid = plans.filter((p) => totalsOf(p).errors > 0).length;
  const done = plans.reduce((n, p) => n + deltaOf(p).completed.length, 0);
  const out: string[] = [options.marker ?? COMMENT_MARKER, '### ExecPlan progress', ''];
  const headline = [
    plural(plans.length, 'plan') + ' changed',
    done ? `${plural(done, 'item')} completed` : '',
    invalid ? `${invalid} with errors` : 'all valid',
  ].filter(Boolean);
  const check = options.checkUrl ? ` · [check run](${options.checkUrl})` : '';
  out.push(`${headline.join(' · ')}${check}`, '');
  if (options.checkNote) out.push(`> ${escapeText(options.checkNote, 500)}`, '');
  if (rows > 0) {
    out.push('| Plan | Progress | Since base | Validation |', '| :-- | :-- | :-- | :-- |');
    for (const plan of plans.slice(0, rows)) out.push(row(plan, options.checkUrl));
    out.push('');
  }
  const dropped: string[] = [];
  if (rows < plans.length)
    dropped.push(`${plural(plans.length - rows, 'more plan')} (listed in the check run and the job summary)`);
  if (withDetails) {
    for (const plan of plans.slice(0, rows)) {
      const d = details(plan);
      if (d) out.push(d);
    }
  } else {
    dropped.push('the lists of completed, added and removed items');
  }
  if (report.removed.length)
    out.push(
      `Removed in this pull request: ${removedList(report.removed, Math.floor(BODY_LIMIT / 4), (p) => escapeText(p))}`,
      '',
    );
  if (dropped.length) out.push(`<sub>Left out to stay within GitHub's comment size: ${dropped.join('; ')}.</sub>`, '');
  out.push(`<sub>Updated for ${report.headSha.slice(0, 7)} by execplan.</sub>`, '');
  return out.join('\n');
}
