import * as core from '@actions/core';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve, sep } from 'node:path';
import { readWorkspaceFile, readWorkspacePlans } from '../io/plan-files.js';
import { workflowCommand } from '../formatters/github.js';
import { neutraliseLogLine } from './log-line.js';
import type { Runner } from './runner.js';

/** The runner of a GitHub Actions job: its log, outputs, step summary and checked-out workspace. */
export function actionsRunner(workspace: string): Runner {
  const inWorkspace = (path: string): string => {
    const full = resolve(workspace, path);
    if (full !== workspace && !full.startsWith(workspace + sep)) throw new Error(`${path} is outside the workspace.`);
    return full;
  };
  return {
    serverUrl: (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    info: (message) => core.info(neutraliseLogLine(message)),
    warning: (message) => core.warning(neutraliseLogLine(message)),
    // The same escaping as `execplan validate --format github`, so that both print the same line.
    annotate: (level, message, at) =>
      process.stdout.write(
        workflowCommand(level, { title: at.title, file: at.file, line: at.startLine, endLine: at.endLine }, message) +
          '\n',
      ),
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
    // Regular files inside the workspace only, size-capped, 16 at once (src/io/plan-files.ts).
    workspacePlans: (globs) => readWorkspacePlans(workspace, globs, (m) => core.warning(neutraliseLogLine(m))),
    listWorkspaceFolder: (path) => readdir(inWorkspace(path)).catch(() => []),
    readWorkspaceFile: (path) => readWorkspaceFile(workspace, path),
  };
}
