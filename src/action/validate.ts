import { markBaseline } from '../core/baseline.js';
import { compareProgress } from '../core/delta.js';
import { lintPlan } from '../core/lint.js';
import { parsePlan } from '../core/plan.js';
import { PlanLimitError } from '../core/limits.js';
import { paceOf } from '../core/pace.js';
import { summariseProgress, type ProgressSummary } from '../core/progress.js';
import type { LintSettings } from '../core/rule.js';
import type { PlanSource } from './changed-plans.js';
import { digestProgress, type PlanReport } from './render.js';

const NO_PROGRESS: ProgressSummary = {
  title: null,
  total: 0,
  completed: 0,
  partial: 0,
  remaining: 0,
  percent: 0,
  items: [],
  next: null,
};

/**
 * Validates one changed plan against its base version and measures its progress. Its result is
 * plain data (no syntax tree), so that reports of many plans stay small. A plan that cannot be
 * read, or is beyond the engine's limits, is reported with an error, never a crash of the run.
 */
export function validatePlan(source: PlanSource, settings: LintSettings, strict: boolean): PlanReport {
  const common = {
    path: source.path,
    ...(source.previousPath ? { previousPath: source.previousPath } : {}),
    ...(source.note ? { note: source.note } : {}),
  };
  const failed = (error: string): PlanReport => ({
    ...common,
    title: null,
    findings: [],
    error,
    delta: compareProgress(undefined, NO_PROGRESS),
    progress: undefined,
  });
  if ('error' in source.head) return failed(source.head.error);
  try {
    // The two versions share most sections; the cache parses each shared section once.
    const cache = new Map();
    const base = source.base && 'text' in source.base ? parsePlan(source.base.text, { cache }) : undefined;
    const head = parsePlan(source.head.text, { cache });
    const linted = lintPlan(head, { settings, strict, ...(base ? { base } : {}) });
    // New versus existing findings; a plan with no base version is new, and so is each finding.
    const baseline = base ? { plan: base, findings: lintPlan(base, { settings, strict }).findings } : undefined;
    const findings = markBaseline(head, linted.findings, baseline);
    const progress = summariseProgress(head, settings.sections.Progress);
    const baseProgress = base ? summariseProgress(base, settings.sections.Progress) : undefined;
    return {
      ...common,
      title: progress.title,
      findings,
      delta: compareProgress(baseProgress, progress),
      progress: digestProgress(progress),
      pace: paceOf(progress, new Date()),
    };
  } catch (error) {
    if (error instanceof PlanLimitError) return failed(error.message);
    throw error;
  }
}
