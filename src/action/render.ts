import type { DeltaItem, PlanDelta } from '../core/delta.js';
import type { Pace } from '../core/pace.js';
import type { ItemStatus, ProgressSummary } from '../core/progress.js';
import type { Finding } from '../core/rule.js';
import { describeChange, progressBar } from '../formatters/progress.js';
import { plural, totalsOf } from '../formatters/report.js';
import type { Annotation } from './github.js';

/** The body of the pull-request comment starts with this marker, so later runs find and edit it. */
export const COMMENT_MARKER = '<!-- execplan:progress -->';
/** GitHub refuses comment and check-run bodies longer than this. */
export const BODY_LIMIT = 65_536;
export const ANNOTATIONS_PER_REQUEST = 50;

/** What the action learned about one changed plan. */
export interface PlanReport {
  readonly path: string;
  readonly previousPath?: string;
  readonly title: string | null;
  readonly findings: readonly Finding[];
  /** Set when the plan could not be read or is not text. */
  readonly error?: string;
  readonly delta: PlanDelta;
  readonly progress: ProgressDigest | undefined;
  /** The head version's pace (`progress --json`'s `pace`), for the report file. */
  readonly pace?: Pace;
  /** Something the reader should know about how the plan was compared, e.g. an unreadable base. */
  readonly note?: string;
}

/** What the comment shows of a plan's Progress: plain data, so that it can cross threads. */
export interface ProgressDigest {
  readonly total: number;
  readonly next: { readonly text: string; readonly status: ItemStatus; readonly remaining?: string } | null;
  /** Per milestone named by Progress items (`Milestone 2: …`), in order of first mention. */
  readonly milestones: readonly { readonly name: string; readonly done: number; readonly total: number }[];
}

export function digestProgress(summary: ProgressSummary): ProgressDigest {
  const counts = new Map<string, { done: number; total: number }>();
  for (const item of summary.items) {
    if (!item.milestone) continue;
    const c = counts.get(item.milestone) ?? { done: 0, total: 0 };
    c.total++;
    if (item.status === 'done') c.done++;
    counts.set(item.milestone, c);
  }
  const next = summary.next;
  return {
    total: summary.total,
    next: next
      ? { text: next.text, status: next.status, ...(next.remaining !== undefined ? { remaining: next.remaining } : {}) }
      : null,
    milestones: [...counts].map(([name, c]) => ({ name, ...c })),
  };
}

export interface RunReport {
  readonly plans: readonly PlanReport[];
  /** Plans the change deleted: not validated, only listed. */
  readonly removed: readonly string[];
  readonly headSha: string;
}

const MAX_ITEM_TEXT = 300;

/**
 * Plan text made safe for a comment: it renders as text, pings nobody, opens no HTML, breaks
 * no table and runs no Markdown. White space is folded to one line.
 */
export function escapeText(text: string, max = MAX_ITEM_TEXT): string {
  let s = text.replace(/\s+/g, ' ').trim();
  if (s.length > max) s = s.slice(0, max - 1).trimEnd() + '…';
  return s
    .replace(/&/g, '&amp;')
    .replace(/([\\`*_[\]~#!])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '@\u200b');
}

export function errorsAndWarnings(plan: PlanReport): { errors: number; warnings: number } {
  const totals = totalsOf(plan.findings);
  return plan.error !== undefined ? { errors: totals.errors + 1, warnings: totals.warnings } : totals;
}

function validationStatus(plan: PlanReport, checkUrl: string | undefined): string {
  const { errors, warnings } = errorsAndWarnings(plan);
  if (plan.error !== undefined) return `❌ could not be validated`;
  if (errors + warnings === 0) return '✅ valid';
  const text = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '']
    .filter(Boolean)
    .join(', ');
  const linked = checkUrl ? `[${text}](${checkUrl})` : text;
  return `${errors ? '❌' : '⚠️'} ${linked}`;
}

function planLabel(plan: PlanReport): string {
  const title = plan.title ? `**${escapeText(plan.title, 120)}**<br>` : '';
  const renamed = plan.previousPath ? ` <sub>(renamed from ${escapeText(plan.previousPath)})</sub>` : '';
  return `${title}<code>${escapeText(plan.path)}</code>${plan.delta.new ? ' 🆕 new' : ''}${renamed}`;
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

function row(plan: PlanReport, checkUrl: string | undefined): string {
  return `| ${planLabel(plan)} | ${progressCell(plan.delta)} | ${changeCell(plan.delta)} | ${validationStatus(plan, checkUrl)} |`;
}

function itemLine(item: DeltaItem, mark: string): string {
  const when = item.timestamp ? ` <sub>${escapeText(item.timestamp, 40)}</sub>` : '';
  return `- ${mark} ${escapeText(item.text)}${when}`;
}

function milestoneCounts(progress: ProgressDigest | undefined): string {
  return (progress?.milestones ?? []).map((m) => `${escapeText(m.name, 60)} ${m.done}/${m.total}`).join(' · ');
}

function details(plan: PlanReport): string {
  const { delta, progress } = plan;
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
}

/**
 * The pull-request comment. When the full text is too long it drops detail in stages (item
 * lists, then rows of plans) and says what it dropped; it never cuts the text.
 */
export function renderComment(report: RunReport, options: CommentOptions = {}): string {
  const limit = options.limit ?? BODY_LIMIT;
  const { plans } = report;
  if (plans.length === 0) {
    const list = report.removed.map((p) => `<code>${escapeText(p)}</code>`).join(', ');
    const says = report.removed.length
      ? `only removes plans: ${list}`
      : options.previously
        ? 'no longer changes any plan'
        : 'changes no plan';
    return `${COMMENT_MARKER}\n### ExecPlan progress\n\nThis pull request ${says}.\n\n<sub>Updated for ${report.headSha.slice(0, 7)} by execplan.</sub>\n`;
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

function build(report: RunReport, options: CommentOptions, rows: number, withDetails: boolean): string {
  const { plans } = report;
  const invalid = plans.filter((p) => errorsAndWarnings(p).errors > 0).length;
  const done = plans.reduce((n, p) => n + p.delta.completed.length, 0);
  const out: string[] = [COMMENT_MARKER, '### ExecPlan progress', ''];
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
      `Removed in this pull request: ${report.removed.map((p) => `<code>${escapeText(p)}</code>`).join(', ')}`,
      '',
    );
  if (dropped.length) out.push(`<sub>Left out to stay within GitHub's comment size: ${dropped.join('; ')}.</sub>`, '');
  out.push(`<sub>Updated for ${report.headSha.slice(0, 7)} by execplan.</sub>`, '');
  return out.join('\n');
}

export function totalsOfRun(report: RunReport): { errors: number; warnings: number } {
  return report.plans.reduce(
    (t, p) => {
      const c = errorsAndWarnings(p);
      return { errors: t.errors + c.errors, warnings: t.warnings + c.warnings };
    },
    { errors: 0, warnings: 0 },
  );
}

/** The check run's title: `3 errors, 5 warnings in 2 plans`, `No problems in 2 plans`, `No plan changed`. */
export function checkTitle(report: RunReport): string {
  if (report.plans.length === 0) return 'No plan changed';
  const { errors, warnings } = totalsOfRun(report);
  const where = `in ${plural(report.plans.length, 'plan')}`;
  if (errors + warnings === 0) return `No problems ${where}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} ${where}`;
}

/** The check run's summary: a table of the changed plans with errors, warnings and progress. */
export function checkSummary(report: RunReport, limit = BODY_LIMIT): string {
  if (report.plans.length === 0) return 'This change touches no plan, so there is nothing to validate.';
  const head = ['| Plan | Errors | Warnings | Progress |', '| :-- | --: | --: | :-- |'];
  const lines: string[] = [];
  for (const plan of report.plans) {
    const { errors, warnings } = errorsAndWarnings(plan);
    const progress = plan.delta.head.total
      ? `${plan.delta.head.completed}/${plan.delta.head.total} (${plan.delta.head.percent}%)`
      : '—';
    const extra = plan.error !== undefined ? ` (${escapeText(plan.error, 200)})` : plan.delta.new ? ' 🆕' : '';
    lines.push(`| <code>${escapeText(plan.path)}</code>${extra} | ${errors} | ${warnings} | ${progress} |`);
  }
  let shown = lines.length;
  const compose = (): string => {
    const more =
      shown < lines.length
        ? `\n\n${plural(lines.length - shown, 'more plan')} not listed here: see the annotations and the job summary.`
        : '';
    return (
      [...head, ...lines.slice(0, shown)].join('\n') +
      more +
      "\n\nEach finding is an annotation on its line; each links to its rule's documentation."
    );
  };
  let text = compose();
  while (text.length > limit && shown > 0) {
    shown = Math.floor(shown / 2);
    text = compose();
  }
  return text;
}

/** One check-run annotation per finding, and one for each plan that could not be read. */
export function toAnnotations(report: RunReport): Annotation[] {
  const annotations: Annotation[] = [];
  for (const plan of report.plans) {
    if (plan.error !== undefined) {
      annotations.push({
        path: plan.path,
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        title: 'execplan',
        message: plan.error,
      });
    }
    for (const f of plan.findings) {
      annotations.push({
        path: plan.path,
        start_line: f.line,
        end_line: Math.max(f.line, f.endLine),
        // GitHub accepts columns only on one-line annotations.
        ...(f.endLine === f.line ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {}),
        annotation_level: f.severity === 'error' ? 'failure' : 'warning',
        title: f.ruleId,
        message: `${f.message} ${f.url}`,
      });
    }
  }
  return annotations;
}

export function inBatches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** The job summary: the comment's report, then every finding. Capped near GitHub's 1 MiB. */
export function renderJobSummary(
  report: RunReport,
  comment: string,
  notices: readonly string[],
  limit = 900_000,
): string {
  const out: string[] = [comment.replace(COMMENT_MARKER, '').trim(), ''];
  for (const notice of notices) out.push(`> ${escapeText(notice, 1000)}`, '');
  let size = out.join('\n').length;
  let omitted = 0;
  for (const plan of report.plans) {
    if (plan.error === undefined && plan.findings.length === 0) continue;
    const lines = [`#### <code>${escapeText(plan.path)}</code>`, ''];
    if (plan.error !== undefined) lines.push(`- ❌ ${escapeText(plan.error, 1000)}`);
    for (const f of plan.findings) {
      lines.push(
        `- ${f.severity === 'error' ? '❌' : '⚠️'} line ${f.line}: ${escapeText(f.message, 1000)} ([${f.ruleId}](${f.url}))`,
      );
    }
    lines.push('');
    const text = lines.join('\n');
    if (size + text.length > limit) {
      omitted += plan.findings.length;
      continue;
    }
    out.push(text);
    size += text.length;
  }
  if (omitted)
    out.push(
      `${plural(omitted, 'more finding')} did not fit in the job summary; every finding is in the log above and in the check run.`,
    );
  return out.join('\n') + '\n';
}
