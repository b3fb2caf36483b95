import { markBaseline } from '../core/baseline.js';
import { compareProgress, type PlanDelta } from '../core/delta.js';
import { lintPlan } from '../core/lint.js';
import { actionDocsBase } from './docs-base.js';
import { parsePlan, type Plan } from '../core/plan.js';
import { PlanLimitError } from '../core/limits.js';
import { paceOf } from '../core/pace.js';
import { unmappedProgress } from '../core/plan-outline.js';
import { summariseProgress, type ProgressSummary } from '../core/progress.js';
import { digestProgress, type PlanResult } from '../core/result.js';
import type { LintSettings } from '../core/settings.js';
import type { PlanSource } from './changed-plans.js';
// Parses plans: micromark for the text the fast parser leaves to it (see `MicromarkNotLoaded`).
import '../core/micromark.js';

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

/** The delta of a plan with no Progress at either version. */
const NO_DELTA = compareProgress(undefined, NO_PROGRESS);

/** A result's delta; the action sets one on every result, and a plan it could not read has none to show. */
export const deltaOf = (result: PlanResult): PlanDelta => result.delta ?? NO_DELTA;

/**
 * Validates one changed plan against its base version and measures its progress. Its result is
 * plain data (no syntax tree), so that reports of many plans stay small. A plan that cannot be
 * read, or is beyond the engine's limits, is reported with an error, never a crash of the run.
 */
export function validatePlan(source: PlanSource, settings: LintSettings, strict: boolean): PlanResult {
  const common: { path: string; previousPath?: string; note?: string } = {
    path: source.path,
    ...(source.previousPath ? { previousPath: source.previousPath } : {}),
    ...(source.note ? { note: source.note } : {}),
  };
  const failed = (error: string): PlanResult => ({
    ...common,
    title: null,
    findings: [],
    error,
    delta: NO_DELTA,
    baselined: true,
  });
  if ('error' in source.head) return failed(source.head.error);
  // The two versions share most sections; the cache parses each shared section once.
  const cache = new Map();
  let base: Plan | undefined;
  try {
    base = source.base && 'text' in source.base ? parsePlan(source.base.text, { cache }) : undefined;
  } catch (error) {
    if (!(error instanceof PlanLimitError)) throw error;
    // A base beyond the limits must not fail the head, nor lend it the base's line numbers.
    const note = `The base version is beyond the engine's limits, so the progress delta and the revision note are not available; the head is validated alone.`;
    common.note = common.note ? `${common.note} ${note}` : note;
  }
  try {
    const head = parsePlan(source.head.text, { cache });
    const docsBaseUrl = actionDocsBase();
    const linted = lintPlan(head, { settings, strict, docsBaseUrl, ...(base ? { base } : {}) });
    // New versus existing findings; a plan with no base version is new, and so is each finding.
    const baseline = base
      ? { plan: base, findings: lintPlan(base, { settings, strict, docsBaseUrl }).findings }
      : undefined;
    const findings = markBaseline(head, linted.findings, baseline);
    const progress = summariseProgress(head, settings.sections.Progress);
    const baseProgress = base ? summariseProgress(base, settings.sections.Progress) : undefined;
    const unmapped = unmappedProgress(head, settings.sections.Progress);
    return {
      ...common,
      title: progress.title,
      findings,
      delta: compareProgress(baseProgress, progress),
      progress: digestProgress(progress),
      baselined: true,
      pace: paceOf(progress, new Date()),
      ...(unmapped ? { unmappedProgress: unmapped } : {}),
    };
  } catch (error) {
    if (error instanceof PlanLimitError) return failed(error.message);
    throw error;
  }
}
