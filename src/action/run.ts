import pLimit from 'p-limit';
import { ConfigError, CONFIG_FILE_NAMES, parseConfig } from '../core/config.js';
import { decodePlan, type ReadResult } from '../core/decode.js';
import { DEFAULT_SETTINGS } from '../core/lint.js';
import type { LintSettings } from '../core/rule.js';
import { toJsonReport } from '../formatters/json.js';
import { paceJson } from '../core/pace.js';
import { toDeltaJson } from '../formatters/progress.js';
import { plural, totalsOf } from '../formatters/report.js';
import { COMPARE_FILES_LIMIT, readChangedPlans, type ChangedPlans, type PlanSource } from './changed-plans.js';
import type { Target } from './event.js';
import {
  createCheckRun,
  createComment,
  deleteComment,
  describeError,
  isPermissionError,
  listIssueComments,
  listRootFiles,
  readFileAt,
  statusOf,
  updateCheckRun,
  updateComment,
  type Annotation,
  type GitHubClient,
  type IssueComment,
} from './github.js';
import type { ActionInputs } from './inputs.js';
import { validatePlan } from './validate.js';
import {
  escapeText,
  checkSummary,
  checkTitle,
  COMMENT_MARKER,
  inBatches,
  renderComment,
  renderJobSummary,
  toAnnotations,
  totalsOfRun,
  type PlanReport,
  type RunReport,
} from './render.js';

/** What the action does to the world besides GitHub's API: the runner's log, outputs and files. */
export interface Runner {
  /** `https://github.com` or the GitHub Enterprise server's address, for links. */
  readonly serverUrl: string;
  info(message: string): void;
  warning(message: string): void;
  /** A workflow-command annotation (`::error file=…,line=…::message`). */
  annotate(
    level: 'error' | 'warning',
    message: string,
    at: { file: string; startLine: number; endLine: number; title: string },
  ): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  /** Writes the JSON report and returns its absolute path. */
  writeReport(json: string): Promise<string>;
  /** Plans in the checked-out workspace (for workflow_dispatch and a push that creates a branch). */
  workspacePlans(globs: readonly string[]): Promise<{ path: string; bytes: Uint8Array | undefined }[]>;
  readWorkspaceFile(path: string): Promise<Uint8Array | undefined>;
}

export interface RunResult {
  readonly report: RunReport;
  readonly errors: number;
  readonly warnings: number;
  /** Whether `fail-on` is met: the step fails and the check run concludes `failure`. */
  readonly failed: boolean;
  /** What could not be done, said once in the log. */
  readonly notices: string[];
}

/** Annotation batches sent at once: within GitHub's documented limits (100 concurrent requests). */
const ANNOTATION_CONCURRENCY = 8;

/** Reads the configuration at the base commit, so that a change cannot relax the rules that judge it. */
async function loadSettings(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
): Promise<LintSettings> {
  const parse = (bytes: Uint8Array | undefined, name: string, explicit: boolean): LintSettings => {
    if (bytes === undefined) {
      if (explicit)
        throw new ConfigError(
          name,
          undefined,
          `the configuration file given in the "config" input does not exist${target.kind === 'workspace' ? '' : ' at the base commit'}.`,
        );
      return DEFAULT_SETTINGS;
    }
    const text: ReadResult = decodePlan(bytes);
    if ('error' in text) throw new ConfigError(name, undefined, text.error);
    return parseConfig(text.text, name);
  };
  if (target.kind === 'workspace') {
    if (inputs.config) return parse(await runner.readWorkspaceFile(inputs.config), inputs.config, true);
    for (const name of CONFIG_FILE_NAMES) {
      const bytes = await runner.readWorkspaceFile(name);
      if (bytes) return parse(bytes, name, false);
    }
    return DEFAULT_SETTINGS;
  }
  const ref = target.baseSha;
  if (inputs.config) return parse(await readFileAt(client, target.repo, inputs.config, ref), inputs.config, true);
  const present = (await listRootFiles(client, target.repo, ref)).filter((name) => CONFIG_FILE_NAMES.includes(name));
  if (present.length > 1)
    throw new ConfigError(
      present[1],
      undefined,
      `found ${present.length} configuration files (${present.join(', ')}): keep one.`,
    );
  if (present.length === 0) return DEFAULT_SETTINGS;
  return parse(await readFileAt(client, target.repo, present[0], ref), present[0], false);
}

/** Reads the plans the target changed and validates each as soon as it is read. */
async function validatePlans(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
  settingsLoad: Promise<LintSettings>,
): Promise<ChangedPlans<PlanReport>> {
  const validate = async (source: PlanSource): Promise<PlanReport> =>
    validatePlan(source, await settingsLoad, inputs.strict);
  if (target.kind !== 'workspace') return readChangedPlans(client, target, inputs.plans, validate);
  const files = await runner.workspacePlans(inputs.plans);
  return {
    plans: await Promise.all(
      files.map(({ path, bytes }) => {
        const head: ReadResult =
          bytes === undefined ? { error: 'could not be read from the workspace.' } : decodePlan(bytes);
        // With no base to compare with, the current state is its own base: progress without a delta.
        return validate({ path, head, base: head });
      }),
    ),
    removed: [],
  };
}

/**
 * An invalid configuration fails the run; it also gets a failing check run, so that a required
 * check reports why instead of staying pending, and an annotation on the configuration file.
 */
async function reportConfigError(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
  error: ConfigError,
): Promise<void> {
  runner.annotate('error', error.detail, {
    file: error.file,
    startLine: error.line ?? 1,
    endLine: error.line ?? 1,
    title: 'execplan configuration',
  });
  const where = target.kind === 'workspace' ? 'in the workspace' : "at the pull request's base commit";
  await createCheckRun(client, target.repo, {
    name: inputs.checkName,
    headSha: target.headSha,
    conclusion: 'failure',
    output: {
      title: 'Invalid configuration',
      summary: `${escapeText(error.message, 2000)}\n\nNo plan was validated. Fix the configuration file; execplan reads it ${where}, so a pull request cannot change the rules that judge it.`,
    },
  }).catch(() => undefined);
}

export function isFailing(inputs: ActionInputs, totals: { errors: number; warnings: number }): boolean {
  if (inputs.failOn === 'never') return false;
  if (inputs.failOn === 'warning') return totals.errors + totals.warnings > 0;
  return totals.errors > 0;
}

/**
 * Creates the check run with its first 50 annotations. Returns it, or undefined when GitHub
 * refused (the reason goes to `notices`), with the annotations still to send.
 */
async function createCheck(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  report: RunReport,
  failed: boolean,
  notices: string[],
): Promise<{
  run: { id: number; url: string } | undefined;
  rest: Annotation[][];
  output: { title: string; summary: string };
}> {
  const batches = inBatches(toAnnotations(report));
  const output = { title: checkTitle(report), summary: checkSummary(report) };
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
async function addAnnotations(
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
 * Keeps one comment: edits the oldest marked bot comment (only when its body would change),
 * deletes its duplicates, and creates one when there is none and `create` is set.
 */
async function upsertComment(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' }>,
  bodyFor: (existing: boolean) => string,
  create: boolean,
  notices: string[],
): Promise<void> {
  const edited = bodyFor(true);
  const keep = await keepOldestComment(client, target, notices);
  if (keep) {
    if (keep.body !== edited) await updateComment(client, target.repo, keep.id, edited);
  } else if (create) {
    const created = await createComment(client, target.repo, target.number, bodyFor(false));
    // Another run on this pull request may have created one at the same moment: look again (one
    // request, only on the run that creates the comment), keep the oldest, and make it say ours.
    try {
      const oldest = await keepOldestComment(client, target, notices);
      if (oldest && oldest.id !== created && oldest.body !== edited)
        await updateComment(client, target.repo, oldest.id, edited);
    } catch (error) {
      notices.push(`Could not check for a second progress comment written at the same time (${describeError(error)}).`);
    }
  }
}

/** Lists this action's comments on the pull request and deletes all but the oldest. */
async function keepOldestComment(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' }>,
  notices: string[],
): Promise<IssueComment | undefined> {
  const mine = (await listIssueComments(client, target.repo, target.number))
    .filter((c) => c.userType === 'Bot' && c.body.startsWith(COMMENT_MARKER))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const [keep, ...duplicates] = mine;
  for (const duplicate of duplicates) {
    await deleteComment(client, target.repo, duplicate.id).catch((error) => {
      // Already deleted by the other run.
      if (statusOf(error) !== 404)
        notices.push(`Could not delete a duplicate progress comment (${describeError(error)}).`);
    });
  }
  return keep;
}

export async function runAction(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
): Promise<RunResult> {
  const notices: string[] = [];
  // The configuration is read while the changed files are listed; plans wait for it.
  const settingsLoad = loadSettings(client, inputs, target, runner);
  settingsLoad.catch(() => undefined);
  let validated: Awaited<ReturnType<typeof validatePlans>>;
  try {
    validated = await validatePlans(client, inputs, target, runner, settingsLoad);
    await settingsLoad;
  } catch (error) {
    if (error instanceof ConfigError) await reportConfigError(client, inputs, target, runner, error);
    throw error;
  }
  if (validated.truncated)
    notices.push(
      `More than ${COMPARE_FILES_LIMIT} files changed and GitHub listed the commits' trees only in part, so some changed plans may not have been validated here: run the action on the pull request, or \`npx execplan validate\` on the commit.`,
    );
  const report: RunReport = { plans: validated.plans, removed: validated.removed, headSha: target.headSha };
  const totals = totalsOfRun(report);
  const failed = isFailing(inputs, totals);

  for (const plan of report.plans) {
    const totals = totalsOf(plan.findings);
    const counts = `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`;
    runner.info(
      `${plan.path}: ${plan.error !== undefined ? plan.error : counts}; progress ${plan.delta.head.completed}/${plan.delta.head.total}`,
    );
    for (const f of plan.findings)
      runner.info(`  ${plan.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  (${f.ruleId})`);
  }

  const check = await createCheck(client, inputs, target, report, failed, notices);
  // The comment links to the pull request's checks page, which stays the same from run to run,
  // so that a run that changes nothing leaves the comment untouched.
  const checksPage =
    target.kind === 'pull_request'
      ? `${runner.serverUrl}/${target.repo.owner}/${target.repo.repo}/pull/${target.number}/checks`
      : check.run?.url;
  const commentOptions = check.run && checksPage ? { checkUrl: checksPage } : {};
  const comment = renderComment(report, commentOptions);

  const writeComment = async (): Promise<void> => {
    if (target.kind !== 'pull_request' || inputs.comment === 'off') return;
    const create = report.plans.length > 0 || report.removed.length > 0 || inputs.comment === 'always';
    try {
      // With `changes`, a pull request that changes no plan gets no new comment, but an old one is corrected.
      await upsertComment(
        client,
        target,
        (existing) => renderComment(report, { ...commentOptions, previously: existing }),
        create,
        notices,
      );
    } catch (error) {
      notices.push(
        isPermissionError(error)
          ? `Could not write the progress comment (${describeError(error)}): the token may not write pull-request comments, as on a pull request from a fork. The same report is in the job summary. Give the job "permissions: pull-requests: write" to get the comment.`
          : `Could not write the progress comment (${describeError(error)}); the same report is in the job summary.`,
      );
    }
  };
  // The remaining annotations and the comment do not depend on each other.
  const [unposted] = await Promise.all([addAnnotations(client, target, check, notices), writeComment()]);
  for (const a of unposted) {
    runner.annotate(a.annotation_level === 'failure' ? 'error' : 'warning', a.message, {
      file: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      title: a.title,
    });
  }

  for (const notice of notices) runner.warning(notice);
  await runner.writeSummary(renderJobSummary(report, comment, notices));

  const json = {
    ...toJsonReport(
      report.plans.map((p) => ({
        path: p.path,
        findings: p.findings,
        ...(p.error !== undefined ? { error: p.error } : {}),
        baselined: true,
      })),
    ),
    progress: report.plans.map((p) => ({
      path: p.path,
      ...toDeltaJson(p.delta),
      ...(p.pace ? { pace: paceJson(p.pace) } : {}),
    })),
  };
  const reportPath = await runner.writeReport(JSON.stringify(json, null, 2) + '\n');
  runner.setOutput('errors', String(totals.errors));
  runner.setOutput('warnings', String(totals.warnings));
  runner.setOutput('plans', String(report.plans.length));
  runner.setOutput('completed', String(report.plans.reduce((n, p) => n + p.delta.head.completed, 0)));
  runner.setOutput('total', String(report.plans.reduce((n, p) => n + p.delta.head.total, 0)));
  runner.setOutput('report', reportPath);
  return { report, ...totals, failed, notices };
}
