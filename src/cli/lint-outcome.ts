import { lintAgainstBase, withFingerprints } from '../core/baseline.js';
import { lintPlan } from '../core/lint.js';
import { PlanLimitError } from '../core/limits.js';
import type { Finding } from '../core/rule.js';
import type { LintSettings } from '../core/settings.js';

/** What validating one plan's text gave: its findings, or why it could not be validated. */
export type LintOutcome = { readonly findings: Finding[] } | { readonly error: string };

/** The same for every plan of one `validate` run, so that it is sent to each worker once. */
export interface LintJob {
  readonly settings: LintSettings;
  readonly strict: boolean;
  readonly base: string | undefined;
  /** Where each finding's `url` points: the docs of this version. */
  readonly docsBaseUrl?: string;
}

/**
 * Validates one plan's text. A plan beyond the engine's limits is an outcome (reported for that
 * file); any other failure is a bug and is thrown.
 */
export function lintOutcome(text: string, job: LintJob): LintOutcome {
  try {
    const options = { settings: job.settings, strict: job.strict, docsBaseUrl: job.docsBaseUrl };
    // With a base, each finding's baselineState against the base's findings; without, the
    // fingerprints alone (SARIF reports them).
    if (job.base !== undefined) return { findings: lintAgainstBase(text, job.base, options).findings };
    const result = lintPlan(text, options);
    return { findings: withFingerprints(result.plan, result.findings) };
  } catch (error) {
    if (!(error instanceof PlanLimitError)) throw error;
    return { error: error.message };
  }
}
