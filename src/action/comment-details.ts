import type { DeltaItem } from '../core/delta.js';
import type { PlanResult } from '../core/result.js';
import type { Finding } from '../core/rule.js';
import { describeChange, describePace, listEachOnce } from '../formatters/progress.js';
import { plural } from '../formatters/text.js';
import { stalledFor, unmappedHint } from './comment-row.js';
import { renderInline, renderPlain } from './comment-text.js';
import { paceChart } from './pace-chart.js';
import { deltaOf } from './validate.js';

/** Items are shown up to this many characters; the ellipsis links to the full text. */
export const ITEM_MAX = 200;
/** A reworded item's old and new text are shown this briefly. */
const REWORDED_MAX = 90;
/** Findings listed per plan in the comment (every one is in the check run). */
const FINDINGS_SHOWN = 5;

export interface DetailsOptions {
  /** Where an item's full text is: the plan at the head commit, at its line. */
  readonly fileUrl?: (path: string, line: number) => string;
  readonly checkUrl?: string;
  readonly staleAfterDays?: number;
}

/** `2026-11-22T14:30:00Z` as `2026-11-22 14:30 UTC`; a date alone, or a time with no zone, as given. */
export function readableTime(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/(\d{2}:\d{2}):00(?=Z|$)/, '$1')
    .replace(/Z$/, ' UTC');
}

/** Findings with the new ones first, each group in line order. */
export function newFirst(findings: readonly Finding[]): Finding[] {
  const fresh = findings.filter((f) => f.baselineState === 'new');
  return [...fresh, ...findings.filter((f) => f.baselineState !== 'new')];
}

/**
 * One plan's fold-out: completed items (new ones marked), reworded (old → new), reopened, added,
 * removed, the next item, milestones, pace, findings (new first) and the pace chart. The
 * `<summary>` is raw HTML, where GitHub does not process Markdown: its text is HTML-escaped.
 */
export function planDetails(plan: PlanResult, options: DetailsOptions = {}): string {
  const delta = deltaOf(plan);
  const once = listEachOnce(delta);
  const { progress } = plan;
  const parts: string[] = [];
  const item = (i: DeltaItem, max = ITEM_MAX): string =>
    renderInline(i.text, 'markdown', {
      max,
      ...(options.fileUrl ? { fullTextUrl: options.fileUrl(plan.path, i.line) } : {}),
    });
  const when = (i: DeltaItem): string =>
    i.timestamp ? ` <sub>${renderPlain(readableTime(i.timestamp), 'html')}</sub>` : '';
  const list = (title: string, items: readonly DeltaItem[], line: (i: DeltaItem) => string): void => {
    if (items.length) parts.push(`**${title} (${items.length})**`, '', ...items.map(line), '');
  };
  const reworded = new Set(delta.reworded.map((r) => r.line));
  list('Completed in this pull request', once.completed, (i) => {
    const mark = i.isNew && !delta.new ? ' 🆕 new item' : reworded.has(i.line) ? ' <sub>(reworded)</sub>' : '';
    return `- ✅ ${item(i)}${when(i)}${mark}`;
  });
  if (once.reworded.length) {
    parts.push(`**Reworded (${once.reworded.length})**`, '');
    for (const r of once.reworded) {
      const before = renderInline(r.baseText, 'markdown', { max: REWORDED_MAX });
      parts.push(`- ✏️ ${before} → ${item(r, REWORDED_MAX)}`);
    }
    parts.push('');
  }
  list('Reopened', once.reopened, (i) => `- ↩️ ${item(i)}`);
  if (!delta.new) list('Added', once.added, (i) => `- ➕ ${item(i)}`);
  list('Removed', once.removed, (i) => `- ➖ ${renderInline(i.text, 'markdown', { max: ITEM_MAX })}`);

  const next = progress?.next;
  if (next) {
    const remaining =
      next.status === 'partial' && next.remaining
        ? ` (remaining: ${renderInline(next.remaining, 'markdown', { max: 120 })})`
        : '';
    parts.push(`**Next:** ${renderInline(next.text, 'markdown', { max: ITEM_MAX })}${remaining}`, '');
  } else if (progress && progress.total > 0) {
    parts.push('**Next:** nothing left, every item is done.', '');
  }
  const milestones = progress?.milestones ?? [];
  if (milestones.length) {
    const shown = milestones
      .map((m) => `${renderPlain(m.name, 'markdown')}${'\u00a0'}${m.done}/${m.total}${m.done === m.total ? ' ✅' : ''}`)
      .join(' · ');
    parts.push(`**By milestone:** ${shown}`, '');
  }
  if (plan.pace && (plan.pace.dated > 0 || plan.pace.left > 0)) {
    const stalled = stalledFor(plan, options.staleAfterDays);
    const flag =
      stalled !== undefined
        ? ` ⏸️ **Stalled:** items are left and nothing was completed for over ${plural(options.staleAfterDays ?? 0, 'day')} (\`stale-after\`).`
        : '';
    parts.push(`**Pace:** ${renderPlain(describePace(plan.pace).replace(/\.$/, ''), 'markdown')}.${flag}`, '');
  }
  const hint = unmappedHint(plan);
  if (hint) parts.push(`💡 ${hint}.`, '');
  if (plan.note) parts.push(`_${renderInline(plan.note, 'markdown', { max: 500 })}_`, '');

  const findings = newFirst(plan.findings);
  if (findings.length) {
    const fresh = findings.filter((f) => f.baselineState === 'new').length;
    const heading = plan.baselined
      ? `**Findings (${findings.length}: ${fresh} new, ${findings.length - fresh} already at the base)**`
      : `**Findings (${findings.length})**`;
    parts.push(heading, '');
    // Findings of one rule with the same message and state read as one line: `lines 34, 35, 36: …`.
    const groups: { first: Finding; lines: number[] }[] = [];
    for (const f of findings) {
      const same = groups.find(
        (g) =>
          g.first.ruleId === f.ruleId && g.first.message === f.message && g.first.baselineState === f.baselineState,
      );
      if (same) same.lines.push(f.line);
      else groups.push({ first: f, lines: [f.line] });
    }
    // "1 more finding" would take the room of the finding itself.
    const shown = groups.length <= FINDINGS_SHOWN + 1 ? groups.length : FINDINGS_SHOWN;
    for (const { first: f, lines } of groups.slice(0, shown)) {
      const icon = f.severity === 'error' ? '❌' : '⚠️';
      const state = f.baselineState === 'new' ? '🆕 ' : '';
      const link = (line: number): string =>
        options.fileUrl ? `[${line}](${options.fileUrl(plan.path, line)})` : String(line);
      const listed = lines.slice(0, 8).map(link).join(', ') + (lines.length > 8 ? ` and ${lines.length - 8} more` : '');
      const at = `${lines.length === 1 ? 'line' : 'lines'} ${listed}`;
      parts.push(
        `- ${icon} ${state}${at}: ${renderInline(f.message, 'markdown', { max: 120 })} ([${f.ruleId}](${f.url}))`,
      );
    }
    if (groups.length > shown) {
      const rest = groups.slice(shown).reduce((n, g) => n + g.lines.length, 0);
      const more = plural(rest, 'more finding');
      parts.push(
        `- ${options.checkUrl ? `[${more} in the check run](${options.checkUrl})` : `${more} in the check run`}`,
      );
    }
    parts.push('');
  }
  parts.push(...paceChart(progress));
  if (!parts.length) return '';
  const label = plan.title
    ? renderInline(plan.title, 'html', { max: 120 })
    : `<code>${renderPlain(plan.path, 'html')}</code>`;
  const summary = `<summary><b>${label}</b>: ${renderPlain(delta.new ? 'new plan' : describeChange(delta), 'html')}</summary>`;
  return ['<details>', summary, '', ...parts, '</details>', ''].join('\n');
}
