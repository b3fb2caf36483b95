import { progressDelta } from '../core/delta.js';
import { lintPlan } from '../core/lint.js';
import { parsePlan } from '../core/plan.js';
import { PlanLimitError } from '../core/limits.js';
import { summariseProgress } from '../core/progress.js';
import type { LintSettings } from '../core/rule.js';
import type { PlanSource } from './changed-plans.js';
import { digestProgress, type PlanReport } from './render.js';

/**
 * Validates one changed plan against its base version and measures its progress. Its result is
 * plain data (no syntax tree), so that reports of many plans stay small.
 */
export function validatePlan(source: PlanSource, settings: LintSettings, strict: boolean): PlanReport {
  try {
    return validateWithinLimits(source, settings, strict);
  } catch (error) {
    if (!(error instanceof PlanLimitError)) throw error;
    // Reported like a plan that cannot be read: an error on the plan, never a crash of the run.
    const empty = progressDelta(undefined, parsePlan(''), settings.sections);
    return { path: source.path, title: null, findings: [], error: error.message, delta: empty, progress: undefined };
  }
}

function validateWithinLimits(source: PlanSource, settings: LintSettings, strict: boolean): PlanReport {
  // The two versions share most sections; the cache parses each shared section once.
  const cache = new Map();
  const base = source.base && 'text' in source.base ? parsePlan(source.base.text, { cache }) : undefined;
  const common = {
    path: source.path,
    ...(source.previousPath ? { previousPath: source.previousPath } : {}),
    ...(source.note ? { note: source.note } : {}),
  };
  if ('error' in source.head) {
    const empty = progressDelta(undefined, parsePlan(''), settings.sections);
    return { ...common, title: null, findings: [], error: source.head.error, delta: empty, progress: undefined };
  }
  const head = parsePlan(source.head.text, { cache });
  const { findings } = lintPlan(head, { settings, strict, ...(base ? { base } : {}) });
  const progress = summariseProgress(head, settings.sections.Progress);
  return {
    ...common,
    title: progress.title,
    findings,
    delta: progressDelta(base, head, settings.sections),
    progress: digestProgress(progress),
  };
}
