import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { createClient } from './action/client.js';
import { targetOf } from './action/event.js';
import { readInputs } from './action/inputs.js';
import { neutraliseLogLine } from './action/log-line.js';
import { runAction, type Runner, type RunResult } from './action/run.js';
import { plural } from './formatters/report.js';
import { readWorkspaceFile, readWorkspacePlans } from './io/plan-files.js';

function actionsRunner(workspace: string): Runner {
  return {
    serverUrl: (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    info: (message) => core.info(neutraliseLogLine(message)),
    warning: (message) => core.warning(neutraliseLogLine(message)),
    annotate: (level, message, at) =>
      (level === 'error' ? core.error : core.warning)(message, {
        file: at.file,
        startLine: at.startLine,
        endLine: at.endLine,
        title: at.title,
      }),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown).write();
    },
    writeReport: async (json) => {
      const dir = process.env.RUNNER_TEMP || tmpdir();
      await mkdir(dir, { recursive: true });
      const path = resolve(dir, `execplan-report-${process.pid}-${Date.now()}.json`);
      await writeFile(path, json);
      return path;
    },
    workspacePlans: (globs) => readWorkspacePlans(workspace, globs, (m) => core.warning(neutraliseLogLine(m))),
    readWorkspaceFile: (path) => readWorkspaceFile(workspace, path),
  };
}

const summaryLine = (r: RunResult): string =>
  `${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')} in ${plural(r.report.plans.length, 'plan')}`;

/** The action: read the inputs and the event, run the pure engine through `runAction`, report. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const target = targetOf(context.eventName, context.payload, context.repo, context.sha);
    const client = createClient({
      token: inputs.token,
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      log: { debug: (m) => core.debug(neutraliseLogLine(m)), warning: (m) => core.warning(neutraliseLogLine(m)) },
      ...(process.env.EXECPLAN_BACKOFF_MS ? { backoffMs: Number(process.env.EXECPLAN_BACKOFF_MS) } : {}),
    });
    const result = await runAction(
      client,
      inputs,
      target,
      actionsRunner(resolve(process.env.GITHUB_WORKSPACE || process.cwd())),
    );
    if (result.failed) {
      core.setFailed(`ExecPlan: ${summaryLine(result)} (fail-on: ${inputs.failOn}).`);
    } else {
      core.info(`ExecPlan: ${summaryLine(result)}.`);
    }
  } catch (error) {
    core.setFailed(`ExecPlan: ${neutraliseLogLine(error instanceof Error ? error.message : String(error))}`);
  }
}
