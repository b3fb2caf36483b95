import { ConfigError, CONFIG_FILE_NAMES, parseConfig } from '../core/config.js';
import { decodePlan, type ReadResult } from '../core/decode.js';
import { progressDelta } from '../core/delta.js';
import { DEFAULT_SETTINGS, lintPlan } from '../core/lint.js';
import { parsePlan } from '../core/plan.js';
import { summariseProgress } from '../core/progress.js';
import type { LintSettings } from '../core/rule.js';
import { toJsonReport } from '../formatters/json.js';
import { toDeltaJson } from '../formatters/progress.js';
import { plural } from '../formatters/report.js';
import { readChangedPlans, type PlanSource } from './changed-plans.js';
import type { Target } from './event.js';
import {
  createCheckRun,
  createComment,
  deleteComment,
  isPermissionError,
  listIssueComments,
  listRootFiles,
  readFileAt,
  statusOf,
  updateCheckRun,
  updateComment,
  type Annotation,
  type GitHubClient,
} from './github.js';
import type { ActionInputs } from './inputs.js';
import {
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

const describe = (error: unknown): string => {
  const status = statusOf(error);
  return `${status ? `HTTP ${status}, ` : ''}${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
};

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

async function sourcesOf(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
): Promise<{ plans: PlanSource[]; removed: string[] }> {
  if (target.kind !== 'workspace') return readChangedPlans(client, target, inputs.plans);
  const files = await runner.workspacePlans(inputs.plans);
  return {
    plans: files.map(({ path, bytes }) => {
      const head: ReadResult =
        bytes === undefined ? { error: 'could not be read from the workspace.' } : decodePlan(bytes);
      // With no base to compare with, the current state is its own base: progress without a delta.
      return { path, head, base: head };
    }),
    removed: [],
  };
}

function validate(source: PlanSource, settings: LintSettings, strict: boolean): PlanReport {
  const base = source.base && 'text' in source.base ? parsePlan(source.base.text) : undefined;
  const common = {
    path: source.path,
    ...(source.previousPath ? { previousPath: source.previousPath } : {}),
    ...(source.note ? { note: source.note } : {}),
  };
  if ('error' in source.head) {
    const empty = progressDelta(undefined, parsePlan(''), settings.sections);
    return { ...common, title: null, findings: [], error: source.head.error, delta: empty, progress: undefined };
  }
  const head = parsePlan(source.head.text);
  const { findings } = lintPlan(head, { settings, strict, ...(base ? { base } : {}) });
  const progress = summariseProgress(head, settings.sections.Progress);
  return { ...common, title: progress.title, findings, delta: progressDelta(base, head, settings.sections), progress };
}

export function isFailing(inputs: ActionInputs, totals: { errors: number; warnings: number }): boolean {
  if (inputs.failOn === 'never') return false;
  if (inputs.failOn === 'warning') return totals.errors + totals.warnings > 0;
  return totals.errors > 0;
}

/**
 * Posts the check run: created with the first 50 annotations, the rest added 50 at a time.
 * Returns its URL, and the annotations GitHub did not take (to be reported another way).
 */
async function postCheckRun(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  report: RunReport,
  failed: boolean,
  notices: string[],
): Promise<{ url: string | undefined; unposted: Annotation[] }> {
  const annotations = toAnnotations(report);
  const batches = inBatches(annotations);
  const output = { title: checkTitle(report), summary: checkSummary(report) };
  let run: { id: number; url: string };
  try {
    run = await createCheckRun(client, target.repo, {
      name: inputs.checkName,
      headSha: target.headSha,
      conclusion: failed ? 'failure' : 'success',
      output: { ...output, annotations: batches[0] ?? [] },
    });
  } catch (error) {
    notices.push(
      isPermissionError(error)
        ? `Could not create the "${inputs.checkName}" check run (${describe(error)}): the token may not write checks, as on a pull request from a fork. Every finding is reported as an annotation of this workflow run and in the job summary instead. To get the check run, give the job "permissions: checks: write", or run the workflow on pull_request_target (see the README's Security section).`
        : `Could not create the "${inputs.checkName}" check run (${describe(error)}). Every finding is reported as an annotation of this workflow run and in the job summary instead.`,
    );
    return { url: undefined, unposted: annotations };
  }
  const unposted: Annotation[] = [];
  for (const batch of batches.slice(1)) {
    try {
      await updateCheckRun(client, target.repo, run.id, { ...output, annotations: batch });
    } catch (error) {
      unposted.push(...batch);
      notices.push(
        `GitHub refused ${plural(batch.length, 'annotation')} of the check run (${describe(error)}); they are reported as annotations of this workflow run and in the job summary.`,
      );
    }
  }
  return { url: run.url, unposted };
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
  const mine = (await listIssueComments(client, target.repo, target.number))
    .filter((c) => c.userType === 'Bot' && c.body.startsWith(COMMENT_MARKER))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const [keep, ...duplicates] = mine;
  for (const duplicate of duplicates) {
    await deleteComment(client, target.repo, duplicate.id).catch((error) => {
      if (statusOf(error) !== 404) notices.push(`Could not delete a duplicate progress comment (${describe(error)}).`);
    });
  }
  if (keep) {
    const body = bodyFor(true);
    if (keep.body !== body) await updateComment(client, target.repo, keep.id, body);
  } else if (create) {
    await createComment(client, target.repo, target.number, bodyFor(false));
  }
}

export async function runAction(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
): Promise<RunResult> {
  const notices: string[] = [];
  const settings = await loadSettings(client, inputs, target, runner);
  const sources = await sourcesOf(client, inputs, target, runner);
  const report: RunReport = {
    plans: sources.plans.map((source) => validate(source, settings, inputs.strict)),
    removed: sources.removed,
    headSha: target.headSha,
  };
  const totals = totalsOfRun(report);
  const failed = isFailing(inputs, totals);

  for (const plan of report.plans) {
    const counts = `${plural(plan.findings.filter((f) => f.severity === 'error').length, 'error')}, ${plural(plan.findings.filter((f) => f.severity === 'warning').length, 'warning')}`;
    runner.info(
      `${plan.path}: ${plan.error !== undefined ? plan.error : counts}; progress ${plan.delta.head.completed}/${plan.delta.head.total}`,
    );
    for (const f of plan.findings)
      runner.info(`  ${plan.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  (${f.ruleId})`);
  }

  const check = await postCheckRun(client, inputs, target, report, failed, notices);
  for (const a of check.unposted) {
    runner.annotate(a.annotation_level === 'failure' ? 'error' : 'warning', a.message, {
      file: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      title: a.title,
    });
  }

  // The comment links to the pull request's checks page, which stays the same from run to run,
  // so that a run that changes nothing leaves the comment untouched.
  const checksPage =
    target.kind === 'pull_request'
      ? `${runner.serverUrl}/${target.repo.owner}/${target.repo.repo}/pull/${target.number}/checks`
      : check.url;
  const commentOptions = check.url && checksPage ? { checkUrl: checksPage } : {};
  const comment = renderComment(report, commentOptions);
  if (target.kind === 'pull_request' && inputs.comment !== 'off') {
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
          ? `Could not write the progress comment (${describe(error)}): the token may not write pull-request comments, as on a pull request from a fork. The same report is in the job summary. Give the job "permissions: pull-requests: write" to get the comment.`
          : `Could not write the progress comment (${describe(error)}); the same report is in the job summary.`,
      );
    }
  }

  for (const notice of notices) runner.warning(notice);
  await runner.writeSummary(renderJobSummary(report, comment, notices));

  const json = {
    ...toJsonReport(
      report.plans.map((p) => ({
        path: p.path,
        findings: p.findings,
        ...(p.error !== undefined ? { error: p.error } : {}),
      })),
    ),
    progress: report.plans.map((p) => ({ path: p.path, ...toDeltaJson(p.delta) })),
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
