import type { PlanDelta, DeltaItem } from '../core/delta.js';
import type { ProgressItem, ProgressSummary } from '../core/progress.js';
import { paint, plural } from './text.js';

/** The contract's `progress --json` shape. */
export function toProgressJson(path: string, summary: ProgressSummary) {
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
  };
}

/** A text progress bar: `██████░░░░`. */
export function progressBar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((width * done) / total);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** What the format's parse_progress script shows, readable in a terminal. */
export function formatProgress(path: string, summary: ProgressSummary, colour = false): string {
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
  };
}

/** One line: `+2 done, +1 added, 1 reopened, 1 removed` (or `no change`). */
export function describeChange(delta: PlanDelta): string {
  const parts: string[] = [];
  if (delta.completed.length) parts.push(`+${delta.completed.length} done`);
  if (delta.added.length) parts.push(`+${delta.added.length} added`);
  if (delta.reopened.length) parts.push(`${delta.reopened.length} reopened`);
  if (delta.removed.length) parts.push(`${delta.removed.length} removed`);
  return parts.length ? parts.join(', ') : 'no change';
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
  const list = (title: string, mark: string, items: readonly DeltaItem[]): void => {
    if (!items.length) return;
    out.push('', `${title} (${items.length}):`);
    for (const i of items)
      out.push(`  ${mark} ${i.timestamp ? `${i.timestamp}  ` : ''}${i.text}  ${paint(colour, '2', `line ${i.line}`)}`);
  };
  list('Completed', paint(colour, '32', '✓'), delta.completed);
  list('Reopened', paint(colour, '33', '↺'), delta.reopened);
  list('Added', '+', delta.added);
  list('Removed', '-', delta.removed);
  if (!delta.completed.length && !delta.reopened.length && !delta.added.length && !delta.removed.length) {
    out.push('', `No Progress item changed (${plural(head.total, 'item')}).`);
  }
  return out.join('\n') + '\n';
}
