import type { PlanDelta } from '../core/delta.js';
import { countsOf, type PlanResult } from '../core/result.js';
import { ago, describeChange, progressBar } from '../formatters/progress.js';
import { plural } from '../formatters/text.js';
import { renderInline, renderPlain } from './comment-text.js';
import { deltaOf } from './validate.js';

/**
 * One plan's row in the comment: a list item of three short lines that reflow on a 380-pixel
 * phone instead of scrolling sideways as a table does.
 *
 *     - ❌ **Rename user_id** · `.plans/rename.md`
 *       `██████░░░░` 4/8 → 6/9 (50% → 67%) · +2 done, 1 reworded
 *       2 errors (1 new) · 3 warnings (0 new) · ⏸️ stalled: last completion 20 days ago
 *
 * Status first (the icon), then the numbers. Units that must not wrap apart (the bar and its
 * counts, `before → after`) are joined with no-break spaces.
 */
const NBSP = '\u00a0';
const DAY = 86_400_000;

export interface RowOptions {
  readonly checkUrl?: string;
  readonly staleAfterDays?: number;
}

export function statusIcon(plan: PlanResult): string {
  const { errors, warnings } = countsOf(plan);
  return errors ? '❌' : warnings ? '⚠️' : '✅';
}

/** `2 errors (1 new) · 3 warnings (0 new)`, `valid`, or why the plan could not be validated. */
export function findingsText(plan: PlanResult): string {
  if (plan.error !== undefined) return `could not be validated: ${renderInline(plan.error, 'markdown', { max: 200 })}`;
  const c = countsOf(plan);
  if (c.errors + c.warnings === 0) return 'valid';
  const part = (n: number, fresh: number, word: string): string =>
    n === 0 ? '' : `${plural(n, word)}${plan.baselined ? ` (${fresh} new)` : ''}`;
  return [part(c.errors, c.newErrors, 'error'), part(c.warnings, c.newWarnings, 'warning')].filter(Boolean).join(' · ');
}

/** `4/8 → 6/9 (50% → 67%)`, with no-break spaces so that it wraps as one unit. */
export function beforeAfter(delta: PlanDelta): string {
  const { base, head } = delta;
  if (delta.new) return `${head.completed}/${head.total} (${head.percent}%)`;
  const percents =
    base.percent === head.percent ? `${head.percent}%` : `${base.percent}%${NBSP}→${NBSP}${head.percent}%`;
  return `${base.completed}/${base.total}${NBSP}→${NBSP}${head.completed}/${head.total} (${percents})`;
}

/**
 * How long a plan with items left has gone without a completion, when that is longer than
 * `days`: the plan is stalled. Not when this change completes items.
 */
export function stalledFor(plan: PlanResult, days: number | undefined): number | undefined {
  const pace = plan.pace;
  if (days === undefined || !pace || pace.left === 0 || pace.sinceLastDoneMs === null) return undefined;
  // A change that completes items is itself the plan moving, whatever dates the items carry.
  if (deltaOf(plan).completed.length > 0) return undefined;
  return pace.sinceLastDoneMs > days * DAY ? pace.sinceLastDoneMs : undefined;
}

/** The hint for a plan whose checkbox items sit under a heading that is not recognised as Progress. */
export function unmappedHint(plan: PlanResult, context: 'markdown' | 'html' = 'markdown'): string | undefined {
  const u = plan.unmappedProgress;
  if (!u) return undefined;
  return `no Progress section recognised, but ${plural(u.items, 'checkbox item')} under “${renderPlain(u.heading, context)}”: headings in another language? map them with \`sections\``;
}

function progressLine(plan: PlanResult): string {
  const delta = deltaOf(plan);
  if (delta.head.total === 0 && delta.base.total === 0) {
    return unmappedHint(plan) ? `💡 ${unmappedHint(plan)}` : 'no Progress items';
  }
  const bar = `\`${progressBar(delta.head.completed, delta.head.total, 10)}\``;
  const change = delta.new ? `🆕 new plan, ${plural(delta.head.total, 'item')}` : describeChange(delta);
  return `${bar}${NBSP}${beforeAfter(delta)} · ${change}`;
}

export function planRow(plan: PlanResult, options: RowOptions = {}): string {
  const path = `<code>${renderPlain(plan.path, 'html')}</code>`;
  const renamed = plan.previousPath
    ? ` <sub>renamed from <code>${renderPlain(plan.previousPath, 'html')}</code></sub>`
    : '';
  const name = plan.title ? `**${renderInline(plan.title, 'markdown', { max: 120 })}** · ${path}` : `**${path}**`;
  const findings = findingsText(plan);
  const linked =
    options.checkUrl && findings !== 'valid' && plan.error === undefined
      ? `[${findings}](${options.checkUrl})`
      : findings;
  const stalled = stalledFor(plan, options.staleAfterDays);
  const status = [linked, stalled !== undefined ? `⏸️ stalled: last completion ${ago(stalled)}` : '']
    .filter(Boolean)
    .join(' · ');
  return [`- ${statusIcon(plan)} ${name}${renamed}<br>`, `  ${progressLine(plan)}<br>`, `  ${status}`].join('\n');
}
