import type { PlanDelta, DeltaItem } from '../core/delta.js';
import { paceJson, type Pace } from '../core/pace.js';
import type { ProgressItem, ProgressSummary } from '../core/progress.js';
import { paint, plural } from './text.js';

/** The contract's `progress --json` shape (with `pace` when given). */
export function toProgressJson(path: string, summary: ProgressSummary, pace?: Pace) {
  const item = (i: ProgressItem) => ({
    line: i.line,
    text: i.text,
    status: i.status,
    timestamp: i.timestamp,
    ...(i.status === 'partial' ? { completed: i.completed, remaining: i.remaining } : {}),
  });
  return {
    path,
    title: summary.title,
    total: summary.total,
    completed: summary.completed,
    partial: summary.partial,
    remaining: summary.remaining,
    percent: summary.percent,
    items: summary.items.map(item),
    next: summary.next ? { line: summary.next.line, text: summary.next.text, status: summary.next.status } : null,
    ...(pace ? { pace: paceJson(pace) } : {}),
  };
}

/** A text progress bar: `██████░░░░`. */
export function progressBar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((width * done) / total);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** What the format's parse_progress script shows, readable in a terminal. */
export function formatProgress(path: string, summary: ProgressSummary, colour = false, pace?: Pace): string {
  const out: string[] = [];
  out.push(`${summary.title ?? '(untitled plan)'}  ${paint(colour, '2', path)}`);
  if (summary.total === 0) {
    out.push('No Progress items: the plan has no checkbox items in a Progress section.');
    return out.join('\n') + '\n';
  }
  out.push(
    `${progressBar(summary.completed, summary.total)} ${summary.percent}%  ` +
      `${summary.completed}/${summary.total} done, ${summary.partial} partial, ${summary.remaining} to do`,
  );
  if (pace) out.push(`Pace: ${describePace(pace)}`);
  const done = summary.items.filter((i) => i.status === 'done');
  const partial = summary.items.filter((i) => i.status === 'partial');
  const todo = summary.items.filter((i) => i.status === 'todo');
  if (done.length) {
    out.push('', 'Completed:');
    for (const i of done)
      out.push(
        `  ${paint(colour, '32', '✓')} ${i.timestamp ?? '(no timestamp)'}  ${i.text}  ${paint(colour, '2', `line ${i.line}`)}`,
      );
  }
  if (partial.length) {
    out.push('', 'Partially done:');
    for (const i of partial) {
      out.push(`  ${paint(colour, '33', '◐')} ${i.text}  ${paint(colour, '2', `line ${i.line}`)}`);
      out.push(`      done: ${i.completed}`, `      remaining: ${i.remaining}`);
    }
  }
  if (todo.length) {
    out.push('', 'To do:');
    for (const i of todo) out.push(`  ○ ${i.text}  ${paint(colour, '2', `line ${i.line}`)}`);
  }
  out.push(
    '',
    summary.next ? `Next: ${summary.next.text} (line ${summary.next.line})` : 'Next: nothing, every item is done.',
  );
  return out.join('\n') + '\n';
}

/** The contract's `delta --json` shape (plus `new`). */
export function toDeltaJson(delta: PlanDelta) {
  const item = (i: DeltaItem) => ({ line: i.line, text: i.text });
  return {
    base: delta.base,
    head: delta.head,
    new: delta.new,
    completed: delta.completed.map(item),
    reopened: delta.reopened.map(item),
    added: delta.added.map(item),
    removed: delta.removed.map(item),
    reworded: delta.reworded.map((i) => ({ line: i.line, text: i.text, baseLine: i.baseLine, baseText: i.baseText })),
  };
}

/**
 * The delta with every item in one list only, as text outputs show it: completed (new ones
 * marked), reopened, reworded (neither completed nor reopened), added (not done), removed.
 */
export function listEachOnce(delta: PlanDelta) {
  const completedOrReopened = new Set([...delta.completed, ...delta.reopened].map((i) => i.line));
  return {
    completed: delta.completed,
    reopened: delta.reopened,
    reworded: delta.reworded.filter((i) => !completedOrReopened.has(i.line)),
    added: delta.added.filter((i) => !completedOrReopened.has(i.line)),
    removed: delta.removed,
  };
}

/** One line: `+2 done, +1 added, 1 reopened, 1 reworded, 1 removed` (or `no change`); each item counted once. */
export function describeChange(delta: PlanDelta): string {
  const once = listEachOnce(delta);
  const parts: string[] = [];
  if (once.completed.length) parts.push(`+${once.completed.length} done`);
  if (once.added.length) parts.push(`+${once.added.length} added`);
  if (once.reopened.length) parts.push(`${once.reopened.length} reopened`);
  if (once.reworded.length) parts.push(`${once.reworded.length} reworded`);
  if (once.removed.length) parts.push(`${once.removed.length} removed`);
  return parts.length ? parts.join(', ') : 'no change';
}

/** A text cut to `max` characters with an ellipsis, for the brief `old → new` of a reworded item. */
export function brief(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function formatDelta(basePath: string, headPath: string, delta: PlanDelta, colour = false): string {
  const out: string[] = [];
  const { base, head } = delta;
  out.push(delta.new ? `${headPath} (new plan)` : `${basePath} → ${headPath}`);
  out.push(
    `${progressBar(head.completed, head.total)} ${head.completed}/${head.total} done (${head.percent}%)` +
      (delta.new ? '' : `, was ${base.completed}/${base.total} (${base.percent}%)`) +
      `: ${describeChange(delta)}`,
  );
  const once = listEachOnce(delta);
  const list = (title: string, mark: string, items: readonly DeltaItem[]): void => {
    if (!items.length) return;
    out.push('', `${title} (${items.length}):`);
    for (const i of items) {
      // Among completed items, those with no counterpart in the base are marked.
      const isNew = i.isNew && !delta.new && title === 'Completed' ? `${paint(colour, '36', 'new')}  ` : '';
      out.push(
        `  ${mark} ${isNew}${i.timestamp ? `${i.timestamp}  ` : ''}${i.text}  ${paint(colour, '2', `line ${i.line}`)}`,
      );
    }
  };
  list('Completed', paint(colour, '32', '✓'), once.completed);
  list('Reopened', paint(colour, '33', '↺'), once.reopened);
  if (once.reworded.length) {
    out.push('', `Reworded (${once.reworded.length}):`);
    for (const i of once.reworded)
      out.push(`  ~ ${brief(i.baseText)} → ${brief(i.text)}  ${paint(colour, '2', `line ${i.baseLine} → ${i.line}`)}`);
  }
  list('Added', '+', once.added);
  list('Removed', '-', once.removed);
  if (describeChange(delta) === 'no change') {
    out.push('', `No Progress item changed (${plural(head.total, 'item')}).`);
  }
  return out.join('\n') + '\n';
}

/** A span of time in words, for "last done 2 hours ago". */
export function ago(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return minutes <= 1 ? 'just now' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, 'hour')} ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/**
 * The pace in one line: `5 done in 3 days, 1.7 a day; 3 left: about 2 days, around 2026-12-04;
 * last done 2 hours ago`; the parts the estimator cannot know are left out.
 */
export function describePace(pace: Pace): string {
  if (pace.dated === 0) return pace.left ? `No dated completion yet; ${pace.left} left.` : 'No dated completion.';
  const parts: string[] = [];
  parts.push(
    pace.perDay === null
      ? `${pace.dated} done on ${pace.lastDone?.slice(0, 10)}`
      : `${pace.dated} done in ${plural(pace.days, 'day')}, ${pace.perDay} a day`,
  );
  if (pace.left === 0) parts.push('nothing left');
  else if (pace.estimatedDone !== null && pace.daysLeft !== null)
    parts.push(`${pace.left} left: about ${plural(pace.daysLeft, 'day')}, around ${pace.estimatedDone}`);
  else parts.push(`${pace.left} left`);
  parts.push(
    pace.sinceLastDoneMs === null
      ? 'last done in the future (dates out of order)'
      : `last done ${ago(pace.sinceLastDoneMs)}`,
  );
  return parts.join('; ');
}
