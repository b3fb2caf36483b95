import type { PlanDelta } from './delta.js';
import { timestampMs, type Pace } from './pace.js';
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
  /**
   * `findings` counted by severity, when they are known before the findings are read (a plan
   * from `validate --cache`, whose findings are rebuilt only when read): `totalsOf` takes them.
   */
  readonly findingCounts?: Totals;
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
  /** No Progress section was recognised, but this heading holds checkbox items (see `plan-outline.ts`). */
  readonly unmappedProgress?: { readonly heading: string; readonly items: number };
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
  const counted = result.findingCounts ?? countFindings(result.findings);
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

/**
 * The counts with the new ones among them: a finding is new when its `baselineState` is `new`,
 * and a plan that could not be validated counts as one new error: nothing shows it was there
 * before. `unchanged` is the rest. The one rule for new counts: JSON, stylish, the action.
 */
export interface FindingCounts extends Totals {
  readonly newErrors: number;
  readonly newWarnings: number;
}

export function countsOf(result: PlanResult): FindingCounts {
  const totals = totalsOf(result);
  let newErrors = result.error !== undefined ? 1 : 0;
  let newWarnings = 0;
  for (const f of result.findings) {
    if (f.baselineState !== 'new') continue;
    if (f.severity === 'error') newErrors++;
    else newWarnings++;
  }
  return { ...totals, newErrors, newWarnings };
}

export function countsOfAll(results: readonly PlanResult[]): FindingCounts {
  const sum = { errors: 0, warnings: 0, newErrors: 0, newWarnings: 0 };
  for (const result of results) {
    const c = countsOf(result);
    sum.errors += c.errors;
    sum.warnings += c.warnings;
    sum.newErrors += c.newErrors;
    sum.newWarnings += c.newWarnings;
  }
  return sum;
}

/** What `fail-on` counts: every finding, or with `onlyNew` only those the change introduced. */
export function failingTotals(results: readonly PlanResult[], onlyNew: boolean): Totals {
  const c = countsOfAll(results);
  return onlyNew ? { errors: c.newErrors, warnings: c.newWarnings } : { errors: c.errors, warnings: c.warnings };
}

/**
 * The two progress numbers, named apart everywhere they are shown: `completedInChange`, the
 * items this change completed (the deltas' `completed`), and `doneAtHead` of `totalAtHead`, the
 * items done at the head version (the `completed` and `total` outputs).
 */
export interface ProgressTotals {
  readonly completedInChange: number;
  readonly doneAtHead: number;
  readonly totalAtHead: number;
}

export function progressTotalsOfAll(results: readonly PlanResult[]): ProgressTotals {
  let completedInChange = 0;
  let doneAtHead = 0;
  let totalAtHead = 0;
  for (const r of results) {
    completedInChange += r.delta?.completed.length ?? 0;
    doneAtHead += r.delta?.head.completed ?? 0;
    totalAtHead += r.delta?.head.total ?? 0;
  }
  return { completedInChange, doneAtHead, totalAtHead };
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
  /** Dated completions per UTC day (`2026-11-28`), in date order: the pace chart's data. */
  readonly completions?: readonly { readonly date: string; readonly count: number }[];
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
  const days = new Map<string, number>();
  for (const item of summary.items) {
    if (item.status !== 'done' || !item.timestamp) continue;
    const ms = timestampMs(item.timestamp);
    if (!Number.isFinite(ms)) continue;
    const date = new Date(ms).toISOString().slice(0, 10);
    days.set(date, (days.get(date) ?? 0) + 1);
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
    completions: [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, count]) => ({ date, count })),
  };
}
