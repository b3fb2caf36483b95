import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputs, runnerEnvironment } from './run-action.js';

/** What the runner's environment holds for one run of the action, as `runBundledAction` takes it. */
export interface ActionRun {
  apiUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  payload: object;
  inputs?: Record<string, string>;
  sha?: string;
  workspace?: string;
}

export interface ActionRunResult {
  /** The step's exit status: 1 when the action called `setFailed`, else 0. */
  status: number;
  /** Everything the action wrote to the job's log. */
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  inputs: Record<string, string>;
}

let eventContext: { eventName: string; payload: object; repo: { owner: string; repo: string }; sha: string } = {
  eventName: '',
  payload: {},
  repo: { owner: '', repo: '' },
  sha: '',
};

/**
 * The action's entry point `run()` (src/action/main.ts), in this process: the runner's
 * environment variables and files as GitHub sets them, the event through a mock of
 * `@actions/github`'s context, and the log captured from `process.stdout`. Call it once at the top
 * of a test file, before anything imports the action.
 */
export async function loadAction(): Promise<(options: ActionRun) => Promise<ActionRunResult>> {
  jest.unstable_mockModule('@actions/github', () => ({
    context: new Proxy({}, { get: (_target, key: string) => (eventContext as Record<string, unknown>)[key] }),
  }));
  const { run } = await import('../../src/action/main.js');
  // @actions/core remembers the step summary's path after its first write: one folder for the file.
  const dir = mkdtempSync(join(tmpdir(), 'execplan-runner-'));
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  const runnerTemp = join(dir, 'temp');
  mkdirSync(runnerTemp, { recursive: true });

  return async (options) => {
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const inputs = { token: 'ghs_exampletoken0123456789', ...(options.inputs ?? {}) };
    const env = runnerEnvironment({
      ...options,
      workspace: options.workspace ?? dir,
      outputPath,
      summaryPath,
      runnerTemp,
      inputs,
    });
    const saved = { ...process.env };
    const savedExitCode = process.exitCode;
    Object.assign(process.env, env);
    eventContext = {
      eventName: options.eventName,
      payload: options.payload,
      repo: { owner: options.owner, repo: options.repo },
      sha: env.GITHUB_SHA,
    };
    let stdout = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
    process.exitCode = 0;
    try {
      // Back-off steps of 10 ms instead of GitHub's second, so that retries take no time here.
      await run({ backoffMs: 10 });
    } finally {
      write.mockRestore();
    }
    const status = process.exitCode === 1 ? 1 : 0;
    process.exitCode = savedExitCode;
    for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    return {
      status,
      stdout,
      stderr: '',
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')) as Record<string, string>,
      summary: readFileSync(summaryPath, 'utf8'),
      inputs,
    };
  };
}
