import * as core from '@actions/core';
import { context } from '@actions/github';
import { resolve } from 'node:path';
import { plural } from '../formatters/text.js';
import { actionsRunner } from './actions-runner.js';
import { createClient } from './client.js';
import { targetOf } from './event.js';
import { readInputs } from './inputs.js';
import { neutraliseLogLine } from './log-line.js';
import { runAction, type RunOutcome } from './run.js';

const summaryLine = (r: RunOutcome): string =>
  `${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')} in ${plural(r.result.plans.length, 'plan')}`;

/**
 * The action: read the inputs and the event, run the pure engine through `runAction`, report.
 * `backoffMs` shortens the retry back-off for tests; on a runner it is GitHub's one second.
 */
export async function run(options: { readonly backoffMs?: number } = {}): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const target = targetOf(context.eventName, context.payload, context.repo, context.sha);
    const client = createClient({
      token: inputs.token,
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      log: { debug: (m) => core.debug(neutraliseLogLine(m)), warning: (m) => core.warning(neutraliseLogLine(m)) },
      ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
    });
    const result = await runAction(
      client,
      inputs,
      target,
      actionsRunner(resolve(process.env.GITHUB_WORKSPACE || process.cwd())),
    );
    if (result.failed) {
      const onlyNew = inputs.onlyNew
        ? `, only-new: ${plural(result.newErrors, 'new error')}, ${plural(result.newWarnings, 'new warning')}`
        : '';
      core.setFailed(`ExecPlan: ${summaryLine(result)} (fail-on: ${inputs.failOn}${onlyNew}).`);
    } else {
      core.info(`ExecPlan: ${summaryLine(result)}.`);
    }
  } catch (error) {
    core.setFailed(`ExecPlan: ${neutraliseLogLine(error instanceof Error ? error.message : String(error))}`);
  }
}
