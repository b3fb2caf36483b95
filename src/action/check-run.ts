import pLimit from 'p-limit';
import { countsOf, totalsOfAll } from '../core/result.js';
import { plural } from '../formatters/text.js';
import type { Target } from './event.js';
import {
  createCheckRun,
  describeError,
  type CreatedCheckRun,
  isPermissionError,
  updateCheckRun,
  type Annotation,
  type GitHubClient,
} from './github.js';
import { headline } from './comment-render.js';
import { beforeAfter } from './comment-row.js';
import type { ActionInputs } from './inputs.js';
import { BODY_LIMIT, escapeText } from './markdown.js';
import { capAnnotations } from './request-limits.js';
import type { RunResult } from './run-result.js';
import { deltaOf } from './validate.js';

/** GitHub takes at most this many annotations in one request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Annotation batches sent at once: within GitHub's documented limits (100 concurrent requests). */
const ANNOTATION_CONCURRENCY = 8;

/** The check run's title: `3 errors, 5 warnings in 2 plans`, `No problems in 2 plans`, `No plan changed`. */
export function checkTitle(report: RunResult): string {
  if (report.plans.length === 0) return 'No plan changed';
  const { errors, warnings } = totalsOfAll(report.plans);
  const where = `in ${plural(report.plans.length, 'plan')}`;
  if (errors + warnings === 0) return `No problems ${where}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} ${where}`;
}

/** The check run's summary: a table of the changed plans with errors, warnings and progress. */
export function checkSummary(report: RunResult, limit = BODY_LIMIT): string {
  if (report.plans.length === 0) return 'This change touches no plan, so there is nothing to validate.';
  const head = [headline(report.plans), '', '| Plan | Errors | Warnings | Progress |', '| :-- | --: | --: | :-- |'];
  const lines: string[] = [];
  for (const plan of report.plans) {
    const { errors, warnings, newErrors, newWarnings } = countsOf(plan);
    // `2 (1 new)`: new versus existing, as in the comment.
    const count = (n: number, fresh: number): string => (plan.baselined && n ? `${n} (${fresh} new)` : String(n));
    const delta = deltaOf(plan);
    const progress = delta.head.total || delta.base.total ? beforeAfter(delta) : '—';
    const extra = plan.error !== undefined ? ` (${escapeText(plan.error, 200)})` : deltaOf(plan).new ? ' 🆕' : '';
    lines.push(
      `| <code>${escapeText(plan.path)}</code>${extra} | ${count(errors, newErrors)} | ${count(warnings, newWarnings)} | ${progress} |`,
    );
  }
  let shown = lines.length;
  const compose = (): string => {
    const more =
      shown < lines.length
        ? `\n\n${plural(lines.length - shown, 'more plan')} not listed here: see the annotations and the job summary.`
        : '';
    return (
      [...head, ...lines.slice(0, shown)].join('\n') +
      more +
      "\n\nEach finding is an annotation on its line; each links to its rule's documentation."
    );
  };
  let text = compose();
  while (text.length > limit && shown > 0) {
    shown = Math.floor(shown / 2);
    text = compose();
  }
  return text;
}

/** One check-run annotation per finding, and one for each plan that could not be read. */
export function toAnnotations(report: RunResult): Annotation[] {
  const annotations: Annotation[] = [];
  for (const plan of report.plans) {
    if (plan.error !== undefined) {
      annotations.push({
        path: plan.path,
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        title: 'execplan',
        message: plan.error,
      });
    }
    for (const f of plan.findings) {
      annotations.push({
        path: plan.path,
        start_line: f.line,
        end_line: Math.max(f.line, f.endLine),
        // GitHub accepts columns only on one-line annotations.
        ...(f.endLine === f.line ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {}),
        annotation_level: f.severity === 'error' ? 'failure' : 'warning',
        title: f.ruleId,
        message: `${f.message} ${f.url}`,
      });
    }
  }
  return annotations;
}

export function inBatches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Creates the check run with its first 50 annotations. Returns it, or undefined when GitHub
 * refused (the reason goes to `notices`), with the annotations still to send.
 */
export async function createCheck(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  report: RunResult,
  failed: boolean,
  notices: string[],
): Promise<{
  run: CreatedCheckRun | undefined;
  rest: Annotation[][];
  output: { title: string; summary: string };
}> {
  const capped = capAnnotations(toAnnotations(report));
  if (capped.note) notices.push(capped.note);
  const batches = inBatches(capped.sent);
  const summary = checkSummary(report, BODY_LIMIT - (capped.note?.length ?? 0) - 2);
  const output = { title: checkTitle(report), summary: capped.note ? `${summary}\n\n${capped.note}` : summary };
  try {
    const run = await createCheckRun(client, target.repo, {
      name: inputs.checkName,
      headSha: target.headSha,
      conclusion: failed ? 'failure' : 'success',
      output: { ...output, annotations: batches[0] ?? [] },
    });
    return { run, rest: batches.slice(1), output };
  } catch (error) {
    notices.push(
      isPermissionError(error)
        ? `Could not create the "${inputs.checkName}" check run (${describeError(error)}): the token may not write checks, as on a pull request from a fork. Every finding is reported as an annotation of this workflow run and in the job summary instead. To get the check run, give the job "permissions: checks: write", or run the workflow on pull_request_target (see the README's Security section).`
        : `Could not create the "${inputs.checkName}" check run (${describeError(error)}). Every finding is reported as an annotation of this workflow run and in the job summary instead.`,
    );
    return { run: undefined, rest: batches, output };
  }
}

/**
 * Adds the remaining annotations to the check run, a few requests at a time (their order does
 * not matter; a secondary rate limit, if GitHub answers with one, is waited out by the client).
 * Returns the annotations GitHub did not take, to be reported another way.
 */
export async function addAnnotations(
  client: GitHubClient,
  target: Target,
  check: Awaited<ReturnType<typeof createCheck>>,
  notices: string[],
): Promise<Annotation[]> {
  if (!check.run) return check.rest.flat();
  const { run, output } = check;
  const unposted: Annotation[] = [];
  const limit = pLimit(ANNOTATION_CONCURRENCY);
  await Promise.all(
    check.rest.map((batch) =>
      limit(async () => {
        try {
          await updateCheckRun(client, target.repo, run.id, { ...output, annotations: batch });
        } catch (error) {
          unposted.push(...batch);
          notices.push(
            `GitHub refused ${plural(batch.length, 'annotation')} of the check run (${describeError(error)}); they are reported as annotations of this workflow run and in the job summary.`,
          );
        }
      }),
    ),
  );
  return unposted;
}

/**
 * A failing check run that says why nothing was validated (an invalid configuration), so that a
 * required check reports instead of staying pending. Best effort: the step fails anyway.
 */
export async function createFailedCheck(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  output: { title: string; summary: string },
): Promise<void> {
  await createCheckRun(client, target.repo, {
    name: inputs.checkName,
    headSha: target.headSha,
    conclusion: 'failure',
    output,
  }).catch(() => undefined);
}

/** The check run of a run that failed before it could validate: the reason, and what to do. */
export function failedRunOutput(error: unknown): { title: string; summary: string } {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'The plans could not be validated',
    summary: `The run failed before it could validate the plans: ${escapeText(reason, 2000)}\n\nRe-run the job; if it fails again, the job's log says more.`,
  };
}
