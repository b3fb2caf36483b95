import { countsOfAll, progressTotalsOfAll, type PlanResult } from '../core/result.js';
import { plural } from '../formatters/text.js';
import { planDetails } from './comment-details.js';
import { planRow } from './comment-row.js';
import { renderInline, renderPlain } from './comment-text.js';
import { BODY_LIMIT, escapeText } from './markdown.js';
import { removedList } from './autolinks.js';
import type { RunResult } from './run-result.js';
import type { StalePlans } from './stale-plans.js';

/** The body of the pull-request comment starts with this marker, so later runs find and edit it. */
export const COMMENT_MARKER = '<!-- execplan:progress -->';

export interface CommentOptions {
  readonly checkUrl?: string;
  readonly limit?: number;
  /** Why there is no check run to link to, if there is none. */
  readonly checkNote?: string;
  /** Whether the comment replaces an earlier one (it then says that no plan is changed any more). */
  readonly previously?: boolean;
  /** A plan's line at the head commit, where a shortened item's full text is. */
  readonly fileUrl?: (path: string, line: number) => string;
  /** The marker the body starts with (`commentMarker(check-name)`); `COMMENT_MARKER` by default. */
  readonly marker?: string;
}

/** The stale plans: listed as "may need an update", with a word when the search was cut short. */
function staleSection(stale: StalePlans | undefined, options: CommentOptions): string[] {
  if (!stale || (!stale.plans.length && !stale.incomplete)) return [];
  const out: string[] = [];
  if (stale.plans.length) {
    out.push(
      `**May need an update** (${plural(stale.plans.length, 'plan')} this pull request does not change, whose Context names files it changes; never a failure):`,
      '',
    );
    for (const p of stale.plans) {
      const title = p.title ? ` ${renderInline(p.title, 'markdown', { max: 80 })}` : '';
      const files = p.changed.map((f) => `<code>${renderPlain(f, 'html')}</code>`).join(', ');
      const more = p.changedCount > p.changed.length ? ` and ${p.changedCount - p.changed.length} more` : '';
      const link = options.fileUrl
        ? `[<code>${renderPlain(p.path, 'html')}</code>](${options.fileUrl(p.path, 1).replace(/#L1$/, '')})`
        : `<code>${renderPlain(p.path, 'html')}</code>`;
      out.push(`- 📎 ${link}${title}: names ${files}${more}`);
    }
    out.push('');
  }
  if (stale.incomplete)
    out.push(
      `<sub>The search for plans that may need an update is incomplete: ${escapeText(stale.incomplete, 400)}.</sub>`,
      '',
    );
  return out;
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
    return [
      options.marker ?? COMMENT_MARKER,
      '### ExecPlan progress',
      '',
      `This pull request ${says}.`,
      '',
      ...staleSection(report.stale, options),
      `<sub>Updated for ${report.headSha.slice(0, 7)} by execplan.</sub>`,
      '',
    ].join('\n');
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

/**
 * The headline, one name per number: "completed in this pull request" (the deltas' completed
 * items) and "done at head" (the `completed` and `total` outputs), then the findings with the new
 * ones among them (`new-errors`, `new-warnings`), all from `countsOfAll` and `progressTotalsOfAll`.
 */
export function headline(plans: readonly PlanResult[]): string {
  const p = progressTotalsOfAll(plans);
  const c = countsOfAll(plans);
  const newPlans = plans.filter((r) => r.delta?.new).length;
  const parts = [
    `**${plural(plans.length, 'plan')} changed**${newPlans ? ` (${newPlans} new)` : ''}`,
    `**${p.completedInChange}** completed in this pull request`,
    `${p.doneAtHead}/${p.totalAtHead} done at head`,
  ];
  const baselined = plans.some((r) => r.baselined);
  const findings = (n: number, fresh: number, word: string): string =>
    `${plural(n, word)}${baselined ? ` (${fresh} new)` : ''}`;
  if (c.errors + c.warnings === 0) parts.push('✅ all valid');
  else
    parts.push(
      `${c.errors ? '❌' : '⚠️'} ${[c.errors ? findings(c.errors, c.newErrors, 'error') : '', c.warnings ? findings(c.warnings, c.newWarnings, 'warning') : ''].filter(Boolean).join(', ')}`,
    );
  return parts.join(' · ');
}

/** Removed plans listed by name in the comment; the rest are counted. */
const REMOVED_BY_NAME = 50;

function build(report: RunResult, options: CommentOptions, rows: number, withDetails: boolean): string {
  const { plans } = report;
  const out: string[] = [options.marker ?? COMMENT_MARKER, '### ExecPlan progress', ''];
  const check = options.checkUrl ? ` · [check run](${options.checkUrl})` : '';
  out.push(`${headline(plans)}${check}`, '');
  if (options.checkNote) out.push(`> ${escapeText(options.checkNote, 500)}`, '');
  const rowOptions = {
    ...(options.checkUrl ? { checkUrl: options.checkUrl } : {}),
    ...(report.staleAfterDays !== undefined ? { staleAfterDays: report.staleAfterDays } : {}),
  };
  if (rows > 0) {
    for (const plan of plans.slice(0, rows)) out.push(planRow(plan, rowOptions));
    // Removed plans have no row budget of their own: a few by name, the rest counted.
    for (const removed of report.removed.slice(0, REMOVED_BY_NAME))
      out.push(`- 🗑️ <code>${renderPlain(removed, 'html')}</code> removed in this pull request`);
    if (report.removed.length > REMOVED_BY_NAME)
      out.push(`- 🗑️ and ${plural(report.removed.length - REMOVED_BY_NAME, 'more plan')} removed in this pull request`);
    out.push('');
  }
  const dropped: string[] = [];
  if (rows < plans.length)
    dropped.push(`${plural(plans.length - rows, 'more plan')} (listed in the check run and the job summary)`);
  if (withDetails) {
    for (const plan of plans.slice(0, rows)) {
      const d = planDetails(plan, { ...rowOptions, ...(options.fileUrl ? { fileUrl: options.fileUrl } : {}) });
      if (d) out.push(d);
    }
  } else {
    dropped.push('the lists of completed, added and removed items');
  }
  if (rows === 0 && report.removed.length)
    out.push(
      `Removed in this pull request: ${removedList(report.removed, Math.floor(BODY_LIMIT / 4), (p) => escapeText(p))}`,
      '',
    );
  out.push(...staleSection(report.stale, options));
  if (dropped.length) out.push(`<sub>Left out to stay within GitHub's comment size: ${dropped.join('; ')}.</sub>`, '');
  out.push(`<sub>Updated for ${report.headSha.slice(0, 7)} by execplan.</sub>`, '');
  return out.join('\n');
}
