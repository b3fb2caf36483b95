import type { PlanDelta } from './delta.js';
import type { Pace } from './pace.js';
import type { ItemStatus, ProgressSummary } from './progress.js';
import type { Finding } from './rule.js';

/**
 * What validating one plan produced: the one model that every formatter, the comment, the check
 * run, the job summary, the outputs and the JSON report read.
 */
export interface PlanResult {
  /** Repository-relative (or as given), with forward slashes. */
  readonly path: string;
  /** The path at the base, when the change renamed the plan. */
  readonly previousPath?: string;
  readonly title?: string | null;
  readonly findings: readonly Finding[];
  /** Why the plan could not be validated (unreadable, not text, beyond the limits); it then has no findings. */
  readonly error?: string;
  /** Progress at this version, when it was measured. */
  readonly progress?: ProgressDigest;
  /** The progress change from the base version, when there is one to compare with. */
  readonly delta?: PlanDelta;
  /** Something the reader should know about how the plan was compared, e.g. an unreadable base. */
  readonly note?: string;
  /** Whether it was compared with a base version: every finding has `baselineState`. */
  readonly baselined?: boolean;
  /** The pace of its Progress (`progress --json`'s `pace`), when it was measured. */
  readonly pace?: Pace;
}

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
}

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): Totals {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/**
 * The one counting rule: a plan's findings by severity, and a plan that could not be validated
 * counts as one error (it can never pass unseen).
 */
export function totalsOf(result: PlanResult): Totals {
  const counted = countFindings(result.findings);
  return result.error !== undefined ? { errors: counted.errors + 1, warnings: counted.warnings } : counted;
}

/** The totals of several plans: the sum of `totalsOf` over them. */
export function totalsOfAll(results: readonly PlanResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const t = totalsOf(result);
    errors += t.errors;
    warnings += t.warnings;
  }
  return { errors, warnings };
}

/** Whether a result holds an error: what fails a validation run. */
export const hasErrors = (result: PlanResult): boolean => totalsOf(result).errors > 0;

/** What reports show of a plan's Progress: plain data, so that results of many plans stay small. */
export interface ProgressDigest {
  readonly total: number;
  readonly completed: number;
  readonly percent: number;
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
    completed: summary.completed,
    percent: summary.percent,
    next: next
      ? { text: next.text, status: next.status, ...(next.remaining !== undefined ? { remaining: next.remaining } : {}) }
      : null,
    milestones: [...counts].map(([name, c]) => ({ name, ...c })),
  };
}
