import { workflowAnnotationNote } from './request-limits.js';
import { ConfigError } from '../core/config.js';
import { countsOfAll, failingTotals, totalsOf, totalsOfAll, type Totals } from '../core/result.js';
import type { LintSettings } from '../core/settings.js';
import { plural } from '../formatters/text.js';
import { COMPARE_FILES_LIMIT } from './changed-plans.js';
import { addAnnotations, createCheck, createFailedCheck, failedRunOutput } from './check-run.js';
import { writeComment } from './comment.js';
import { renderComment } from './comment-render.js';
import type { Target } from './event.js';
import type { GitHubClient } from './github.js';
import type { ActionInputs } from './inputs.js';
import { renderJobSummary } from './job-summary.js';
import { writeOutputs } from './outputs.js';
import { validatePlans } from './plans.js';
import type { RunResult } from './run-result.js';
import type { Runner } from './runner.js';
import { loadSettings, reportConfigError } from './settings.js';
import { findStalePlans } from './stale-plans.js';
import { postSuggestions } from './suggestions.js';
import { deltaOf } from './validate.js';

/** What a run of the action ended with. */
export interface RunOutcome extends Totals {
  readonly result: RunResult;
  /** The findings this change introduced (what `fail-on` counts with `only-new`). */
  readonly newErrors: number;
  readonly newWarnings: number;
  /** Whether `fail-on` is met: the step fails and the check run concludes `failure`. */
  readonly failed: boolean;
  /** What could not be done, said once in the log. */
  readonly notices: string[];
}

export function isFailing(inputs: ActionInputs, totals: Totals): boolean {
  if (inputs.failOn === 'never') return false;
  if (inputs.failOn === 'warning') return totals.errors + totals.warnings > 0;
  return totals.errors > 0;
}

/**
 * One run: validate the changed plans, publish the check run and the comment, then the log,
 * the job summary and the outputs. Every count comes from the same results.
 */
export async function runAction(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
): Promise<RunOutcome> {
  const notices: string[] = [];
  const validated = await validate(client, inputs, target, runner, notices);
  const result = await withStalePlans(client, inputs, target, runner, validated);
  const totals = totalsOfAll(result.plans);
  // With only-new, fail-on counts only the findings this change introduced; plans that may not
  // have been seen cannot pass a required check.
  const failed = isFailing(inputs, failingTotals(result.plans, inputs.onlyNew)) || result.truncated === true;
  const { newErrors, newWarnings } = countsOfAll(result.plans);
  logResults(result, runner);

  const check = await createCheck(client, inputs, target, result, failed, notices);
  // The comment links to the pull request's checks page, which stays the same from run to run,
  // so that a run that changes nothing leaves the comment untouched.
  const checksPage =
    target.kind === 'pull_request'
      ? `${runner.serverUrl}/${target.repo.owner}/${target.repo.repo}/pull/${target.number}/checks`
      : check.run?.url;
  const blob = `${runner.serverUrl}/${target.repo.owner}/${target.repo.repo}/blob/${target.headSha}`;
  const commentOptions = {
    ...(check.run && checksPage ? { checkUrl: checksPage } : {}),
    fileUrl: (path: string, line: number) => `${blob}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`,
  };
  // The remaining annotations and the comment do not depend on each other.
  const [unposted] = await Promise.all([
    addAnnotations(client, target, check, notices),
    writeComment(client, inputs, target, result, commentOptions, notices, check.run?.author),
  ]);
  for (const a of unposted) {
    runner.annotate(a.annotation_level === 'failure' ? 'error' : 'warning', a.message, {
      file: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      title: a.title,
    });
  }

  const hiddenNote = workflowAnnotationNote(unposted.map((a) => a.annotation_level));
  if (hiddenNote) notices.push(hiddenNote);
  if (inputs.suggestions === 'on') await postSuggestions(client, target, result, runner, notices);

  for (const notice of notices) runner.warning(notice);
  await runner.writeSummary(
    renderJobSummary(result, renderComment(result, commentOptions), notices, undefined, check.run?.url),
  );
  await writeOutputs(result, runner);
  return { result, ...totals, newErrors, newWarnings, failed, notices };
}

interface Validated {
  readonly result: RunResult;
  readonly settings: LintSettings;
  readonly changedFiles: readonly string[];
  readonly changedFilesPartial: boolean;
}

/** Adds the stale plans (`stale-plans: comment`) on a pull request or a push; never fails the run. */
async function withStalePlans(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
  validated: Validated,
): Promise<RunResult> {
  const base: RunResult = { ...validated.result, staleAfterDays: inputs.staleAfter };
  if (inputs.stalePlans === 'off' || target.kind === 'workspace') return base;
  const touched = new Set([
    ...base.plans.flatMap((p) => (p.previousPath ? [p.path, p.previousPath] : [p.path])),
    ...base.removed,
  ]);
  const stale = await findStalePlans(client, target, runner, {
    globs: inputs.plans,
    changedFiles: validated.changedFiles,
    changedFilesPartial: validated.changedFilesPartial,
    touched,
    settings: validated.settings,
  });
  return { ...base, stale };
}

/** Loads the settings (while the changed files are listed) and validates the plans. */
async function validate(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
  notices: string[],
): Promise<Validated> {
  const settingsLoad = loadSettings(client, inputs, target, runner);
  settingsLoad.catch(() => undefined);
  try {
    const validated = await validatePlans(client, inputs, target, runner, settingsLoad);
    const settings = await settingsLoad;
    if (validated.truncated)
      notices.push(
        `More than ${COMPARE_FILES_LIMIT} files changed and GitHub listed the commits' trees only in part, so some changed plans may not have been validated here, and the check fails: run \`npx execplan validate\` on the commit.`,
      );
    return {
      result: {
        plans: validated.plans,
        removed: validated.removed,
        headSha: target.headSha,
        ...(validated.truncated ? { truncated: true } : {}),
      },
      settings,
      changedFiles: validated.changedFiles ?? [],
      changedFilesPartial: validated.changedFilesPartial ?? false,
    };
  } catch (error) {
    if (error instanceof ConfigError) await reportConfigError(client, inputs, target, runner, error);
    // Whatever failed (a comparison that answers 502, a base that does not exist, a used-up rate
    // limit), a required check must not wait forever: a failing check run says why, if the token
    // can still write one.
    else await createFailedCheck(client, inputs, target, failedRunOutput(error));
    throw error;
  }
}

/** One log line per plan, then one per finding. */
function logResults(result: RunResult, runner: Runner): void {
  for (const plan of result.plans) {
    const totals = totalsOf(plan);
    const counts =
      plan.error !== undefined
        ? plan.error
        : `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`;
    const { head } = deltaOf(plan);
    runner.info(`${plan.path}: ${counts}; progress ${head.completed}/${head.total}`);
    for (const f of plan.findings)
      runner.info(`  ${plan.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  (${f.ruleId})`);
  }
}
